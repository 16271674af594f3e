"""Corpus 212: everything that is `other` - digests, advice, the candidate's own mail, private life.

Hand-written, one dict per message (see make_twohundredtwelfth.py for the keys).
"""

from __future__ import annotations

from msgs212_common import (
    ME,
    ats_card,
    body,
    button,
    forward_block,
    mso,
    newsletter_html,
    newsletter_text,
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    sig_block,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    spec.setdefault("kind", "other")
    spec.setdefault("company", "")
    MESSAGES.append(spec)
    return spec


def list_headers(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


ME_SIG = sig_block("Ferdinand Osei-Lindqvist", "Mobil +49 170 5550 2961")

# =============================================================================== digests

JOBAGENT_ITEMS = [
    ("Compliance Analyst (m/w/d) – Geldwäscheprävention", "Hansestadt-Bank · Bremen · Vollzeit",
     "https://www.jobfinder-nord.example.de/job/4471"),
    ("Referent Compliance / KYC (w/m/d)", "Alstertal Versicherung · Hamburg · Hybrid",
     "https://www.jobfinder-nord.example.de/job/4472"),
    ("Sachbearbeiter Sanktionsprüfung", "Nordkurs Payments · Hamburg · Vollzeit",
     "https://www.jobfinder-nord.example.de/job/4478"),
    ("Junior AML Analyst", "Weserland Leasing · Bremen · ab sofort",
     "https://www.jobfinder-nord.example.de/job/4480"),
    ("Mitarbeiter Fraud Prevention (m/w/d)", "Calenberger Kreditbank · Hannover",
     "https://www.jobfinder-nord.example.de/job/4485"),
]
JOBAGENT_INTRO = ("Ihr Jobagent „Compliance Bremen/Hamburg/Hannover“ hat 5 neue Stellen gefunden. "
                  "Tipp: Wer innerhalb von 48 Stunden reagiert, wird häufiger zum Vorstellungs"
                  "gespräch eingeladen – und bekommt seltener eine Absage ohne Rückmeldung.")
JOBAGENT_FOOT = ("Sie erhalten diese E-Mail, weil Sie bei Jobfinder Nord einen Jobagenten angelegt "
                 "haben. Abmelden: https://www.jobfinder-nord.example.de/agent/off?u=88213")

add(id="oth_jobagent", slug="jobagent_five_new_openings", lang="de", contact="",
    frm=("Jobfinder Nord", "jobagent@mail.jobfinder-nord.example.de"),
    subject="5 neue Jobs für „Compliance Bremen/Hamburg/Hannover“", subj_enc=("utf-8", "B"),
    date="2026-01-09 06:15 +0100",
    text=newsletter_text("Ihr Jobagent", JOBAGENT_INTRO, JOBAGENT_ITEMS, JOBAGENT_FOOT),
    html=newsletter_html("Ihr Jobagent", JOBAGENT_INTRO, JOBAGENT_ITEMS, JOBAGENT_FOOT, "de"),
    cte="quoted-printable",
    headers=list_headers("<jobagent.jobfinder-nord.example.de>",
                         "https://www.jobfinder-nord.example.de/agent/off?u=88213"))

KARRIERE_ITEMS = [
    ("Absage nach dem zweiten Gespräch – so fragen Sie nach Feedback",
     "Warum ein freundliches Nachhaken nach einer Absage oft mehr bringt als gedacht.",
     "https://karriereletter.example.de/2026/02/absage-feedback"),
    ("Vom Schalter in die Compliance: drei Wechselgeschichten",
     "Bankkaufleute erzählen, wie sie Interviews für Analystenstellen gemeistert haben.",
     "https://karriereletter.example.de/2026/02/quereinstieg-compliance"),
    ("Gehaltsreport Compliance 2026",
     "Was Analysten in Frankfurt, Hamburg und Bremen verdienen – nach Berufsjahren.",
     "https://karriereletter.example.de/2026/02/gehaltsreport"),
    ("Stellenmarkt: 38 offene Positionen in Geldwäscheprävention",
     "Von der Sparkasse bis zum Zahlungsdienstleister.",
     "https://karriereletter.example.de/stellenmarkt?f=aml"),
]
KARRIERE_INTRO = "Die Themen dieser Woche aus der Karriereredaktion für die Finanzbranche."
KARRIERE_FOOT = ("Karriereletter Finanzen · Redaktion Hamburg · Sie können diesen Newsletter "
                 "jederzeit abbestellen: https://karriereletter.example.de/abmelden")

add(id="oth_karriereletter", slug="newsletter_absage_feedback_article", lang="de", contact="",
    frm=("Karriereletter Finanzen", "newsletter@karriereletter.example.de"),
    subject="Absage nach dem Interview? Was jetzt hilft | Karriereletter 07/2026",
    date="2026-02-18 07:00 +0100",
    text=newsletter_text("Karriereletter Finanzen", KARRIERE_INTRO, KARRIERE_ITEMS, KARRIERE_FOOT),
    html=newsletter_html("Karriereletter Finanzen", KARRIERE_INTRO, KARRIERE_ITEMS, KARRIERE_FOOT,
                         "de", "#9a3412"),
    cte="base64",
    headers=list_headers("Karriereletter Finanzen <karriereletter.example.de>",
                         "https://karriereletter.example.de/abmelden"))

add(id="oth_coach_article", slug="career_coach_interview_questions", lang="de", contact="",
    frm=("Katrin Söhl | Karrierecoaching", "newsletter@soehl-coaching.example.de"),
    subject="Die 5 Fragen, die in jedem Compliance-Interview kommen",
    date="2026-03-26 18:30 +0100",
    html=plain_html(paras(body("""
        Hallo,

        in meinen Coachings höre ich seit Wochen dieselbe Sorge: „Ich habe am Schalter gearbeitet
        – wie erkläre ich im Vorstellungsgespräch, dass ich trotzdem Compliance kann?“

        Hier die fünf Fragen, die fast immer kommen, und wie Sie sich vorbereiten:

        1. Erzählen Sie von einer Transaktion, die Ihnen verdächtig vorkam.
        2. Wie gehen Sie mit Druck aus dem Vertrieb um?
        3. Was ist der Unterschied zwischen KYC und laufender Überwachung?
        4. Wie bleiben Sie bei neuen Regeln auf dem Laufenden?
        5. Wo sehen Sie sich in drei Jahren?

        Und falls doch eine Absage kommt: Sie ist kein Urteil über Sie. Bitten Sie um Feedback,
        notieren Sie es, und gehen Sie ins nächste Gespräch.

        Herzlich
        Katrin Söhl

        Sie erhalten diesen Impuls, weil Sie sich auf soehl-coaching.example.de eingetragen haben.
        Abmelden: https://soehl-coaching.example.de/impulse/abmelden
    """)), "de"),
    html_cte="quoted-printable",
    headers=list_headers("Impulse <impulse.soehl-coaching.example.de>",
                         "https://soehl-coaching.example.de/impulse/abmelden"))

add(id="oth_verband", slug="association_newsletter_interview_positions", lang="de", contact="",
    frm=("Berufsverband Compliance Nord e.V.", "newsletter@bvcn.example.de"),
    subject="Mitgliederbrief Mai: Interview mit unserer Vorsitzenden, offene Positionen",
    date="2026-05-06 12:00 +0200",
    text=body("""
        Liebe Mitglieder,

        im Mai-Brief:

        * INTERVIEW: Unsere Vorsitzende Dr. Regine Matthiesen im Gespräch über die neue
          EU-Geldwäschebehörde und was sie für Analysten in Norddeutschland bedeutet.
          https://bvcn.example.de/mitgliederbrief/2026-05#interview

        * REGIONALTREFFEN: 11. Juni, Bremen, Haus Schütting. Anmeldung bis 1. Juni.
          https://bvcn.example.de/termine/regionaltreffen-bremen

        * STELLENBÖRSE: Mitglieder haben uns zwölf offene Positionen gemeldet, darunter zwei
          Einstiegsstellen für Quereinsteiger aus dem Filialgeschäft.
          https://bvcn.example.de/stellenboerse

        * IN EIGENER SACHE: Die Mitgliedsbeiträge werden zum 1. Juli abgebucht.

        Mit kollegialen Grüßen
        Ihr Vorstand

        Berufsverband Compliance Nord e.V. · Schlachte 3 · 28195 Bremen
        Abmeldung vom Mitgliederbrief: https://bvcn.example.de/abmelden
    """),
    charset="iso-8859-1", cte="quoted-printable",
    headers=list_headers("Mitgliederbrief BVCN <mitglieder.bvcn.example.de>",
                         "mailto:abmelden@bvcn.example.de?subject=unsubscribe"))

add(id="oth_network_notif", slug="network_search_appearances", lang="de", contact="",
    frm=("Netzwerk Kontakte", "benachrichtigungen@netzwerk-kontakte.example.com"),
    subject="Sie wurden diese Woche in 14 Suchanfragen gefunden",
    date="2026-04-16 08:05 +0200",
    html=ats_card("Netzwerk Kontakte", "#0e7490", paras(body("""
        Hallo Ferdinand,

        Ihr Profil ist diese Woche 14-mal in Suchanfragen aufgetaucht – unter anderem bei
        Personalverantwortlichen aus dem Bankwesen und von zwei Personalberatungen.

        Suchbegriffe: Compliance, Geldwäsche, KYC, Bankkaufmann

        Tipp: Profile mit der Angabe „Offen für neue Positionen“ erhalten dreimal mehr
        Nachrichten von Recruitern.
    """)) + button("Statistik ansehen", "https://netzwerk-kontakte.example.com/stats/ferdinand"),
        "Sie erhalten diese Benachrichtigung wegen Ihrer Einstellungen. "
        "Benachrichtigungen verwalten: https://netzwerk-kontakte.example.com/settings",
        "de"),
    html_cte="base64",
    headers=[("List-Unsubscribe", "<https://netzwerk-kontakte.example.com/unsub/88a1>"),
             ("Auto-Submitted", "auto-generated")])

# =============================================================================== requests

add(id="oth_podcast", slug="podcast_guest_request", lang="de",
    contact="mira.jankowski@finanzfunk-podcast.example.de",
    frm=("Mira Jankowski", "mira.jankowski@finanzfunk-podcast.example.de"),
    subject="Anfrage: Interview für unseren Podcast „Finanzfunk“", subj_enc=("utf-8", "Q"),
    date="2026-03-19 14:12 +0100",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        ich produziere den Podcast „Finanzfunk“, in dem wir Menschen aus der Bankenwelt
        vorstellen, die einen Seitenwechsel wagen. Ein Kollege aus Ihrem Verband hat mir
        erzählt, dass Sie vom Schalter in Richtung Compliance wechseln möchten.

        Hätten Sie Lust, uns dazu ein Interview zu geben? Wir nehmen remote auf, etwa 40
        Minuten, und Sie bekommen die Folge vor der Veröffentlichung zur Freigabe. Es geht
        nicht um Ihre aktuellen Bewerbungen, sondern um den Weg: Weiterbildung, Zweifel,
        Tipps für andere.

        Ich würde mich über eine Rückmeldung freuen – gern auch, wenn es ein Nein ist.

        Viele Grüße
        Mira Jankowski
        Redaktion & Moderation Finanzfunk
        Lindenallee 7, 20259 Hamburg
    """),
    cte="quoted-printable")

add(id="oth_bankapp_research", slug="banking_app_user_interview", lang="de",
    contact="jasper.ruland@nordfoerde-bank.example.de",
    frm=("Jasper Ruland", "jasper.ruland@nordfoerde-bank.example.de"),
    subject="Ihre Meinung zählt: 45-minütiges Nutzerinterview zur neuen App",
    date="2026-05-27 10:11 +0200",
    text=body("""
        Guten Tag Herr Osei-Lindqvist,

        Sie nutzen seit einigen Jahren das Online-Banking der Nordförde Bank. Für die nächste
        Version unserer App suchen wir Kundinnen und Kunden für ein Nutzerinterview (UX
        Research): Sie zeigen uns, wie Sie Überweisungen und Daueraufträge erledigen, und wir
        stellen Fragen zu einem neuen Entwurf.

        Das Interview dauert 45 Minuten, findet per Video statt und wird mit einem
        Einkaufsgutschein über 40 Euro vergütet. Termine gibt es zwischen dem 8. und
        19. Juni.

        Wenn Sie teilnehmen möchten, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße
        Jasper Ruland
        UX Research · Nordförde Bank eG
    """),
    html=plain_html(paras(body("""
        Guten Tag Herr Osei-Lindqvist,

        Sie nutzen seit einigen Jahren das Online-Banking der Nordförde Bank. Für die nächste
        Version unserer App suchen wir Kundinnen und Kunden für ein Nutzerinterview (UX
        Research): Sie zeigen uns, wie Sie Überweisungen und Daueraufträge erledigen, und wir
        stellen Fragen zu einem neuen Entwurf.

        Das Interview dauert 45 Minuten, findet per Video statt und wird mit einem
        Einkaufsgutschein über 40 Euro vergütet. Termine gibt es zwischen dem 8. und
        19. Juni.

        Wenn Sie teilnehmen möchten, antworten Sie einfach auf diese E-Mail.

        Freundliche Grüße
        Jasper Ruland
        UX Research · Nordförde Bank eG
    """)), "de"),
    cte="quoted-printable")

KOMPASS_APPROACH = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    ich bin Partnerin bei Kompass Executive Search in Frankfurt und betreue Besetzungen im
    Bereich Compliance und Financial Crime für Banken in der Rhein-Main-Region.

    Ihr Profil ist mir aufgefallen: sechs Jahre Kundenkontakt in einer Bremer Bank und eine
    frisch abgeschlossene Weiterbildung zur Geldwäscheprävention sind eine Kombination, die
    einige meiner Mandanten gezielt suchen. Derzeit habe ich ein vertrauliches Mandat einer
    Privatbank, zu dem ich Ihnen gern mehr erzählen würde.

    Falls Sie grundsätzlich offen für einen Wechsel nach Frankfurt sind, freue ich mich über
    eine kurze Antwort mit Ihrem aktuellen Lebenslauf. Selbstverständlich behandle ich Ihre
    Angaben streng vertraulich.

    Mit besten Grüßen
    Carolin Vogt-Haas

    Dr. Carolin Vogt-Haas
    Partnerin
    Kompass Executive Search GmbH
    Bockenheimer Landstraße 24 · 60323 Frankfurt am Main
    +49 69 5550 9120
""")

add(id="oth_kompass_approach", slug="headhunter_first_approach", lang="de",
    contact="vogt-haas@kompass-search.example.de",
    frm=("Dr. Carolin Vogt-Haas", "vogt-haas@kompass-search.example.de"),
    subject="Vertrauliche Anfrage – Compliance-Position in Frankfurt",
    date="2026-05-04 09:31 +0200", text=KOMPASS_APPROACH,
    html=outlook_html(mso(KOMPASS_APPROACH), "de"), cte="quoted-printable")

add(id="oth_sister_fwd", slug="sister_forwards_job_ad", lang="de",
    contact="amara.osei@example.de", frm=("Amara Osei", "amara.osei@example.de"),
    subject="WG: Stellenanzeige Compliance – wär das was für dich?",
    date="2026-04-25 21:08 +0200",
    text=body("""
        Hey Ferdi,

        hab das hier im Newsletter von meinem Arbeitgeber gefunden. Klingt doch genau nach
        dem, was du suchst, oder? Bremen, Compliance, und die nehmen auch Quereinsteiger.
        Kannst ja mal gucken.

        Drück dir die Daumen für Hannover nächste Woche!
        Amara

    """) + "\n" + forward_block("de", "Karriere Hafenwerft <karriere@hafenwerft.example.de>",
                         "Fr., 24. Apr. 2026 um 12:00", "Neue Stellen im April",
                         "alle-mitarbeitenden@hafenwerft.example.de") + "\n" + body("""
        Liebe Kolleginnen und Kollegen,

        für unsere Finanzabteilung suchen wir ab sofort eine/n Compliance-Sachbearbeiter/in
        (m/w/d) in Bremen. Empfehlungen aus dem Kollegenkreis sind herzlich willkommen und
        werden mit einer Prämie belohnt. Bewerbungen bitte bis 15. Mai über das
        Karriereportal.

        Ihr Personalteam
    """),
    cte="8bit")

add(id="oth_friend_absage", slug="friend_tells_of_own_rejection", lang="de",
    contact="jonas.baumgart@example.de", frm=("Jonas Baumgart", "jonas.baumgart@example.de"),
    subject="Na, wie läuft's bei dir?", date="2026-03-28 20:47 +0100", subj_enc=("iso-8859-1", "Q"),
    text=body("""
        Moin Ferdinand,

        kurzes Lebenszeichen aus Oldenburg. Ich hab heute die Absage von der Landesbank
        bekommen – nach drei Runden! „Wir haben uns für eine Kandidatin entschieden, deren
        Profil noch besser zur Stelle passt.“ Na super. Hat mich ehrlich gesagt mehr geärgert
        als gedacht.

        Wie sieht's bei dir aus? Hattest du nicht diese Woche das Gespräch in Hamburg? Lass uns
        nächsten Samstag mal wieder ein Bier trinken, dann erzählst du.

        Gruß
        Jonas
    """),
    charset="windows-1252", cte="8bit")

# =============================================================================== own mail

WESER_THANKS = body("""
    Sehr geehrte Frau Albrecht-Meyer,

    vielen Dank für das angenehme Gespräch heute Vormittag mit Ihnen und Frau Dr. Wolters. Die
    Einblicke in die Arbeit der Geldwäscheprävention und besonders in das neue
    Monitoring-Projekt haben mich in meinem Wunsch bestärkt, zur Weserbank zu wechseln.

    Die erbetenen Unterlagen (Zertifikat der AML-Weiterbildung und mein letztes
    Arbeitszeugnis) sende ich Ihnen anbei.

    Mit freundlichen Grüßen
    Ferdinand Osei-Lindqvist
""")

add(id="oth_weser_thanks", slug="own_thank_you_after_interview", lang="de", contact="",
    frm=ME, to=[("Kerstin Albrecht-Meyer", "k.albrecht-meyer@weserbank.example.de")],
    cc=[("Dr. Annika Wolters", "a.wolters@weserbank.example.de")],
    subject="Vielen Dank für das Gespräch", date="2026-02-19 13:02 +0100",
    text=WESER_THANKS + ME_SIG, parent="rs_weser",
    pdf=[{"name": "Zertifikat_AML_Osei-Lindqvist.pdf", "title": "Zertifikat",
          "lines": ["Ferdinand Osei-Lindqvist hat den Lehrgang",
                    "Geldwaeschepraevention im Bankgeschaeft", "erfolgreich abgeschlossen."]}],
    cte="quoted-printable")

WUEMME_REQUEST = body("""
    Sehr geehrte Frau Dreyer,

    vielen Dank für Ihre Nachricht und die Einladung zum Telefonat. Leider habe ich am
    Mittwochvormittag eine Schulung bei meinem jetzigen Arbeitgeber, die ich nicht verlegen
    kann. Wäre es möglich, das Gespräch auf Donnerstag oder Freitag zu verschieben? Ab 13 Uhr
    bin ich an beiden Tagen gut erreichbar.

    Mit freundlichen Grüßen
    Ferdinand Osei-Lindqvist
""")

add(id="oth_wuemme_request", slug="own_request_to_move_call", lang="de", contact="",
    frm=ME, to=[("Sabine Dreyer", "s.dreyer@wuemme-sparkasse.example.de")],
    subject="AW: Kurzes Telefonat zu Ihrer Bewerbung?", date="2026-06-01 21:40 +0200",
    parent="inv_wuemme_phone", text=WUEMME_REQUEST, charset="iso-8859-1",
    cte="quoted-printable")

ALSTER_APOLOGY = body("""
    Liebe Frau Johannsen,

    es tut mir sehr leid! Ich saß ab 9:50 Uhr vor dem Rechner, aber Teams hat mich nach dem
    Update in einer Endlosschleife beim Anmelden festgehalten, und mein Handy lag im
    Nebenzimmer auf lautlos. Das ist mir äußerst unangenehm.

    Ich bin weiterhin sehr an der Stelle interessiert und würde mich über einen neuen Termin
    freuen. In der kommenden Woche bin ich jeden Vormittag flexibel.

    Mit freundlichen Grüßen
    Ferdinand Osei-Lindqvist
""")

add(id="oth_alster_apology", slug="own_apology_after_missed_panel", lang="de", contact="",
    frm=ME, to=[("Merle Johannsen", "merle.johannsen@alsterkontor.example.de")],
    subject="Entschuldigung – Termin heute", date="2026-03-10 12:31 +0100",
    parent="mis_alster",
    text=lambda get: ALSTER_APOLOGY + "\n" + wrote(
        "de", "Di., 10. März 2026 um 10:41", "Merle Johannsen",
        "merle.johannsen@alsterkontor.example.de") + "\n" + quote(
        get("mis_alster").split("________________________________")[0]),
    cte="quoted-printable")

STEINTOR_APPLICATION = body("""
    Sehr geehrte Frau Harms,

    hiermit bewerbe ich mich um die ausgeschriebene Stelle als Compliance Analyst (m/w/d) in
    Ihrer Bremer Geschäftsstelle.

    Seit 2020 arbeite ich als Kundenberater am Schalter einer Bremer Bank. Dort bin ich
    erster Ansprechpartner bei Bargeldeinzahlungen, Auslandsüberweisungen und
    Kontoeröffnungen und habe in dieser Zeit mehrere Verdachtsmeldungen mit angestoßen.
    Im vergangenen Jahr habe ich berufsbegleitend den Zertifikatslehrgang
    Geldwäscheprävention abgeschlossen.

    Über die Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen. Meinen
    Lebenslauf und meine Zeugnisse finden Sie im Anhang.

    Mit freundlichen Grüßen
    Ferdinand Osei-Lindqvist
    Hemelinger Straße 48, 28205 Bremen
""")

add(id="oth_steintor_application", slug="own_application_with_cv", lang="de", contact="",
    frm=ME, to=[("Wiebke Harms", "wiebke.harms@steintor-privatbank.example.de")],
    subject="Bewerbung als Compliance Analyst (m/w/d) – Kennziffer ST-0926",
    date="2026-09-07 19:22 +0200", text=STEINTOR_APPLICATION,
    html=plain_html(paras(STEINTOR_APPLICATION), "de"), cte="quoted-printable",
    pdf=[{"name": "Lebenslauf_Osei-Lindqvist.pdf", "title": "Lebenslauf Ferdinand Osei-Lindqvist",
          "lines": ["seit 2020  Kundenberater Service, Bremen",
                    "2025       Zertifikat Geldwaeschepraevention",
                    "2017-2020  Ausbildung Bankkaufmann"]}])

add(id="oth_zfm_followup", slug="own_status_question_after_cancel", lang="de", contact="",
    frm=ME, to=[("Ines Wachowiak", "ines.wachowiak@zfm.example.de")],
    subject="Nachfrage Ersatztermin Auswahlgespräch (P 2 – 2026/0417)",
    date="2026-09-14 08:12 +0200", parent="rs_zfm_cancel",
    text=body("""
        Sehr geehrte Frau Wachowiak,

        am 1. September hatten Sie mir mitgeteilt, dass das Auswahlgespräch am 8. September
        entfallen muss und ein Ersatztermin folgt. Darf ich nachfragen, ob es hierzu schon
        einen neuen Stand gibt? Ich möchte mir den Tag rechtzeitig freihalten.

        Mit freundlichen Grüßen
        Ferdinand Osei-Lindqvist
    """),
    charset="windows-1252", cte="quoted-printable")

# =============================================================================== private life

add(id="oth_volksbank_termin", slug="bank_mortgage_appointment_calendar", lang="de",
    contact="h.tammen@volksbank-findorff.example.de",
    frm=("Hauke Tammen", "h.tammen@volksbank-findorff.example.de"),
    subject="Ihr Beratungstermin Baufinanzierung am 12.05.", date="2026-05-04 15:10 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        wie telefonisch besprochen bestätige ich Ihnen unseren Beratungstermin zur
        Baufinanzierung am Dienstag, 12. Mai 2026, um 17:30 Uhr in unserer Filiale Findorff,
        Admiralstraße 30. Die Kalendereinladung finden Sie anbei.

        Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und das Exposé der Wohnung mit.
        Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte kurz ab.

        Freundliche Grüße
        Hauke Tammen
        Baufinanzierungsberater
        Volksbank Findorff eG
    """),
    cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "vbf-beratung-20260512-1730", "seq": 0,
         "start": "20260512T173000", "end": "20260512T183000",
         "summary": "Beratungsgespräch Baufinanzierung",
         "location": "Volksbank Findorff, Admiralstraße 30, Bremen",
         "organizer": ("Hauke Tammen", "h.tammen@volksbank-findorff.example.de")})

add(id="oth_landlord_absage", slug="landlord_declines_flat_application", lang="de",
    contact="gesa.hinrichs@example.de", frm=("Gesa Hinrichs", "gesa.hinrichs@example.de"),
    subject="Wohnung Feldstraße – Rückmeldung", date="2026-06-22 18:14 +0200",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        vielen Dank für Ihr Interesse an der Dreizimmerwohnung in der Feldstraße und dass Sie
        am Samstag zur Besichtigung gekommen sind. Wir hatten sehr viele Anfragen und haben uns
        letztlich für andere Mietinteressenten entschieden. Es tut mir leid, Ihnen keine bessere
        Nachricht geben zu können.

        Ihre Unterlagen lösche ich wie vereinbart.

        Freundliche Grüße
        Gesa Hinrichs
    """),
    charset="iso-8859-1", cte="quoted-printable")

add(id="oth_school", slug="school_parent_teacher_talk", lang="de",
    contact="s.kruse@grundschule-hemelingen.example.de",
    frm=("Silke Kruse", "s.kruse@grundschule-hemelingen.example.de"),
    subject="Einladung zum Lernentwicklungsgespräch (Klasse 2b)", date="2026-10-05 16:45 +0200",
    text=body("""
        Liebe Eltern von Noah,

        im Oktober führen wir wieder die Lernentwicklungsgespräche durch. Für Sie ist folgender
        Termin vorgesehen: Mittwoch, 14. Oktober 2026, 16:20 – 16:40 Uhr, Klassenraum 2b.

        Falls Ihnen dieser Termin nicht passt, tragen Sie bitte im Elternportal einen anderen
        Zeitpunkt ein oder schreiben Sie mir. Noah darf gern mitkommen.

        Viele Grüße
        Silke Kruse
        Klassenlehrerin 2b
        Grundschule Hemelingen
    """),
    cte="8bit")

add(id="oth_praxis", slug="doctor_appointment_cancelled", lang="de",
    contact="m.yilmaz@praxis-am-osterdeich.example.de",
    frm=("Melek Yilmaz", "m.yilmaz@praxis-am-osterdeich.example.de"),
    subject="Absage Ihres Termins am 17.08.", date="2026-08-13 11:05 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am Montag, 17. August, um
        8:15 Uhr absagen, da Frau Dr. Behrens erkrankt ist. Wir bitten um Entschuldigung.

        Gern bieten wir Ihnen Donnerstag, 27. August, 8:00 Uhr an. Bitte bestätigen Sie kurz
        per E-Mail oder rufen Sie uns an (0421 5550 660).

        Mit freundlichen Grüßen
        Melek Yilmaz
        Medizinische Fachangestellte
        Hausarztpraxis am Osterdeich
    """),
    html=outlook_html(mso(body("""
        Sehr geehrter Herr Osei-Lindqvist,

        leider müssen wir Ihren Termin zur Vorsorgeuntersuchung am Montag, 17. August, um
        8:15 Uhr absagen, da Frau Dr. Behrens erkrankt ist. Wir bitten um Entschuldigung.

        Gern bieten wir Ihnen Donnerstag, 27. August, 8:00 Uhr an. Bitte bestätigen Sie kurz
        per E-Mail oder rufen Sie uns an (0421 5550 660).

        Mit freundlichen Grüßen
        Melek Yilmaz
        Medizinische Fachangestellte
        Hausarztpraxis am Osterdeich
    """)), "de"),
    cte="quoted-printable")

add(id="oth_ooo_hanse", slug="out_of_office_agency_consultant", lang="de",
    contact="t.rehberg@hanse-personal.example.de",
    frm=("Tobias Rehberg", "t.rehberg@hanse-personal.example.de"),
    subject="Automatische Antwort: Rückfrage zum Termin bei Nordlicht Assekuranz",
    date="2026-02-02 07:58 +0100",
    refs=["<b17e.2026-02-02.ferdinand@example.de>"],
    text=body("""
        Vielen Dank für Ihre Nachricht.

        Ich bin bis einschließlich 6. Februar 2026 nicht im Büro und habe nur eingeschränkt
        Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine
        Kollegin Frau Deike Lüders (d.lueders@hanse-personal.example.de, 0421 5550 4412).

        Ihre E-Mail wird nicht weitergeleitet.

        Tobias Rehberg
        Hanse Personal GmbH
    """),
    charset="windows-1252", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(id="oth_ihk_refusal", slug="certificate_course_no_place", lang="de",
    contact="r.sievers@ihk-bremen-weiterbildung.example.de",
    frm=("Ramona Sievers", "r.sievers@ihk-bremen-weiterbildung.example.de"),
    subject="Ihre Anmeldung zum Zertifikatslehrgang „Compliance Officer (IHK)“",
    date="2026-01-16 10:30 +0100",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        vielen Dank für Ihre Anmeldung zum Zertifikatslehrgang „Compliance Officer (IHK)“, Start
        am 2. März 2026.

        Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits vollständig ausgebucht ist
        und wir Ihnen keinen Platz mehr anbieten können. Wir haben Sie auf die Warteliste
        gesetzt (Position 4). Der nächste Durchgang beginnt im September; eine Voranmeldung ist
        ab sofort möglich.

        Mit freundlichen Grüßen
        Ramona Sievers
        Weiterbildung | IHK-Bildungszentrum Bremen
    """),
    cte="base64")

add(id="oth_bike_position", slug="bike_tracker_position_update", lang="de", contact="",
    frm=("VeloOrtung", "no-reply@veloortung.example.com"),
    subject="Neue Position Ihres Fahrrads", date="2026-07-29 23:41 +0200",
    html=ats_card("VeloOrtung", "#ea580c", paras(body("""
        Ihr Fahrrad „Gazelle blau“ hat seine Position verändert, obwohl der Diebstahlschutz
        aktiv ist.

        Letzte Position: Bremen, Sielwall 12 (Genauigkeit 8 m)
        Zeit: 29.07.2026, 23:39 Uhr

        Wenn Sie das Rad selbst bewegt haben, können Sie diese Meldung ignorieren.
    """)) + button("Karte öffnen", "https://app.veloortung.example.com/map/gazelle-blau",
                   "#ea580c"),
        "VeloOrtung · Automatische Benachrichtigung", "de"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

add(id="oth_steuerberater", slug="tax_adviser_position_question", lang="de",
    contact="kanzlei.voss@example.de", frm=("Dirk Voß", "kanzlei.voss@example.de"),
    frm_enc=("iso-8859-1", "B"),
    subject="Rückfrage zu Position 14 Ihrer Steuererklärung", date="2026-04-02 09:48 +0200",
    text=body("""
        Guten Morgen Herr Osei-Lindqvist,

        bei der Vorbereitung Ihrer Einkommensteuererklärung 2025 ist mir Position 14 der
        Belegliste aufgefallen: die Kosten für den Lehrgang Geldwäscheprävention. Die
        Rechnung liegt mir vor, es fehlt aber der Zahlungsnachweis. Könnten Sie mir den
        Kontoauszug noch schicken?

        Fahrtkosten zu Vorstellungsgesprächen können Sie übrigens ebenfalls als
        Werbungskosten absetzen. Sammeln Sie dafür bitte die Belege.

        Beste Grüße
        Dirk Voß
        Steuerberater
    """),
    charset="iso-8859-1", cte="quoted-printable")

add(id="oth_sportverein", slug="handball_club_position_training", lang="de",
    contact="trainer.kalle@tv-hemelingen.example.de",
    frm=("Kalle Brüning", "trainer.kalle@tv-hemelingen.example.de"),
    subject="Training Donnerstag fällt aus + Aufstellung Samstag",
    date="2026-09-16 22:03 +0200",
    text=body("""
        Moin Jungs,

        Absage fürs Training am Donnerstag, die Halle ist wegen der Bodensanierung gesperrt.

        Für Samstag gegen Achim: Ferdinand, du spielst auf deiner alten Position links außen,
        Malte geht in den Rückraum. Treffpunkt 14:15 an der Halle.

        Kalle
    """),
    cte="8bit")

add(id="oth_hansekasse_review", slug="current_employer_annual_review_talk", lang="de",
    contact="b.lindemann@hansekasse.example.de",
    frm=("Britta Lindemann", "b.lindemann@hansekasse.example.de"),
    subject="Einladung zum Mitarbeitergespräch 2026", date="2026-01-21 11:02 +0100",
    text=body("""
        Hallo Ferdinand,

        wie jedes Jahr möchte ich mit dir unser Mitarbeitergespräch führen: Rückblick auf 2025,
        deine Ziele für 2026 und deine Wünsche zur Weiterbildung. Ich habe uns Donnerstag,
        5. Februar, 15:00 Uhr im Besprechungsraum 2 eingetragen.

        Bitte füll vorher den Vorbereitungsbogen im Intranet aus.

        Viele Grüße
        Britta

        Britta Lindemann
        Filialleiterin Bremen-Mitte
        Hansekasse Bremen
    """),
    cte="quoted-printable")

add(id="oth_parcel_de", slug="parcel_delay_unfortunately", lang="de", contact="",
    frm=("Paketblitz", "benachrichtigung@paketblitz.example.de"),
    subject="Ihre Sendung verzögert sich leider", date="2026-02-25 14:40 +0100",
    text=body("""
        Hallo,

        leider verzögert sich die Zustellung Ihrer Sendung 00340 5550 1127 8841 um voraussichtlich
        einen Werktag. Grund: hohes Sendungsaufkommen im Verteilzentrum.

        Neuer voraussichtlicher Zustelltag: Freitag, 27.02.2026

        Sendungsverfolgung: https://paketblitz.example.de/t/00340555011278841

        Ihr Paketblitz-Team
        (Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.)
    """),
    html=ats_card("Paketblitz", "#facc15", paras(body("""
        Hallo,

        leider verzögert sich die Zustellung Ihrer Sendung 00340 5550 1127 8841 um voraussichtlich
        einen Werktag. Grund: hohes Sendungsaufkommen im Verteilzentrum.

        Neuer voraussichtlicher Zustelltag: Freitag, 27.02.2026
    """)) + button("Sendung verfolgen", "https://paketblitz.example.de/t/00340555011278841",
                   "#1f2937"), "Diese E-Mail wurde automatisch erstellt.", "de"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

# =============================================================================== English

EN_ALERT_ITEMS = [
    ("KYC Analyst (English speaking)", "Grachtwerk Bank · Amsterdam · Hybrid",
     "https://alerts.eurofinjobs.example.com/j/90121"),
    ("Transaction Monitoring Specialist", "Dam Square Payments · Amsterdam",
     "https://alerts.eurofinjobs.example.com/j/90133"),
    ("Compliance Officer, Payments", "Noordpunt Fintech · Amsterdam · Relocation offered",
     "https://alerts.eurofinjobs.example.com/j/90140"),
    ("Junior Sanctions Analyst", "IJhaven Trade Finance · Amsterdam",
     "https://alerts.eurofinjobs.example.com/j/90152"),
]
EN_ALERT_INTRO = ("4 new jobs match your alert 'compliance analyst - Amsterdam'. Applicants who "
                  "apply in the first three days are twice as likely to get an interview.")
EN_ALERT_FOOT = ("You are receiving this because you created a job alert on EuroFinJobs. "
                 "Manage alerts or unsubscribe: https://alerts.eurofinjobs.example.com/manage")

add(id="oth_en_alert", slug="job_alert_amsterdam_digest", lang="en", contact="",
    frm=("EuroFinJobs Alerts", "alerts@eurofinjobs.example.com"),
    subject="4 new compliance analyst jobs in Amsterdam", date="2026-03-13 05:02 +0000",
    text=newsletter_text("Your job alert", EN_ALERT_INTRO, EN_ALERT_ITEMS, EN_ALERT_FOOT),
    html=newsletter_html("Your job alert", EN_ALERT_INTRO, EN_ALERT_ITEMS, EN_ALERT_FOOT, "en",
                         "#1d4ed8"),
    cte="quoted-printable",
    headers=list_headers("EuroFinJobs job alerts <alerts.eurofinjobs.example.com>",
                         "https://alerts.eurofinjobs.example.com/manage?one-click=1"))

EN_ADVICE_ITEMS = [
    ("\"We regret to inform you\": reading between the lines of a rejection",
     "What recruiters mean by 'other candidates more closely matched' - and what they don't.",
     "https://thecomplianceladder.example.com/p/reading-rejections"),
    ("Your first compliance interview: a 30-minute prep plan",
     "Three stories to prepare, two regulations to skim, one question to always ask.",
     "https://thecomplianceladder.example.com/p/prep-plan"),
    ("Reader question: should I accept an offer that pays less?",
     "A former teller weighs a lower salary against a career switch.",
     "https://thecomplianceladder.example.com/p/lower-offer"),
]
EN_ADVICE_INTRO = "This week: rejections, interview prep and one hard decision."
EN_ADVICE_FOOT = ("The Compliance Ladder - a weekly letter for people moving into compliance. "
                  "Unsubscribe: https://thecomplianceladder.example.com/unsubscribe")

add(id="oth_en_advice", slug="newsletter_reading_rejections", lang="en", contact="",
    frm=("The Compliance Ladder", "newsletter@thecomplianceladder.example.com"),
    subject="Reading between the lines of a rejection", date="2026-04-23 14:00 +0000",
    text=newsletter_text("The Compliance Ladder", EN_ADVICE_INTRO, EN_ADVICE_ITEMS,
                         EN_ADVICE_FOOT),
    html=newsletter_html("The Compliance Ladder", EN_ADVICE_INTRO, EN_ADVICE_ITEMS,
                         EN_ADVICE_FOOT, "en", "#7c3aed"),
    cte="base64",
    headers=list_headers("The Compliance Ladder <weekly.thecomplianceladder.example.com>",
                         "https://thecomplianceladder.example.com/unsubscribe"))

add(id="oth_en_profile_views", slug="profile_viewed_by_recruiters", lang="en", contact="",
    frm=("ProNet", "notifications@pronet.example.com"),
    subject="Ferdinand, 3 recruiters viewed your profile", date="2026-06-12 17:25 +0000",
    text=body("""
        Hi Ferdinand,

        Your profile was viewed by 3 recruiters this week, including someone from a financial
        services staffing agency in Amsterdam.

        See who viewed your profile: https://pronet.example.com/me/profile-views

        Update your "open to work" preferences to tell recruiters which positions you want.

        Unsubscribe from these notifications: https://pronet.example.com/settings/email
    """),
    html=ats_card("ProNet", "#0a66c2", paras(body("""
        Hi Ferdinand,

        Your profile was viewed by 3 recruiters this week, including someone from a financial
        services staffing agency in Amsterdam.
    """)) + button("See who viewed your profile", "https://pronet.example.com/me/profile-views",
                   "#0a66c2"),
        "Unsubscribe from these notifications: https://pronet.example.com/settings/email"),
    cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://pronet.example.com/settings/email?u=1>"),
             ("Auto-Submitted", "auto-generated")])

add(id="oth_en_user_research", slug="wallet_app_research_interview", lang="en",
    contact="noor.haddad@tulipwallet.example.nl",
    frm=("Noor Haddad", "noor.haddad@tulipwallet.example.nl"),
    subject="Invitation: 45-minute research interview (EUR 50 voucher)",
    date="2026-08-20 10:40 +0200",
    text=body("""
        Hi Ferdinand,

        You signed up for Tulip Wallet's research panel last year. We're redesigning how
        people verify their identity when opening an account, and we'd love to hear from
        someone who has actually done ID checks at a bank counter.

        The research interview is 45 minutes over video; we'll show you a prototype and ask
        you to think aloud. As a thank-you you'll receive a EUR 50 voucher.

        If you're interested, pick a time here: https://research.tulipwallet.example.nl/book
        This is not a job interview - just product research.

        Thanks,
        Noor Haddad
        Senior UX Researcher, Tulip Wallet
    """))

add(id="oth_en_cold_headhunter", slug="headhunter_intro_no_event", lang="en",
    contact="rutger@vondelsearch.example.nl",
    frm=("Rutger Hoekstra", "rutger@vondelsearch.example.nl"),
    subject="Compliance opportunities in Amsterdam", date="2026-02-09 12:12 +0100",
    text=body("""
        Hello Ferdinand,

        I lead the financial crime practice at Vondel Search, a small executive search firm in
        Amsterdam. I noticed your profile while mapping the market for KYC and AML talent with
        retail banking experience.

        I don't have a specific role for you today, but several of our clients (banks and
        payment institutions) hire people with exactly your mix of customer-facing work and
        AML training, and English-speaking teams are common here. If you're considering a
        move to the Netherlands, feel free to send me your CV and I'll keep you in mind when
        something suitable comes up.

        All the best,
        Rutger Hoekstra
        Partner, Vondel Search
        Vondelstraat 84, 1054 GP Amsterdam
    """),
    html=outlook_html(mso(body("""
        Hello Ferdinand,

        I lead the financial crime practice at Vondel Search, a small executive search firm in
        Amsterdam. I noticed your profile while mapping the market for KYC and AML talent with
        retail banking experience.

        I don't have a specific role for you today, but several of our clients (banks and
        payment institutions) hire people with exactly your mix of customer-facing work and
        AML training, and English-speaking teams are common here. If you're considering a
        move to the Netherlands, feel free to send me your CV and I'll keep you in mind when
        something suitable comes up.

        All the best,
        Rutger Hoekstra
        Partner, Vondel Search
        Vondelstraat 84, 1054 GP Amsterdam
    """)), "en"),
    cte="quoted-printable")

ELBFINANZ_THANKS = body("""
    Hi Lina, hi Jonas,

    Thank you for taking the time to interview me yesterday. I really enjoyed our discussion
    of how Elbfinanz handles alerts on instant payments, and the case about the small business
    client with unusual cash deposits was a great exercise.

    I'm very motivated to join the team and would be happy to provide any further information.

    Best regards,
    Ferdinand
""")

add(id="oth_elbfinanz_thanks", slug="own_thank_you_note_english", lang="en", contact="",
    frm=ME, to=[("Lina Hartmann", "lina.hartmann@elbfinanz.example.de")],
    cc=[("Jonas Feddersen", "jonas.feddersen@elbfinanz.example.de")],
    subject="Thank you - Compliance Analyst (AML) interview", date="2026-02-03 08:50 +0100",
    parent="inv_elbfinanz", text=ELBFINANZ_THANKS + ME_SIG)

MOSELLE_REQUEST = body("""
    Dear Ms Weber,

    Thank you very much for the invitation. Unfortunately I am bound by a compulsory training
    day at my current employer on Tuesday 16 June. Would it be possible to move the interview
    to Wednesday 17 June or Thursday 18 June? I am flexible at any time on both days.

    I apologise for the inconvenience and look forward to meeting Mr. Feltgen and you.

    Kind regards,
    Ferdinand Osei-Lindqvist
""")

add(id="oth_moselle_request", slug="own_reschedule_request_english", lang="en", contact="",
    frm=ME, to=[("Sophie Weber", "sophie.weber@moselle-assurances.example.lu")],
    subject="RE: Interview - Compliance Officer AML/CTF - 16 June 2026",
    date="2026-06-09 19:58 +0200", parent="inv_moselle",
    text=lambda get: MOSELLE_REQUEST + "\n" + outlook_block(
        "en", "Sophie Weber <sophie.weber@moselle-assurances.example.lu>",
        "Monday, June 8, 2026 4:22 PM", "Ferdinand Osei-Lindqvist",
        "Interview - Compliance Officer AML/CTF - 16 June 2026") + "\n" + get("inv_moselle"))

add(id="oth_en_ooo_paytli", slug="out_of_office_cofounder", lang="en", contact="marco@paytli.example.ch",
    frm=("Marco Keller", "marco@paytli.example.ch"),
    subject="Out of office: Re: Tomorrow's call", date="2026-05-12 06:30 +0200",
    refs=["<c44d.2026-05-12.ferdinand@example.de>"],
    text=body("""
        Hi,

        I'm travelling until 15 May with limited access to email. For anything urgent
        regarding partnerships, please contact hello@paytli.example.ch.

        Marco
    """),
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])

add(id="oth_en_parcel", slug="order_delayed_unfortunately", lang="en", contact="",
    frm=("Booknook Orders", "orders-noreply@booknook.example.com"),
    subject="Unfortunately, your order #BN-771204 is delayed", date="2026-07-03 09:15 +0000",
    html=ats_card("Booknook", "#065f46", paras(body("""
        Hi Ferdinand,

        Unfortunately, one item in your order is taking longer than expected to reach our
        warehouse:

        "Anti-Money Laundering in Practice" (3rd edition)

        New estimated delivery: 10-14 July. The rest of your order has already shipped. We're
        sorry for the wait - you don't need to do anything.
    """)) + button("Track your order", "https://booknook.example.com/orders/BN-771204"),
        "Booknook · This mailbox is not monitored"),
    html_cte="base64", headers=[("Auto-Submitted", "auto-generated")])

add(id="oth_en_press", slug="journalist_interview_request", lang="en",
    contact="h.okafor@complianceweekly.example.com",
    frm=("Helen Okafor", "h.okafor@complianceweekly.example.com"),
    reply_to=("Helen Okafor", "h.okafor@complianceweekly.example.com"),
    subject="Interview request - career changers in compliance",
    date="2026-09-09 15:51 +0200",
    text=body("""
        Dear Ferdinand,

        I'm a reporter at Compliance Weekly, working on a feature about people who move from
        front-line banking jobs into compliance. Your post about passing the AML certificate
        while working full-time at the counter caught my attention.

        Would you be open to a 20-minute interview by phone next week? I can quote you by name
        or anonymously, as you prefer, and I'd share the quotes with you before publication.

        Best wishes,
        Helen Okafor
        Senior Reporter, Compliance Weekly
        +44 20 5550 1188
    """),
    cte="quoted-printable")

add(id="oth_en_webinar", slug="masterclass_interview_skills", lang="en", contact="",
    frm=("FinCrime Academy", "no-reply@fincrimeacademy.example.com"),
    subject="Free masterclass: nail your first AML interview (Thursday 6pm CET)",
    date="2026-08-31 11:00 +0000",
    text=newsletter_text(
        "FinCrime Academy events",
        "Join our free live masterclass on interview skills for AML and KYC roles.",
        [("Masterclass: nail your first AML interview",
          "Thursday 3 September, 18:00 CET, online - with two hiring managers",
          "https://fincrimeacademy.example.com/events/aml-interview"),
         ("Mock interview clinic", "Get feedback on a recorded answer - 20 places",
          "https://fincrimeacademy.example.com/events/mock-clinic"),
         ("Open positions board", "Entry-level openings shared by our partner firms",
          "https://fincrimeacademy.example.com/jobs")],
        "FinCrime Academy · Unsubscribe: https://fincrimeacademy.example.com/u/ferdinand"),
    headers=list_headers("FinCrime Academy Events <events.fincrimeacademy.example.com>",
                         "https://fincrimeacademy.example.com/u/ferdinand"))

add(id="oth_en_mock_interview", slug="ai_mock_interview_score", lang="en", contact="",
    frm=("InterviewPal", "notifications@interviewpal.example.com"),
    subject="Your mock interview results are ready", date="2026-05-30 19:12 +0000",
    html=ats_card("InterviewPal", "#db2777", paras(body("""
        Hi Ferdinand,

        Great job completing the mock interview "Compliance Analyst - behavioural questions".

        Overall score: 78/100
        Strongest answer: "Tell me about a time you escalated a concern"
        To work on: keep answers under two minutes; name the regulation you applied.

        Practice again anytime - your next mock interview is unlocked.
    """)) + button("View detailed feedback", "https://app.interviewpal.example.com/r/5512",
                   "#db2777"),
        "InterviewPal practice tool · You can turn off these emails in Settings"),
    html_cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

# =============================================================================== French

FR_ALERT_ITEMS = [
    ("Analyste Conformité LCB-FT (H/F)", "Banque des Grands Boulevards · Paris 9e · CDI",
     "https://alertes.emploi-finance.example.fr/o/33018"),
    ("Chargé de conformité KYC", "Néobanque Lutèce · Paris 2e · Télétravail partiel",
     "https://alertes.emploi-finance.example.fr/o/33027"),
    ("Analyste sanctions et embargos", "Assurances du Marais · Paris 3e",
     "https://alertes.emploi-finance.example.fr/o/33031"),
]
FR_ALERT_INTRO = ("3 nouvelles offres correspondent à votre alerte « conformité Paris ». "
                  "Postulez vite : les premiers candidats sont souvent convoqués en entretien.")
FR_ALERT_FOOT = ("Vous recevez cet e-mail car vous avez créé une alerte sur Emploi Finance. "
                 "Se désabonner : https://alertes.emploi-finance.example.fr/stop")

add(id="oth_fr_alerte", slug="alerte_emploi_conformite_paris", lang="fr", contact="",
    frm=("Emploi Finance", "alertes@emploi-finance.example.fr"),
    subject="Alerte emploi : 3 nouvelles offres « conformité Paris »", subj_enc=("utf-8", "Q"),
    date="2026-05-21 07:45 +0200",
    text=newsletter_text("Vos nouvelles offres", FR_ALERT_INTRO, FR_ALERT_ITEMS, FR_ALERT_FOOT),
    html=newsletter_html("Vos nouvelles offres", FR_ALERT_INTRO, FR_ALERT_ITEMS, FR_ALERT_FOOT,
                         "fr", "#be123c"),
    cte="quoted-printable",
    headers=list_headers("Alertes Emploi Finance <alertes.emploi-finance.example.fr>",
                         "https://alertes.emploi-finance.example.fr/stop"))

add(id="oth_fr_press", slug="magazine_interview_request", lang="fr",
    contact="a.berthier@banque-conformite-mag.example.fr",
    frm=("Anaïs Berthier", "a.berthier@banque-conformite-mag.example.fr"),
    subject="Demande d'interview pour Banque & Conformité Magazine",
    date="2026-07-15 11:26 +0200",
    text=body("""
        Bonjour Monsieur Osei-Lindqvist,

        Je suis journaliste à Banque & Conformité Magazine. Nous préparons un dossier sur les
        reconversions vers les métiers de la conformité en Europe, et votre parcours de
        guichetier à Brême devenu candidat à des postes d'analyste nous intéresse beaucoup.

        Accepteriez-vous de répondre à quelques questions lors d'une interview téléphonique
        d'une vingtaine de minutes ? Nous pouvons aussi procéder par écrit si vous préférez.

        Bien cordialement,
        Anaïs Berthier
        Journaliste – Banque & Conformité Magazine
        12 rue de Provence, 75009 Paris
    """),
    charset="windows-1252", cte="8bit")

add(id="oth_fr_friend", slug="ami_raconte_son_refus", lang="fr",
    contact="baptiste.roux@example.fr", frm=("Baptiste Roux", "baptiste.roux@example.fr"),
    subject="Des nouvelles de Lyon", date="2026-06-27 22:31 +0200",
    text=body("""
        Salut Ferdinand,

        Je te donne des nouvelles : j'ai reçu hier un refus pour le poste chez l'assureur dont
        je t'avais parlé. Ils ont « retenu un candidat au profil plus senior ». Après quatre
        entretiens, ça pique un peu…

        Et toi, ça avance avec Paris et le Luxembourg ? Tiens-moi au courant, et si tu passes
        par Lyon cet été, la chambre d'amis est libre.

        Bises,
        Baptiste
    """),
    html=plain_html(paras(body("""
        Salut Ferdinand,

        Je te donne des nouvelles : j'ai reçu hier un refus pour le poste chez l'assureur dont
        je t'avais parlé. Ils ont « retenu un candidat au profil plus senior ». Après quatre
        entretiens, ça pique un peu…

        Et toi, ça avance avec Paris et le Luxembourg ? Tiens-moi au courant, et si tu passes
        par Lyon cet été, la chambre d'amis est libre.

        Bises,
        Baptiste
    """)), "fr"),
    charset="windows-1252", cte="quoted-printable")

add(id="oth_fr_ooo_petrusse", slug="absence_auto_reply", lang="fr",
    contact="claire.hoffmann@banquepetrusse.example.lu",
    frm=("Claire Hoffmann", "claire.hoffmann@banquepetrusse.example.lu"),
    subject="Réponse automatique : Nouvelle date d'entretien ?", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-02 08:00 +0100", refs=["<e02a.2026-03-01.ferdinand@example.de>"],
    text=body("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 9 mars inclus. Pour toute question urgente
        concernant le recrutement, vous pouvez contacter le service RH au +352 555 4020 00.

        Cordialement,
        Claire Hoffmann
    """),
    html=outlook_html(mso(body("""
        Bonjour,

        Je suis absente du bureau jusqu'au lundi 9 mars inclus. Pour toute question urgente
        concernant le recrutement, vous pouvez contacter le service RH au +352 555 4020 00.

        Cordialement,
        Claire Hoffmann
    """)), "fr"),
    cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add(id="oth_fr_banque_rdv", slug="conseiller_bancaire_rendez_vous", lang="fr",
    contact="m.ferreira@caisse-lorraine.example.fr",
    frm=("Manuel Ferreira", "m.ferreira@caisse-lorraine.example.fr"),
    subject="Votre rendez-vous du 4 septembre", date="2026-08-28 16:02 +0200",
    text=body("""
        Bonjour Monsieur Osei-Lindqvist,

        Je vous confirme notre rendez-vous le vendredi 4 septembre à 9h30 en agence, pour
        l'ouverture de votre compte de non-résident et le point sur votre épargne.

        Merci de vous munir d'une pièce d'identité, d'un justificatif de domicile récent et de
        votre dernier avis d'imposition. En cas d'empêchement, merci de me prévenir au moins
        24 heures à l'avance afin que je puisse proposer le créneau à un autre client.

        Bien à vous,
        Manuel Ferreira
        Conseiller clientèle – Caisse Lorraine, agence de Thionville
    """),
    cte="quoted-printable")

LACROIX_THANKS = body("""
    Monsieur Marchetti,

    Je tiens à vous remercier, ainsi que Mme Dufresne, pour l'entretien de jeudi. La
    présentation de vos missions d'audit LCB-FT auprès des établissements de paiement m'a
    beaucoup intéressé, et je suis convaincu que mon expérience au guichet serait un atout
    pour comprendre les dossiers clients.

    Je reste à votre disposition pour tout complément d'information.

    Bien cordialement,
    Ferdinand Osei-Lindqvist
""")

add(id="oth_lacroix_thanks", slug="own_remerciements_entretien", lang="fr", contact="",
    frm=ME, to=[("Julien Marchetti", "j.marchetti@lacroix-vernet.example.fr")],
    subject="Remerciements – entretien du 16 avril", date="2026-04-17 09:03 +0200",
    parent="rsf_lacroix_moved", text=LACROIX_THANKS, charset="iso-8859-1", cte="quoted-printable")

add(id="oth_fr_master_refus", slug="refus_admission_master", lang="fr", contact="",
    frm=("Université Paris-Lumière – Admissions", "ne-pas-repondre@admissions.paris-lumiere.example.fr"),
    subject="Votre candidature au Master 2 Conformité et Éthique financière",
    subj_enc=("utf-8", "B"), date="2026-06-05 12:00 +0200",
    text=body("""
        Monsieur,

        Nous vous remercions de l'intérêt que vous portez au Master 2 Conformité et Éthique
        financière (formation continue).

        Après examen par la commission pédagogique, nous avons le regret de vous informer que
        votre candidature n'a pas été retenue pour la rentrée 2026. Le nombre de places étant
        limité à 24, la commission a privilégié les candidats justifiant d'une licence en
        droit ou en économie.

        Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne.

        Le service des admissions
        Université Paris-Lumière
        Ce message est envoyé automatiquement, merci de ne pas y répondre.
    """),
    html=ats_card("Université Paris-Lumière", "#1e3a8a", paras(body("""
        Monsieur,

        Nous vous remercions de l'intérêt que vous portez au Master 2 Conformité et Éthique
        financière (formation continue).

        Après examen par la commission pédagogique, nous avons le regret de vous informer que
        votre candidature n'a pas été retenue pour la rentrée 2026. Le nombre de places étant
        limité à 24, la commission a privilégié les candidats justifiant d'une licence en
        droit ou en économie.

        Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne.

        Le service des admissions
    """)), "Ce message est envoyé automatiquement, merci de ne pas y répondre.", "fr"),
    cte="base64", headers=[("Auto-Submitted", "auto-generated")])

# =============================================================================== Spanish

ES_ALERT_ITEMS = [
    ("Analista de Cumplimiento Normativo (PBC/FT)", "Banco del Prado · Madrid · Presencial",
     "https://alertas.empleofinanzas.example.es/o/55120"),
    ("Técnico/a KYC con inglés", "Neobanco Malasaña · Madrid · Híbrido",
     "https://alertas.empleofinanzas.example.es/o/55124"),
    ("Analista de sanciones internacionales", "Aseguradora Chamberí · Madrid",
     "https://alertas.empleofinanzas.example.es/o/55131"),
    ("Becario/a de Compliance", "Gestora Atocha · Madrid · 6 meses",
     "https://alertas.empleofinanzas.example.es/o/55139"),
]
ES_ALERT_INTRO = ("Tenemos 4 nuevas ofertas para tu alerta «cumplimiento Madrid». Recuerda: "
                  "si no recibes respuesta en dos semanas, no significa que te hayan descartado.")
ES_ALERT_FOOT = ("Recibes este correo porque creaste una alerta en EmpleoFinanzas. "
                 "Darte de baja: https://alertas.empleofinanzas.example.es/baja")

add(id="oth_es_alerta", slug="alerta_empleo_cumplimiento", lang="es", contact="",
    frm=("EmpleoFinanzas", "alertas@empleofinanzas.example.es"),
    subject="4 ofertas nuevas: cumplimiento en Madrid", date="2026-07-07 06:30 +0200",
    text=newsletter_text("Tus nuevas ofertas", ES_ALERT_INTRO, ES_ALERT_ITEMS, ES_ALERT_FOOT),
    html=newsletter_html("Tus nuevas ofertas", ES_ALERT_INTRO, ES_ALERT_ITEMS, ES_ALERT_FOOT,
                         "es", "#c2410c"),
    cte="quoted-printable",
    headers=list_headers("Alertas EmpleoFinanzas <alertas.empleofinanzas.example.es>",
                         "https://alertas.empleofinanzas.example.es/baja"))

add(id="oth_es_consejos", slug="articulo_preparar_entrevista", lang="es", contact="",
    frm=("Blog Carrera Financiera", "newsletter@carrerafinanciera.example.es"),
    subject="Cómo preparar una entrevista de cumplimiento normativo (y qué hacer si te dicen que no)",
    date="2026-09-17 08:00 +0200",
    html=plain_html(paras(body("""
        Hola:

        Esta semana en el blog:

        1. Las siete preguntas que más se repiten en una entrevista para analista de
           cumplimiento, con ejemplos de respuesta.
        2. Qué hacer cuando recibes un «lamentablemente, no has sido seleccionado»: pedir
           feedback, actualizar el CV y no tomárselo como algo personal.
        3. Ofertas destacadas: seis vacantes junior en Madrid y Barcelona.

        Lee los artículos en https://carrerafinanciera.example.es/blog

        Un saludo,
        El equipo de Carrera Financiera

        Puedes darte de baja aquí: https://carrerafinanciera.example.es/baja
    """)), "es"),
    html_cte="quoted-printable",
    headers=list_headers("Boletin Carrera Financiera <boletin.carrerafinanciera.example.es>",
                         "https://carrerafinanciera.example.es/baja"))

add(id="oth_es_paquete", slug="pedido_retrasado_lamentablemente", lang="es", contact="",
    frm=("Envíos Rápidos", "no-responder@enviosrapidos.example.es"),
    subject="Lamentablemente tu pedido llegará más tarde", date="2026-10-01 13:22 +0200",
    text=body("""
        Hola Ferdinand:

        Lamentablemente, tu pedido n.º ER-204488 sufrirá un retraso de dos días por una
        incidencia en el centro logístico de Coslada. La nueva fecha estimada de entrega es el
        sábado 3 de octubre.

        Puedes seguir el envío aquí: https://enviosrapidos.example.es/seguimiento/ER-204488

        Disculpa las molestias.
        Envíos Rápidos
        Este mensaje se ha generado automáticamente. No respondas a este correo.
    """),
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")])

add(id="oth_es_master", slug="master_no_admitido", lang="es",
    contact="p.navarro@escuelafinanzasmadrid.example.es",
    frm=("Pilar Navarro", "p.navarro@escuelafinanzasmadrid.example.es"),
    subject="Resolución de admisión – Máster en Cumplimiento Normativo",
    date="2026-07-24 17:10 +0200",
    text=body("""
        Estimado Ferdinand:

        Te escribo en nombre del comité de admisiones del Máster en Cumplimiento Normativo
        (edición octubre 2026). Lamentamos comunicarte que en esta ocasión no has sido
        admitido: las plazas se han cubierto con candidatos que ya residen en España, ya que
        el programa es presencial.

        Te animamos a considerar la modalidad online, que comienza en enero y cuyo plazo de
        inscripción sigue abierto.

        Un cordial saludo,
        Pilar Navarro
        Coordinadora de Admisiones
        Escuela de Finanzas de Madrid
    """),
    cte="base64")

add(id="oth_es_ooo_castellana", slug="respuesta_automatica_fuera_oficina", lang="es",
    contact="lucia.fernandez@bancocastellana.example.es",
    frm=("Lucía Fernández Ortega", "lucia.fernandez@bancocastellana.example.es"),
    subject="Respuesta automática: RE: Entrevista telefónica de hoy",
    date="2026-03-13 09:02 +0100", refs=["<f3b1.2026-03-13.ferdinand@example.de>"],
    text=body("""
        Gracias por tu mensaje.

        Estaré fuera de la oficina hasta el lunes 16 de marzo. A mi vuelta responderé a todos
        los correos. Para asuntos urgentes de selección puedes escribir a
        seleccion@bancocastellana.example.es.

        Un saludo,
        Lucía Fernández Ortega
    """),
    charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied")])

RETIRO_REQUEST = body("""
    Hola Javier:

    Muchas gracias por la invitación a la jornada de evaluación; confirmo mi asistencia. Solo
    una pregunta: viajo desde Bremen y el primer vuelo llega a Madrid a las 9:40. ¿Sería
    posible incorporarme algo más tarde o participar en un grupo posterior?

    Un saludo,
    Ferdinand Osei-Lindqvist
""")

add(id="oth_retiro_request", slug="own_pide_cambio_de_hora", lang="es", contact="",
    frm=ME, to=[("Javier Morales", "jmorales@segurosretiro.example.es")],
    subject="RE: Invitación a jornada de evaluación: Analista de Cumplimiento",
    date="2026-06-17 22:05 +0200", parent="inv_retiro", text=RETIRO_REQUEST,
    cte="8bit")

add(id="oth_es_clinica", slug="clinica_dental_cambio_de_cita", lang="es",
    contact="recepcion.ana@clinicadentalsol.example.es",
    frm=("Ana Gil - Clínica Dental Sol", "recepcion.ana@clinicadentalsol.example.es"),
    frm_enc=("iso-8859-1", "Q"),
    subject="Cambio de su cita del viernes", date="2026-10-07 10:18 +0200",
    text=body("""
        Buenos días, Sr. Osei-Lindqvist:

        Le escribimos de la Clínica Dental Sol. Lamentablemente, la doctora Ruiz no podrá
        atenderle el viernes 9 de octubre a las 18:00, ya que estará en un congreso. Le
        proponemos cambiar la cita al martes 13 de octubre a las 17:30.

        ¿Nos confirma si le viene bien? Puede responder a este correo o llamarnos al
        91 555 70 12.

        Atentamente,
        Ana Gil
        Recepción – Clínica Dental Sol
    """),
    charset="windows-1252", cte="quoted-printable")
