"""Corpus 212: interview invitations, reschedules/cancellations and missed-interview notices.

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
    outlook_block,
    outlook_html,
    paras,
    plain_html,
    quote,
    wrote,
)

MESSAGES: list[dict] = []


def add(**spec: object) -> dict:
    MESSAGES.append(spec)
    return spec


# People who write here ------------------------------------------------------------------------
KERSTIN = ("Kerstin Albrecht-Meyer", "k.albrecht-meyer@weserbank.example.de")
MERLE = ("Merle Johannsen", "merle.johannsen@alsterkontor.example.de")
TOBIAS = ("Tobias Rehberg", "t.rehberg@hanse-personal.example.de")
ANJA = ("Anja Kowalczyk", "a.kowalczyk@leinetal-versicherung.example.de")
RETO = ("Reto Brunner", "reto.brunner@limmat-privatbank.example.ch")
CAROLIN = ("Dr. Carolin Vogt-Haas", "vogt-haas@kompass-search.example.de")
SABINE = ("Sabine Dreyer", "s.dreyer@wuemme-sparkasse.example.de")
JANNIK = ("Jannik Petersen", "jannik@fleetpay.example.de")
ULRIKE = ("Ulrike Hasselbrink", "u.hasselbrink@bremer-treuhand.example.de")
LEA = ("Lea Sommerfeld", "l.sommerfeld@maschsee-versicherung.example.de")
INES = ("Ines Wachowiak", "ines.wachowiak@zfm.example.de")
NILS = ("Nils Obermeyer", "nils.obermeyer@herrenhausen-assekuranz.example.de")
WIEBKE = ("Wiebke Harms", "wiebke.harms@steintor-privatbank.example.de")
LINA = ("Lina Hartmann", "lina.hartmann@elbfinanz.example.de")
SANNE = ("Sanne de Vries", "sanne.devries@keizersgracht-pay.example.nl")
FEMKE = ("Femke Bakker", "femke.bakker@ledgerline.example.nl")
PRIYA = ("Priya Raman", "priya.raman@canaltalent.example.nl")
MARCO = ("Marco Keller", "marco@paytli.example.ch")
SOPHIE = ("Sophie Weber", "sophie.weber@moselle-assurances.example.lu")
JOOST = ("Joost van Dijk", "joost.vandijk@afi.example.nl")
LAURA = ("Laura Schmit", "laura.schmit@kirchberg-fs.example.lu")
DAAN = ("Daan Visser", "daan.visser@amstel-assurance.example.nl")
CLAIRE = ("Claire Hoffmann", "claire.hoffmann@banquepetrusse.example.lu")
JULIEN = ("Julien Marchetti", "j.marchetti@lacroix-vernet.example.fr")
ELODIE = ("Élodie Garnier", "e.garnier@vauban-rh.example.fr")
LUCIA = ("Lucía Fernández Ortega", "lucia.fernandez@bancocastellana.example.es")
JAVIER = ("Javier Morales", "jmorales@segurosretiro.example.es")
MARTA = ("Marta Ibáñez", "marta.ibanez@talentoiberico.example.es")
IRENE = ("Irene Soto", "irene.soto@pagalia.example.es")

WESER_FOOT = body("""
    Weserbank AG · Sitz Bremen · Amtsgericht Bremen HRB 30991
    Vorstand: Dr. Jörn Hollmann (Vors.), Birgit Sandmann · Aufsichtsratsvorsitz: Peter Loh
    Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Sind Sie
    nicht der richtige Adressat, informieren Sie bitte sofort den Absender und löschen Sie diese
    Nachricht. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet.
""")

# =============================================================================== invitations

WESER_INVITE = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    vielen Dank für Ihre Bewerbung als Compliance Analyst (m/w/d) in unserer Abteilung
    Geldwäscheprävention. Ihr Weg vom Kundenschalter in die Prüfung von Verdachtsfällen und Ihre
    Weiterbildung im Bereich AML haben uns neugierig gemacht.

    Wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem ersten Gespräch ein:

      Dienstag, 17. Februar 2026, 14:00 – 15:00 Uhr
      Microsoft Teams (den Link erhalten Sie mit einer separaten Kalendereinladung)
      Gesprächspartnerinnen: Dr. Annika Wolters (Leiterin Compliance) und ich

    Bitte bestätigen Sie mir den Termin kurz per E-Mail. Falls er Ihnen nicht passt, nennen Sie
    mir gern zwei oder drei Alternativen in derselben Woche.

    Mit freundlichen Grüßen

    Kerstin Albrecht-Meyer
    Personalreferentin
    Weserbank AG
    Am Wall 141 · 28195 Bremen
    Telefon +49 421 5550 2217
    k.albrecht-meyer@weserbank.example.de

""") + "\n" + WESER_FOOT

add(id="inv_weser", kind="interview_invitation", slug="weserbank_teams_first_talk", lang="de",
    company="Weserbank", contact=KERSTIN[1], frm=KERSTIN, parent="ack_weser",
    subject="Einladung zum Vorstellungsgespräch – Compliance Analyst (m/w/d)",
    subj_enc=("utf-8", "Q", "partial"),
    date="2026-02-10 11:24 +0100", text=WESER_INVITE,
    html=outlook_html(mso(WESER_INVITE), "de"), cte="quoted-printable",
    headers=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")])

ALSTER_INVITE = body("""
    Guten Tag Herr Osei-Lindqvist,

    wie heute Vormittag am Telefon angekündigt, sende ich Ihnen hiermit die Einladung zum
    Gespräch mit unserem Panel für die Position AML/KYC Analyst (w/m/d):

    Termin:  Dienstag, 10. März 2026, 10:00 bis 11:15 Uhr
    Ort:     Microsoft Teams – Einwahl über den Link in der Kalenderanfrage
    Panel:   Dr. Henrik Paulsen (Head of Compliance)
             Svenja Ohlsen (Senior Analyst Financial Crime)
             Merle Johannsen (Recruiting)

    Wir starten mit einer kurzen Vorstellungsrunde; danach besprechen wir mit Ihnen ein kleines
    Fallbeispiel aus der Kundenprüfung (ca. 20 Minuten, keine Vorbereitung nötig).

    Nehmen Sie die Kalenderanfrage bitte an, damit der Termin für alle geblockt ist.

    Beste Grüße aus Hamburg
    Merle Johannsen
    Talent Acquisition

    Alsterkontor Privatbank AG
    Ballindamm 27 | 20095 Hamburg
    T +49 40 5550 8832 | merle.johannsen@alsterkontor.example.de
""")

add(id="inv_alster", kind="interview_invitation", slug="alsterkontor_panel_calendar_request",
    lang="de", company="Alsterkontor Privatbank", contact=MERLE[1], frm=MERLE,
    subject="Einladung: Panelgespräch AML/KYC Analyst – 10.03.2026, 10:00 Uhr",
    subj_enc=("utf-8", "B"),
    date="2026-03-03 15:47 +0100", text=ALSTER_INVITE,
    html=outlook_html(mso(ALSTER_INVITE), "de"), text_cte="quoted-printable",
    html_cte="base64",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000B0A4-alster",
         "seq": 0, "start": "20260310T100000", "end": "20260310T111500",
         "summary": "Panelgespräch AML/KYC Analyst – Ferdinand Osei-Lindqvist",
         "location": "Microsoft Teams-Besprechung", "organizer": MERLE,
         "attendees": [ME, ("Dr. Henrik Paulsen", "henrik.paulsen@alsterkontor.example.de"),
                       ("Svenja Ohlsen", "svenja.ohlsen@alsterkontor.example.de")],
         "description": "Panelgespräch mit Fallbeispiel. Teams-Link: "
                        "https://teams.example.com/l/meetup-join/alster-8832",
         "attach": True, "file": "Panelgespraech.ics"},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

HANSE_NORDLICHT = body("""
    Hallo Herr Osei-Lindqvist,

    gute Nachrichten: Nordlicht Assekuranz möchte Sie kennenlernen! Frau Birte Lorenzen
    (Teamleiterin Compliance & Datenschutz) hat Ihr Profil gelesen und mich gebeten, ein
    Vorstellungsgespräch mit Ihnen zu vereinbaren.

    Vorgeschlagen ist Donnerstag, der 5. Februar, um 15:30 Uhr vor Ort in der Hamburger
    Zentrale (Überseering 9, 22297 Hamburg, Empfang Haus B). Rechnen Sie mit etwa einer Stunde.
    Die Fahrtkosten ab Bremen übernimmt der Kunde gegen Beleg.

    Geben Sie mir bitte bis Freitag Bescheid, ob das klappt – dann bestätige ich den Termin
    direkt bei Frau Lorenzen. Vorab rufe ich Sie gern noch einmal an, um das Gespräch kurz
    vorzubereiten.

    Viele Grüße
    Tobias Rehberg
    Senior Consultant Banking & Insurance

    Hanse Personal GmbH · Obernstraße 12 · 28195 Bremen
    Tel. 0421 5550 4410 · Mobil 0170 5550 118
    www.hanse-personal.example.de

""") + "\n" + wrote("de", "26.01.2026 um 18:02", "Ferdinand Osei-Lindqvist", ME[1]) + "\n" + quote(body("""
    Hallo Herr Rehberg,

    danke nochmals für das Gespräch heute. Die Stelle bei Ihrem Versicherungskunden in Hamburg
    interessiert mich sehr; meinen aktualisierten Lebenslauf finden Sie wie besprochen im
    Portal. Bei den anderen beiden Häusern hatte ich leider schon eine Absage bekommen.

    Viele Grüße
    Ferdinand Osei-Lindqvist
"""))

add(id="inv_hanse_nordlicht", kind="interview_invitation", slug="agency_sets_up_client_meeting",
    lang="de", company="Nordlicht Assekuranz", contact=TOBIAS[1], frm=TOBIAS,
    subject="AW: Ihre Unterlagen – Gesprächstermin bei Nordlicht Assekuranz",
    date="2026-01-27 09:05 +0100", text=HANSE_NORDLICHT, cte="quoted-printable",
    parent="ack_hanse", refs=["<CAF3kq1.26012026.ferdinand@example.de>"])

LEINETAL_AC = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    wir freuen uns, Sie zu unserem eintägigen Assessment-Center für die Stelle
    „Analyst Compliance & Sanktionsprüfung (m/w/d)“ einzuladen.

    Datum:  Donnerstag, 23. April 2026
    Beginn: 08:45 Uhr (Ende gegen 16:30 Uhr)
    Ort:    Leinetal Versicherungsgruppe, Leinstraße 40, 30159 Hannover, Konferenzetage 5

    Der Tag besteht aus einer Gruppenübung, einer Fallstudie zur Prüfung von Zahlungsströmen,
    einer Präsentation und einem Einzelinterview mit der Fachabteilung. Den genauen Ablauf
    finden Sie im angehängten PDF.

    Bitte bringen Sie einen gültigen Lichtbildausweis mit. Für Verpflegung ist gesorgt;
    Reisekosten erstatten wir nach unserer Reisekostenrichtlinie.

    Bitte bestätigen Sie Ihre Teilnahme bis zum 14. April.

    Freundliche Grüße

    Anja Kowalczyk
    Recruiting & Employer Branding
    Leinetal Versicherungsgruppe
    Leinstraße 40, 30159 Hannover
    Tel. +49 511 5550 3361
""")

add(id="inv_leinetal_ac", kind="interview_invitation", slug="assessment_centre_with_schedule_pdf",
    lang="de", company="Leinetal Versicherungsgruppe", contact=ANJA[1], frm=ANJA,
    subject="Einladung zum Assessment-Center am 23.04.2026",
    date="2026-04-07 10:02 +0200", text=LEINETAL_AC,
    html=plain_html(paras(LEINETAL_AC), "de"), cte="quoted-printable",
    pdf=[{"name": "Ablaufplan_AC_23-04-2026.pdf", "title": "Assessment-Center 23.04.2026",
          "lines": ["08:45 Empfang und Begruessung", "09:15 Gruppenuebung",
                    "10:45 Fallstudie Zahlungsstroeme", "12:30 Mittagessen",
                    "13:30 Praesentation", "14:30 Einzelinterview", "16:00 Feedback"]}])

LIMMAT_INVITE = body("""
    Grüezi Herr Osei-Lindqvist

    Besten Dank für Ihre Bewerbung als Compliance Analyst (80–100 %) bei der Limmat Privatbank.
    Ihr Dossier hat uns überzeugt, und wir würden Sie gerne in einem ersten Gespräch näher
    kennenlernen.

    Wir schlagen Ihnen Dienstag, 28. April 2026, um 09:30 Uhr vor. Das Gespräch findet per
    Webex statt und dauert rund 45 Minuten; teilnehmen werden Frau Corinne Meier (Leiterin
    Legal & Compliance) und ich.

    Könnten Sie mir bis Ende Woche bestätigen, ob Ihnen der Termin passt? Den Einwahllink
    sende ich Ihnen danach zu.

    Freundliche Grüsse

    Reto Brunner
    HR Business Partner
    Limmat Privatbank AG
    Talstrasse 58, 8001 Zürich
    +41 44 555 27 40
""")

add(id="inv_limmat", kind="interview_invitation", slug="zurich_privatbank_webex_proposal",
    lang="de", company="Limmat Privatbank", contact=RETO[1], frm=RETO,
    subject="Ihre Bewerbung als Compliance Analyst - Einladung zum Gespräch",
    subj_enc=("iso-8859-1", "Q"), charset="windows-1252", cte="quoted-printable",
    date="2026-04-20 16:31 +0200", text=LIMMAT_INVITE, parent="ack_limmat")

KOMPASS_TAUNUS = body("""
    Lieber Herr Osei-Lindqvist,

    wie angekündigt habe ich Ihr Profil unserem Mandanten vorgestellt – und ich darf Ihnen
    heute sagen, um wen es geht: die Taunus Kapitalbank in Frankfurt. Der Chief Compliance
    Officer, Herr Matthias Grünewald, möchte Sie gern persönlich treffen.

    Termin: Mittwoch, 20. Mai 2026, 11:00 Uhr
    Ort:    Taunus Kapitalbank AG, Neue Mainzer Straße 66, 60311 Frankfurt am Main, 14. OG
    Dauer:  ca. 75 Minuten, anschließend kurzes Gespräch mit HR (Frau Nadine Roth)

    Herr Grünewald legt Wert auf konkrete Beispiele aus Ihrer Schaltertätigkeit – etwa
    Situationen, in denen Ihnen eine Transaktion merkwürdig vorkam, und wie Sie reagiert haben.
    Lassen Sie uns dazu am Montag 20 Minuten telefonieren.

    Bitte bestätigen Sie mir den Termin; die Bahnfahrt buchen wir für Sie.

    Herzliche Grüße
    Carolin Vogt-Haas

    Dr. Carolin Vogt-Haas
    Partnerin
    Kompass Executive Search GmbH
    Bockenheimer Landstraße 24 · 60323 Frankfurt am Main
    +49 69 5550 9120 · vogt-haas@kompass-search.example.de
""")

add(id="inv_kompass_taunus", kind="interview_invitation", slug="headhunter_names_client_meeting",
    lang="de", company="Taunus Kapitalbank", contact=CAROLIN[1], frm=CAROLIN,
    subject="Taunus Kapitalbank – Gespräch mit dem CCO am 20. Mai",
    date="2026-05-12 08:40 +0200", text=KOMPASS_TAUNUS, cte="8bit",
    parent="oth_kompass_approach")

WUEMME_PHONE = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    Ihre Bewerbung für die Stelle als Mitarbeiter Compliance / Geldwäscheprävention hat uns
    gut gefallen. Bevor wir Sie zu einem persönlichen Gespräch nach Lilienthal einladen,
    würden wir gern telefonisch ein paar Eckdaten klären (Eintrittstermin, Gehaltsvorstellung,
    Ihre Erfahrungen mit dem Monitoring-System).

    Hätten Sie am Mittwoch, 3. Juni, um 10:00 Uhr etwa 20 Minuten Zeit? Ich würde Sie unter der
    in Ihrem Lebenslauf angegebenen Mobilnummer anrufen.

    Mit freundlichen Grüßen
    Sabine Dreyer
    Personalabteilung

    Wümme Sparkasse
    Hauptstraße 77, 28865 Lilienthal
    Telefon 04298 5550 130
""")

add(id="inv_wuemme_phone", kind="interview_invitation", slug="sparkasse_phone_screen_ask",
    lang="de", company="Wümme Sparkasse", contact=SABINE[1], frm=SABINE,
    subject="Kurzes Telefonat zu Ihrer Bewerbung?", charset="iso-8859-1",
    cte="quoted-printable", date="2026-06-01 13:12 +0200", text=WUEMME_PHONE)

FLEETPAY_CASUAL = body("""
    Hey Ferdinand,

    danke für deine Bewerbung auf die Risk-&-Compliance-Rolle! Wir sind ein kleines Team und
    halten den Prozess locker: Hast du Donnerstag (18.6.) so gegen 16 Uhr Zeit für einen
    entspannten Call, 30 Minuten? Oder, falls du eh in Hamburg bist, auf einen Kaffee bei uns
    in der Speicherstadt.

    Schreib einfach, was dir besser passt.

    Cheers
    Jannik
    Head of Risk Operations · Fleetpay
""")

add(id="inv_fleetpay", kind="interview_invitation", slug="fintech_casual_thursday_call",
    lang="de", company="Fleetpay", contact=JANNIK[1], frm=JANNIK,
    subject="Donnerstag kurz quatschen?", date="2026-06-15 19:58 +0200",
    html=plain_html('<div dir="ltr">' + paras(FLEETPAY_CASUAL) + "</div>", "de"),
    html_cte="quoted-printable")

TREUHAND_TRIAL = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    nach unserem guten Gespräch vergangene Woche möchten wir Sie zu einem Probearbeitstag in
    unser Team Financial Services Audit einladen. So bekommen Sie einen realistischen Eindruck
    von unserer Arbeit (u. a. Prüfung der Geldwäsche-Organisation bei Kreditinstituten), und wir
    lernen Sie in der Praxis kennen.

    Wann: Donnerstag, 9. Juli 2026, 9:00 bis ca. 16:00 Uhr
    Wo:   Bremer Treuhand Nord, Langenstraße 52, 28195 Bremen, 3. Etage
    Wer:  Sie begleiten Herrn Keno Brandt (Manager) und sein Prüfungsteam

    Bitte bringen Sie Ihren Laptop nicht mit; wir stellen Ihnen einen Arbeitsplatz. Der Tag wird
    selbstverständlich vergütet.

    Über eine kurze Zusage freue ich mich.

    Mit freundlichen Grüßen
    Ulrike Hasselbrink
    Partnerin | Wirtschaftsprüferin

    Bremer Treuhand Nord GmbH Wirtschaftsprüfungsgesellschaft
    Langenstraße 52 · 28195 Bremen · Tel. 0421 5550 7700
""")

add(id="inv_treuhand_trial", kind="interview_invitation", slug="audit_firm_trial_day",
    lang="de", company="Bremer Treuhand Nord", contact=ULRIKE[1], frm=ULRIKE,
    subject="Einladung zum Probearbeitstag am 9. Juli", date="2026-07-01 12:20 +0200",
    text=TREUHAND_TRIAL, html=plain_html(paras(TREUHAND_TRIAL), "de"), cte="base64")

MASCHSEE_LINK = body("""
    Hallo Ferdinand Osei-Lindqvist,

    vielen Dank für Ihr Interesse an der Position Compliance Officer (m/w/d) – Schwerpunkt
    Geldwäsche bei der Maschsee Versicherung.

    Wir möchten Sie gerne zu einem Videointerview einladen. Bitte wählen Sie über den folgenden
    Link einen für Sie passenden Termin aus:

    https://maschsee-versicherung.jobs.personio.de/interview/schedule/8f3c21

    Die verfügbaren Termine liegen zwischen dem 20. und 24. Juli 2026. Nach Ihrer Buchung
    erhalten Sie automatisch eine Bestätigung mit dem Zugangslink.

    Viele Grüße
    Ihr Recruiting-Team der Maschsee Versicherung

    Diese E-Mail wurde automatisch über Personio versendet.
""")

add(id="inv_maschsee_link", kind="interview_invitation", slug="personio_pick_a_slot",
    lang="de", company="Maschsee Versicherung", contact="",
    frm=("Maschsee Versicherung", "noreply@personio.de"),
    subject="Einladung zum Videointerview – bitte Termin wählen",
    date="2026-07-14 09:00 +0200", text=MASCHSEE_LINK, parent="ack_maschsee",
    html=ats_card("Maschsee Versicherung", "#0b4f8a",
                  paras(MASCHSEE_LINK.split("https://")[0])
                  + button("Termin auswählen",
                           "https://maschsee-versicherung.jobs.personio.de/interview/schedule/8f3c21")
                  + paras("Die verfügbaren Termine liegen zwischen dem 20. und 24. Juli 2026."),
                  "Powered by Personio · Datenschutz", "de"),
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

ZFM_INVITE = body("""
    Aktenzeichen: P 2 – 2026/0417

    Sehr geehrter Herr Osei-Lindqvist,

    nach Sichtung aller eingegangenen Bewerbungen für die Stelle einer Referentin / eines
    Referenten Marktintegrität (Entgeltgruppe E 11 TVöD) laden wir Sie zu einem strukturierten
    Auswahlgespräch ein.

    Termin:    Dienstag, 8. September 2026, 13:30 Uhr
    Ort:       Zentralstelle für Marktintegrität, Dienstgebäude Mainzer Landstraße 200,
               60327 Frankfurt am Main, Raum 4.112
    Kommission: Referatsleitung, Personalreferat, Personalrat, Gleichstellungsbeauftragte

    Das Gespräch dauert etwa 60 Minuten. Zu Beginn erhalten Sie eine kurze schriftliche
    Aufgabe (15 Minuten Vorbereitungszeit). Bitte bringen Sie Ihren Personalausweis sowie die
    Originale Ihrer Zeugnisse mit.

    Reisekosten werden nach dem Bundesreisekostengesetz erstattet; das Formular liegt am
    Empfang bereit.

    Bitte bestätigen Sie Ihre Teilnahme bis zum 31. August 2026 an die unten genannte
    Ansprechpartnerin.

    Im Auftrag
    Ines Wachowiak
    Referat P 2 – Personalgewinnung
    Zentralstelle für Marktintegrität
    Telefon +49 69 5550 4172
""")

add(id="inv_zfm", kind="interview_invitation", slug="regulator_selection_interview",
    lang="de", company="Zentralstelle für Marktintegrität", contact=INES[1],
    frm=("ZfM Personalgewinnung", "personalgewinnung@zfm.example.de"), reply_to=INES,
    subject="Einladung zum Auswahlgespräch – Referent/in Marktintegrität (P 2 – 2026/0417)",
    date="2026-08-24 10:15 +0200", text=ZFM_INVITE, cte="8bit", parent="ack_zfm")

MAINHATTAN_ASSESS = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    vielen Dank für Ihre Bewerbung als Junior Analyst Regulatory Compliance (m/w/d).

    Im nächsten Schritt laden wir Sie zu unserem Online-Assessment ein. Es besteht aus einem
    Test zum analytischen Denken (ca. 25 Minuten) und einem Fallbeispiel zu Meldepflichten
    (ca. 35 Minuten). Sie können das Assessment bis zum 17. August 2026, 23:59 Uhr, jederzeit
    starten:

    https://career5.successfactors.eu/career?company=mainhattan&assessment=ac71f

    Sorgen Sie bitte für eine stabile Internetverbindung und eine ruhige Umgebung. Nach der
    Auswertung melden wir uns mit den nächsten Schritten.

    Mit freundlichen Grüßen
    Talent Acquisition | Mainhattan Clearing AG

    Dies ist eine automatisch generierte Nachricht. Antworten auf diese E-Mail werden nicht
    gelesen.
""")

add(id="inv_mainhattan_assess", kind="interview_invitation", slug="online_assessment_successfactors",
    lang="de", company="Mainhattan Clearing", contact="",
    frm=("Mainhattan Clearing Karriere", "noreply@successfactors.eu"),
    subject="Einladung zum Online-Assessment", date="2026-08-10 07:30 +0000",
    text=MAINHATTAN_ASSESS, cte="base64",
    html=ats_card("Mainhattan Clearing", "#5b21b6", paras(MAINHATTAN_ASSESS),
                  "SAP SuccessFactors Recruiting", "de"),
    headers=[("Auto-Submitted", "auto-generated")])

HERRENHAUSEN_FWD_INNER = body("""
    Hallo Nils,

    ich habe mir die Bewerbung von Herrn Osei-Lindqvist angesehen – der Hintergrund aus dem
    Filialgeschäft ist für unser Kundenrisiko-Team genau richtig. Bitte lade ihn zu einem
    Gespräch mit mir und Herrn Özdemir ein. Mir passt Donnerstag, 10.9., ab 13 Uhr, alternativ
    Freitag, 11.9., vormittags.

    Danke und Gruß
    Claudia

    Claudia Freitag
    Abteilungsleiterin Compliance
    Herrenhausen Assekuranz AG
""")

HERRENHAUSEN_FWD = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    zu Ihrer Bewerbung habe ich eine erfreuliche Rückmeldung aus der Fachabteilung, die ich
    Ihnen unten weiterleite. Frau Freitag würde Sie gern kennenlernen.

    Passt Ihnen Donnerstag, der 10. September, um 13:00 Uhr bei uns in Hannover
    (Herrenhäuser Straße 12)? Falls nicht, ginge auch Freitag, 11. September, um 10:00 Uhr.

    Viele Grüße
    Nils Obermeyer
    Personalreferent | Herrenhausen Assekuranz AG
    Tel. +49 511 5550 6602

""") + "\n" + forward_block("de", "Claudia Freitag <claudia.freitag@herrenhausen-assekuranz.example.de>",
                     "Di., 1. Sept. 2026 um 17:44", "Bewerbung Osei-Lindqvist",
                     "Nils Obermeyer <nils.obermeyer@herrenhausen-assekuranz.example.de>") \
    + "\n" + HERRENHAUSEN_FWD_INNER

add(id="inv_herrenhausen_fwd", kind="interview_invitation", slug="recruiter_forwards_manager_slot",
    lang="de", company="Herrenhausen Assekuranz", contact=NILS[1], frm=NILS,
    subject="WG: Bewerbung Osei-Lindqvist", date="2026-09-02 08:55 +0200",
    text=HERRENHAUSEN_FWD, html=outlook_html(mso(HERRENHAUSEN_FWD), "de"),
    cte="quoted-printable")

# ---- English invitations

ELBFINANZ_INVITE = body("""
    Hi Ferdinand,

    Thanks again for applying to the Compliance Analyst (AML) role at Elbfinanz. The team
    enjoyed reading your application, and we'd like to invite you to a first 45-minute video
    interview with Jonas Feddersen, our MLRO, and me.

    Please choose a time that works for you using the link below - it shows our live
    availability for the next two weeks:

    https://app.greenhouse.io/scheduling/elbfinanz/7cd3a1e0?candidate=ferdinand-osei-lindqvist

    If none of the slots work, just reply to this email and we'll find something.

    Best,
    Lina

    Lina Hartmann | Talent Partner | Elbfinanz
    Großer Burstah 31, 20457 Hamburg
""")

add(id="inv_elbfinanz", kind="interview_invitation", slug="greenhouse_scheduling_link",
    lang="en", company="Elbfinanz", contact=LINA[1],
    frm=("Lina Hartmann via Greenhouse", "no-reply@greenhouse-mail.io"), reply_to=LINA,
    subject="Interview invitation: Compliance Analyst (AML) at Elbfinanz",
    date="2026-01-22 10:41 +0000", text=ELBFINANZ_INVITE,
    html=ats_card("Elbfinanz", "#111827",
                  paras(ELBFINANZ_INVITE.split("https://")[0])
                  + button("Pick a time",
                           "https://app.greenhouse.io/scheduling/elbfinanz/7cd3a1e0"
                           "?candidate=ferdinand-osei-lindqvist")
                  + paras("If none of the slots work, just reply to this email and we'll find "
                          "something.\n\nBest,\nLina"),
                  "Sent with Greenhouse"),
    cte="quoted-printable", parent="ack_elbfinanz")

KEIZERS_SCREEN = body("""
    Hi Ferdinand,

    I'm Sanne, the recruiter for our Compliance Analyst (KYC & Onboarding) opening in Amsterdam.
    Thanks for your application - your background on the front line of a retail bank is a
    great fit for what our onboarding team deals with every day.

    Would you have 30 minutes on Thursday 5 March at 15:00 CET for an intro call? We'd talk
    about the role, the team, your motivation and practicalities like relocation and notice
    period. It's a phone call; I'll ring the number on your CV unless you prefer Zoom.

    Let me know if that works or suggest another time this week.

    Cheers,
    Sanne de Vries
    Talent Acquisition Lead, Keizersgracht Payments
    Keizersgracht 412, 1016 GC Amsterdam
""")

add(id="inv_keizersgracht", kind="interview_invitation", slug="lever_recruiter_intro_call",
    lang="en", company="Keizersgracht Payments", contact=SANNE[1],
    frm=("Sanne de Vries", "no-reply@hire.lever.co"), reply_to=SANNE,
    subject="Intro call - Compliance Analyst (KYC & Onboarding)",
    date="2026-03-02 14:06 +0100", text=KEIZERS_SCREEN)

LEDGER_SCHEDULE = body("""
    Hi Ferdinand,

    Great news - the Ledgerline team would like to move forward with a video interview for the
    Financial Crime Analyst position.

    Interview: Hiring manager conversation (45 min)
    With: Femke Bakker, Head of Financial Crime

    Please book a slot here: https://jobs.ashbyhq.com/ledgerline/schedule/2f9e7b

    Once booked you'll receive a calendar invitation with a Google Meet link.

    Ledgerline Talent Team
""")

add(id="inv_ledgerline", kind="interview_invitation", slug="ashby_book_a_slot",
    lang="en", company="Ledgerline", contact="",
    frm=("Ledgerline Talent", "no-reply@ashbyhq.com"),
    subject="Next step: book your interview with Ledgerline",
    date="2026-03-16 09:12 +0100", text=LEDGER_SCHEDULE, cte="base64",
    html=ats_card("Ledgerline", "#16a34a", paras(LEDGER_SCHEDULE), "Powered by Ashby"),
    parent="ack_ledgerline")

CANAL_HERENGRACHT = body("""
    Dear Ferdinand,

    Quick update from my side: Herengracht Bank would like to meet you for the Transaction
    Monitoring Analyst role we discussed. The interview is with Pieter Smit (Head of TM) and
    someone from HR.

    Proposed: Tuesday 28 April, 14:00-15:00 CEST, at their office on Herengracht 180,
    Amsterdam. If travelling from Bremen that day is a problem, they can do it on Teams.

    Could you confirm by Thursday? I'll send you a short prep sheet with what Pieter usually
    asks.

    Kind regards,
    Priya

    Priya Raman
    Senior Consultant, Financial Services
    Canal Talent Partners B.V.
    Prinsengracht 301, 1016 GW Amsterdam | +31 20 555 0173
""")

add(id="inv_canal_herengracht", kind="interview_invitation", slug="agency_client_interview_amsterdam",
    lang="en", company="Herengracht Bank", contact=PRIYA[1], frm=PRIYA,
    subject="Herengracht Bank wants to meet you", date="2026-04-21 11:50 +0200",
    text=CANAL_HERENGRACHT, parent="ack_canal")

PAYTLI_CHAT = body("""
    Hey Ferdinand,

    thanks for reaching out about the compliance role - your note was refreshingly to the
    point. Are you free Thursday to chat? Something like 30 minutes on Zoom around 17:00
    Zurich time would suit me. Nothing formal, I'd just like to hear how you ended up wanting
    to do compliance and tell you what we're building.

    Marco

    Marco Keller
    Co-founder & COO, Paytli AG
    Hardstrasse 201, 8005 Zürich

""") + "\n" + wrote("en", "Mon, 4 May 2026 at 21:13", "Ferdinand Osei-Lindqvist", ME[1]) + "\n" \
    + quote(body("""
    Dear Mr Keller,

    I am applying for the Compliance Analyst position advertised on your website. I have worked
    for six years as a bank teller in Bremen and recently completed a certificate in anti-money
    laundering. My CV is attached; I would be glad to tell you more.

    Kind regards,
    Ferdinand Osei-Lindqvist
"""))

add(id="inv_paytli", kind="interview_invitation", slug="cofounder_free_thursday_to_chat",
    lang="en", company="Paytli", contact=MARCO[1], frm=MARCO,
    subject="Re: Application - Compliance Analyst", date="2026-05-05 08:17 +0200",
    text=PAYTLI_CHAT, refs=["<a91c.2026-05-04.ferdinand@example.de>"])

MOSELLE_INVITE = body("""
    Dear Ferdinand,

    Following your application for the position of Compliance Officer - AML/CTF, I am pleased
    to invite you to an interview with Mr. Luc Feltgen (Chief Compliance Officer) and myself.

    Date: Tuesday, 16 June 2026
    Time: 10:00 - 11:00 (Luxembourg time)
    Format: Microsoft Teams - the link is in the attached meeting request

    The interview will be held in English; a few questions may be asked in French or German,
    as our clients are mostly from the Greater Region.

    Please accept the meeting request to confirm.

    Best regards,

    Sophie Weber
    HR Officer
    Moselle Assurances S.A.
    12, rue Alphonse Weicker, L-2721 Luxembourg
    T +352 555 612 48

    This e-mail and any attachments are confidential and intended solely for the addressee. If
    you have received it in error, please notify the sender and delete it. Moselle Assurances
    S.A., R.C.S. Luxembourg B 000000.
""")

add(id="inv_moselle", kind="interview_invitation", slug="luxembourg_teams_request",
    lang="en", company="Moselle Assurances", contact=SOPHIE[1], frm=SOPHIE,
    subject="Interview - Compliance Officer AML/CTF - 16 June 2026",
    date="2026-06-08 16:22 +0200", text=MOSELLE_INVITE,
    html=outlook_html(mso(MOSELLE_INVITE), "en"), cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "moselle-hr-20260616-1000-ferdinand", "seq": 0,
         "start": "20260616T100000", "end": "20260616T110000",
         "tz": "Europe/Luxembourg",
         "summary": "Interview Compliance Officer AML/CTF - F. Osei-Lindqvist",
         "location": "Microsoft Teams Meeting", "organizer": SOPHIE,
         "attendees": [ME, ("Luc Feltgen", "luc.feltgen@moselle-assurances.example.lu")],
         "description": "Join: https://teams.example.com/l/meetup-join/moselle-1606"})

AFI_INVITE = body("""
    Dear Mr Osei-Lindqvist,

    Thank you for applying for the position of Supervisory Analyst, Integrity Risk at the
    Autoriteit Financiële Integriteit (AFI). We would like to invite you to the second
    selection round, which consists of two parts on the same morning:

    1. A written case exercise (60 minutes). You will review a fictional payment institution's
       customer due diligence file and write a short supervisory assessment.
    2. A panel interview (45 minutes) with two supervisors from the Payments & Crypto
       department and an HR adviser.

    Date: Wednesday 15 July 2026, 09:00-11:30
    Location: AFI, Wibautstraat 150, Amsterdam (ask for me at reception)

    The attached briefing explains the case format. Working language is English. Please let
    me know by 10 July whether you can attend and whether you need any adjustments.

    With kind regards,

    Joost van Dijk
    Recruitment Adviser
    Autoriteit Financiële Integriteit
""")

add(id="inv_afi", kind="interview_invitation", slug="regulator_case_and_panel",
    lang="en", company="Autoriteit Financiële Integriteit", contact=JOOST[1], frm=JOOST,
    subject="Invitation: case exercise and panel interview – Autoriteit Financiële Integriteit",
    subj_enc=("utf-8", "B"),
    date="2026-07-06 13:37 +0200", text=AFI_INVITE, cte="quoted-printable",
    pdf=[{"name": "AFI_case_briefing.pdf", "title": "Case exercise - briefing",
          "lines": ["You will receive a fictional CDD file on paper.",
                    "Write a supervisory assessment of at most two pages.",
                    "Dictionaries are allowed; laptops are provided."]}])

# ---- French invitations

PETRUSSE_INVITE = body("""
    Bonjour Monsieur Osei-Lindqvist,

    Suite à l'examen de votre candidature au poste d'Analyste Conformité KYC, nous avons le
    plaisir de vous convier à un entretien avec Mme Nathalie Reuter, Responsable Conformité,
    et moi-même.

    Date : mercredi 25 février 2026
    Heure : 14h30 – 15h30
    Lieu : Banque Pétrusse, 7, boulevard Royal, L-2449 Luxembourg (3e étage)

    Vous trouverez ci-joint l'invitation au format calendrier. L'entretien se déroulera en
    français ; une partie pourra avoir lieu en anglais.

    Je vous remercie de bien vouloir accepter l'invitation ou de me proposer un autre créneau.

    Bien cordialement,

    Claire Hoffmann
    Chargée de recrutement
    Banque Pétrusse S.A.
    7, boulevard Royal · L-2449 Luxembourg
    Tél. +352 555 4020 17
""")

add(id="inv_petrusse", kind="interview_invitation", slug="luxembourg_bank_entretien_ics",
    lang="fr", company="Banque Pétrusse", contact=CLAIRE[1], frm=CLAIRE,
    subject="Invitation à un entretien – Analyste Conformité KYC",
    date="2026-02-17 10:05 +0100", text=PETRUSSE_INVITE,
    html=outlook_html(mso(PETRUSSE_INVITE), "fr"), cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "petrusse-rh-20260225-1430", "seq": 0,
         "start": "20260225T143000", "end": "20260225T153000", "tz": "Europe/Luxembourg",
         "summary": "Entretien Analyste Conformité KYC – F. Osei-Lindqvist",
         "location": "Banque Pétrusse, 7 boulevard Royal, Luxembourg", "organizer": CLAIRE,
         "attendees": [ME, ("Nathalie Reuter", "nathalie.reuter@banquepetrusse.example.lu")],
         "attach": True, "file": "entretien.ics", "cte": "quoted-printable"},
    parent="ack_petrusse")

LACROIX_INVITE = body("""
    Monsieur,

    Nous avons bien étudié votre dossier pour le poste d'Analyste Conformité (LCB-FT) au sein
    de notre département Services financiers, et nous souhaitons vous rencontrer.

    Je vous propose un entretien le mercredi 15 avril à 10h00 dans nos locaux, 18 rue de la
    Chaussée-d'Antin, 75009 Paris. Vous rencontrerez Mme Hélène Dufresne, associée, ainsi que
    moi-même. Comptez environ une heure.

    Si vous ne pouvez pas vous déplacer, un entretien en visioconférence est possible.
    Merci de me confirmer votre disponibilité.

    Cordialement,

    Julien Marchetti
    Responsable recrutement
    Lacroix & Vernet Audit
    18 rue de la Chaussée-d'Antin, 75009 Paris
    01 55 50 32 18
""")

add(id="inv_lacroix", kind="interview_invitation", slug="paris_audit_firm_entretien",
    lang="fr", company="Lacroix & Vernet Audit", contact=JULIEN[1], frm=JULIEN,
    subject="Entretien – poste d'Analyste Conformité (LCB-FT)", subj_enc=("utf-8", "B"),
    charset="iso-8859-1", cte="quoted-printable",
    date="2026-04-08 17:02 +0200", text=LACROIX_INVITE)

VAUBAN_PAYMOULIN = body("""
    Bonjour Ferdinand,

    Excellente nouvelle : Paymoulin souhaite vous rencontrer pour le poste de Compliance
    Analyst que je vous ai présenté la semaine dernière !

    L'entretien aura lieu le mercredi 10 juin à 11h00, en visio (Google Meet), avec Thomas
    Lefebvre, Head of Compliance, et Inès Baraka, Risk Manager. Le lien vous sera envoyé par
    Paymoulin directement.

    Je vous appelle lundi pour vous donner quelques conseils : ils aiment les exemples concrets
    de détection d'opérations inhabituelles.

    Merci de me confirmer que le créneau vous convient.

    À très vite,
    Élodie

    Élodie Garnier
    Consultante senior – Banque & Assurance
    Vauban Conseil RH
    42 avenue de l'Opéra, 75002 Paris
    06 55 50 71 24
""")

add(id="inv_vauban_paymoulin", kind="interview_invitation", slug="cabinet_sets_up_client_visio",
    lang="fr", company="Paymoulin", contact=ELODIE[1], frm=ELODIE, frm_enc=("iso-8859-1", "Q"),
    subject="Entretien chez Paymoulin – mercredi 10 juin 11h",
    date="2026-06-03 18:30 +0200", text=VAUBAN_PAYMOULIN,
    html=plain_html(paras(VAUBAN_PAYMOULIN), "fr"), cte="8bit")

# ---- Spanish invitations

CASTELLANA_INVITE = body("""
    Hola Ferdinand:

    Gracias por tu interés en la vacante de Analista de Cumplimiento Normativo (PBC/FT) en
    Banco Castellana. Nos gustaría conocerte en una primera entrevista telefónica.

    Te propongo el jueves 12 de marzo a las 10:00 (hora de Madrid). Te llamaré yo al número que
    aparece en tu currículum; la conversación durará unos 30 minutos y podremos hacerla en
    español o en inglés, como prefieras.

    ¿Me confirmas si te viene bien?

    Un saludo,

    Lucía Fernández Ortega
    Técnica de Selección
    Banco Castellana, S.A.
    Paseo de la Castellana 89, 28046 Madrid
    Tel. +34 91 555 38 20
""")

add(id="inv_castellana", kind="interview_invitation", slug="madrid_bank_phone_interview",
    lang="es", company="Banco Castellana", contact=LUCIA[1], frm=LUCIA,
    subject="Entrevista telefónica – Analista de Cumplimiento Normativo",
    date="2026-03-05 12:44 +0100", text=CASTELLANA_INVITE,
    html=plain_html(paras(CASTELLANA_INVITE), "es"), cte="quoted-printable",
    parent="ack_castellana")

RETIRO_INVITE = body("""
    Estimado Ferdinand:

    Nos complace invitarte a la siguiente fase del proceso de selección para el puesto de
    Analista de Cumplimiento en Seguros Retiro.

    Se trata de una jornada de evaluación en nuestras oficinas (calle de Alcalá 120, Madrid)
    el martes 23 de junio, de 9:30 a 13:30. Incluye:

    - una dinámica de grupo con otros cinco candidatos,
    - un caso práctico sobre diligencia debida de clientes,
    - una entrevista individual con la responsable del área, Carmen Vidal.

    Te rogamos que confirmes tu asistencia respondiendo a este correo antes del 19 de junio.

    Atentamente,

    Javier Morales
    Departamento de Personas
    Seguros Retiro, S.A.
    C/ de Alcalá 120, 28009 Madrid
""")

add(id="inv_retiro", kind="interview_invitation", slug="assessment_day_group_dynamic",
    lang="es", company="Seguros Retiro", contact=JAVIER[1], frm=JAVIER,
    subject="Invitación a jornada de evaluación: Analista de Cumplimiento",
    subj_enc=("iso-8859-1", "B"),
    date="2026-06-16 11:03 +0200", html=outlook_html(mso(RETIRO_INVITE), "es"),
    html_cte="quoted-printable")

TALENTO_CALL = body("""
    Hola Ferdinand,

    soy Marta, de Talento Ibérico. He visto tu perfil en nuestra base de datos y tengo una
    posición de analista KYC para una aseguradora en Madrid que encaja bastante bien contigo.

    ¿Tienes 15 minutos mañana para una llamada? Yo podría a las 12:00 o a las 17:30. Así te
    cuento los detalles y vemos si te interesa que presente tu candidatura.

    Un abrazo,
    Marta Ibáñez
    Consultora de Selección | Talento Ibérico
    +34 600 555 412
""")

add(id="inv_talento", kind="interview_invitation", slug="agency_fifteen_minutes_tomorrow",
    lang="es", company="Talento Ibérico", contact=MARTA[1], frm=MARTA, frm_enc=("utf-8", "B"),
    subject="¿Hablamos mañana?", date="2026-07-22 10:20 +0200", text=TALENTO_CALL,
    charset="iso-8859-1", cte="base64", parent="ack_talento")

# =============================================================================== reschedules

add(id="rs_weser", kind="interview_reschedule_or_cancel", slug="calendar_update_sequence_bump",
    lang="de", company="Weserbank", contact=KERSTIN[1], frm=KERSTIN, parent="inv_weser",
    subject="Aktualisiert: Vorstellungsgespräch Compliance Analyst – neuer Termin 19.02.",
    date="2026-02-13 16:08 +0100",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Frau Dr. Wolters muss am Dienstagnachmittag kurzfristig an einer Vorstandssitzung
        teilnehmen. Wir verlegen unser Gespräch deshalb auf

          Donnerstag, 19. Februar 2026, 10:00 – 11:00 Uhr (weiterhin per Teams).

        Die aktualisierte Kalendereinladung ersetzt die bisherige. Ich hoffe, der neue Termin
        passt Ihnen – sonst melden Sie sich bitte.

        Mit freundlichen Grüßen
        Kerstin Albrecht-Meyer
        Personalreferentin · Weserbank AG · Telefon +49 421 5550 2217

    """) + "\n" + WESER_FOOT,
    cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "040000008200E00074C5B7101A82E00800000000C1F2-weser",
         "seq": 1, "start": "20260219T100000", "end": "20260219T110000",
         "summary": "Vorstellungsgespräch Compliance Analyst – F. Osei-Lindqvist",
         "location": "Microsoft Teams-Besprechung", "organizer": KERSTIN,
         "attendees": [ME, ("Dr. Annika Wolters", "a.wolters@weserbank.example.de")]},
    headers=[("X-Mailer", "Microsoft Outlook 16.0")])

LEINETAL_MOVE = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    wegen einer Terminüberschneidung in der Fachabteilung müssen wir das Assessment-Center
    leider um eine Woche verschieben. Neuer Termin ist Donnerstag, der 30. April 2026, gleicher
    Ort, gleiche Uhrzeit (Beginn 08:45 Uhr). Der Ablauf bleibt unverändert.

    Bitte geben Sie mir kurz Bescheid, ob Sie den neuen Termin wahrnehmen können. Wir
    bedauern die Umstände.

    Freundliche Grüße
    Anja Kowalczyk
    Recruiting & Employer Branding | Leinetal Versicherungsgruppe

""")

add(id="rs_leinetal", kind="interview_reschedule_or_cancel", slug="assessment_centre_moved_week",
    lang="de", company="Leinetal Versicherungsgruppe", contact=ANJA[1], frm=ANJA,
    parent="inv_leinetal_ac",
    subject="AW: Einladung zum Assessment-Center am 23.04.2026 – Terminverschiebung",
    date="2026-04-14 14:26 +0200",
    text=lambda get: LEINETAL_MOVE + "\n" + outlook_block(
        "de", "Anja Kowalczyk", "Dienstag, 7. April 2026 10:02",
        "Ferdinand Osei-Lindqvist", "Einladung zum Assessment-Center am 23.04.2026")
    + "\n" + get("inv_leinetal_ac"),
    cte="quoted-printable")

add(id="rs_alster_newslot", kind="interview_reschedule_or_cancel", slug="new_slot_after_apology",
    lang="de", company="Alsterkontor Privatbank", contact=MERLE[1], frm=MERLE,
    parent="oth_alster_apology",
    subject="AW: Entschuldigung – Termin heute", date="2026-03-11 09:14 +0100",
    text=lambda get: body("""
        Hallo Herr Osei-Lindqvist,

        danke für Ihre Nachricht – so etwas kann passieren. Dr. Paulsen und Frau Ohlsen haben
        nächste Woche noch einmal Zeit: Wir verlegen das Panelgespräch auf Dienstag, 17. März,
        09:00 bis 10:15 Uhr, wieder per Teams. Die neue Einladung kommt gleich separat.

        Bitte prüfen Sie vorher kurz Ihren Teams-Zugang über den Testlink.

        Beste Grüße
        Merle Johannsen

    """) + "\n" + wrote("de", "Di., 10. März 2026 um 12:31", "Ferdinand Osei-Lindqvist", ME[1])
    + "\n" + quote(get("oth_alster_apology")),
    charset="windows-1252", cte="quoted-printable")

add(id="rs_taunus_ill", kind="interview_reschedule_or_cancel", slug="cco_ill_meeting_called_off",
    lang="de", company="Taunus Kapitalbank", contact=CAROLIN[1], frm=CAROLIN,
    parent="inv_kompass_taunus",
    subject="Morgiges Gespräch bei der Taunus Kapitalbank muss ausfallen",
    date="2026-05-19 17:45 +0200",
    text=body("""
        Lieber Herr Osei-Lindqvist,

        leider eine kurzfristige Änderung: Herr Grünewald ist erkrankt, und das Gespräch
        morgen um 11:00 Uhr muss ausfallen. Die Bank hat ausdrücklich betont, dass sich an
        ihrem Interesse nichts ändert – wir suchen gerade einen Ersatztermin in der Woche
        nach Pfingsten.

        Ihr Bahnticket können Sie kostenlos stornieren; die Buchungsbestätigung habe ich
        bereits angepasst. Ich melde mich, sobald ich neue Terminvorschläge habe.

        Herzliche Grüße
        Carolin Vogt-Haas
        Kompass Executive Search · +49 69 5550 9120
    """),
    cte="8bit")

add(id="rs_zfm_cancel", kind="interview_reschedule_or_cancel", slug="outlook_method_cancel",
    lang="de", company="Zentralstelle für Marktintegrität", contact=INES[1], frm=INES,
    parent="inv_zfm",
    subject="Abgesagt: Strukturiertes Auswahlgespräch Marktintegrität (P 2 – 2026/0417)",
    subj_enc=("utf-8", "Q"), date="2026-09-01 11:48 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        der Termin am 8. September 2026 muss leider entfallen, da die Auswahlkommission an
        diesem Tag nicht vollständig besetzt werden kann. Das Auswahlverfahren wird
        fortgesetzt; einen Ersatztermin teilen wir Ihnen in den nächsten Tagen mit.

        Im Auftrag
        Ines Wachowiak
        Referat P 2 – Personalgewinnung
    """),
    cte="quoted-printable",
    ics={"method": "CANCEL", "uid": "zfm-p2-2026-0417-ag-ferdinand", "seq": 1,
         "start": "20260908T133000", "end": "20260908T143000",
         "summary": "Strukturiertes Auswahlgespräch Marktintegrität",
         "location": "Mainzer Landstraße 200, Raum 4.112", "organizer": INES})

add(id="rs_wuemme_moved", kind="interview_reschedule_or_cancel", slug="phone_screen_moved_thursday",
    lang="de", company="Wümme Sparkasse", contact=SABINE[1], frm=SABINE,
    parent="oth_wuemme_request",
    subject="AW: Kurzes Telefonat zu Ihrer Bewerbung?", date="2026-06-02 08:03 +0200",
    text=lambda get: body("""
        Guten Morgen Herr Osei-Lindqvist,

        kein Problem, dann verschieben wir unser Telefonat auf Donnerstag, 4. Juni, 14:00 Uhr.
        Ich rufe Sie wie besprochen auf dem Handy an.

        Freundliche Grüße
        Sabine Dreyer

    """) + "\n" + wrote("de", "01.06.2026 21:40", "Ferdinand Osei-Lindqvist", ME[1]) + "\n"
    + quote(get("oth_wuemme_request")),
    charset="iso-8859-1", cte="8bit")

add(id="rs_treuhand_postponed", kind="interview_reschedule_or_cancel", slug="trial_day_postponed",
    lang="de", company="Bremer Treuhand Nord", contact=ULRIKE[1], frm=ULRIKE,
    parent="inv_treuhand_trial",
    subject="Probearbeitstag – neuer Termin 16. Juli", date="2026-07-06 07:52 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Herr Brandt und sein Team sind in der kommenden Woche unerwartet bei einem Mandanten
        in Oldenburg gebunden. Damit Ihr Probearbeitstag nicht an einem leeren Schreibtisch
        stattfindet, würden wir ihn gern um eine Woche auf Donnerstag, den 16. Juli,
        verschieben – Uhrzeit und Ablauf wie besprochen.

        Passt Ihnen das? Für die Umstände bitte ich um Entschuldigung.

        Mit freundlichen Grüßen
        Ulrike Hasselbrink
        Bremer Treuhand Nord · Langenstraße 52 · 28195 Bremen
    """),
    charset="windows-1252", cte="base64")

add(id="rse_keizersgracht", kind="interview_reschedule_or_cancel", slug="lever_move_to_friday",
    lang="en", company="Keizersgracht Payments", contact=SANNE[1],
    frm=("Sanne de Vries", "no-reply@hire.lever.co"), reply_to=SANNE, parent="inv_keizersgracht",
    subject="Re: Intro call - Compliance Analyst (KYC & Onboarding)",
    date="2026-03-04 18:21 +0100",
    text=lambda get: body("""
        Hi Ferdinand,

        Apologies for the short notice - I've been pulled into a regulator visit on Thursday
        afternoon. Could we move our intro call to Friday 6 March at 11:00 CET instead? Same
        format, I'll call your mobile.

        If Friday doesn't suit, Monday morning is wide open.

        Thanks for your flexibility,
        Sanne

    """) + "\n" + wrote("en", "Mon, Mar 2, 2026 at 2:06 PM", "Sanne de Vries", "no-reply@hire.lever.co")
    + "\n" + quote(get("inv_keizersgracht")))

add(id="rse_herengracht", kind="interview_reschedule_or_cancel", slug="client_moves_interview",
    lang="en", company="Herengracht Bank", contact=PRIYA[1], frm=PRIYA,
    parent="inv_canal_herengracht",
    subject="Change of date: Herengracht Bank interview", date="2026-04-27 10:09 +0200",
    text=body("""
        Hi Ferdinand,

        Herengracht Bank have asked to move tomorrow's interview: Pieter is needed at an
        audit committee meeting. The new slot is Tuesday 5 May, 14:00-15:00 CEST, same
        place. They apologised and said they're still keen.

        Can you make the 5th? If yes I'll confirm straight away.

        Best,
        Priya
        Canal Talent Partners | +31 20 555 0173
    """),
    html=plain_html(paras(body("""
        Hi Ferdinand,

        Herengracht Bank have asked to move tomorrow's interview: Pieter is needed at an
        audit committee meeting. The new slot is Tuesday 5 May, 14:00-15:00 CEST, same
        place. They apologised and said they're still keen.

        Can you make the 5th? If yes I'll confirm straight away.

        Best,
        Priya
        Canal Talent Partners | +31 20 555 0173
    """))))

add(id="rse_moselle_update", kind="interview_reschedule_or_cancel", slug="updated_request_seq_two",
    lang="en", company="Moselle Assurances", contact=SOPHIE[1], frm=SOPHIE,
    parent="oth_moselle_request",
    subject="Updated invitation: Interview Compliance Officer AML/CTF - 17 June 2026, 15:00",
    date="2026-06-10 09:40 +0200",
    text=lambda get: body("""
        Dear Ferdinand,

        No problem at all. Mr. Feltgen is available on Wednesday 17 June at 15:00, so I have
        updated the meeting request accordingly. The Teams link stays the same.

        Best regards,
        Sophie Weber
        HR Officer | Moselle Assurances S.A.

    """) + "\n" + outlook_block("en", "Ferdinand Osei-Lindqvist <ferdinand.ol@example.de>",
                         "Tuesday, June 9, 2026 7:58 PM", "Sophie Weber",
                         "Interview - Compliance Officer AML/CTF - 16 June 2026")
    + "\n" + get("oth_moselle_request"),
    cte="quoted-printable",
    ics={"method": "REQUEST", "uid": "moselle-hr-20260616-1000-ferdinand", "seq": 2,
         "start": "20260617T150000", "end": "20260617T160000", "tz": "Europe/Luxembourg",
         "summary": "Interview Compliance Officer AML/CTF - F. Osei-Lindqvist",
         "location": "Microsoft Teams Meeting", "organizer": SOPHIE,
         "attendees": [ME, ("Luc Feltgen", "luc.feltgen@moselle-assurances.example.lu")]})

add(id="rse_paytli_cancel", kind="interview_reschedule_or_cancel", slug="cofounder_calls_off_call",
    lang="en", company="Paytli", contact=MARCO[1], frm=MARCO, parent="inv_paytli",
    subject="Tomorrow's call", date="2026-05-11 22:47 +0200",
    text=body("""
        Ferdinand,

        I have to cancel our call tomorrow, sorry - our board meeting got moved to exactly that
        slot. This is not a brush-off: I'll come back to you with a new time early next week.

        Marco

        Sent from my phone
    """))

add(id="rsf_petrusse_cancel", kind="interview_reschedule_or_cancel", slug="interviewer_ill_cancel",
    lang="fr", company="Banque Pétrusse", contact=CLAIRE[1], frm=CLAIRE, parent="inv_petrusse",
    subject="Annulé : Entretien Analyste Conformité KYC – F. Osei-Lindqvist",
    subj_enc=("utf-8", "B"), date="2026-02-23 08:31 +0100",
    text=body("""
        Bonjour Monsieur Osei-Lindqvist,

        Mme Reuter est souffrante cette semaine et nous devons malheureusement annuler
        l'entretien prévu mercredi 25 février à 14h30. Votre candidature reste bien entendu
        d'actualité : je reviendrai vers vous d'ici quelques jours avec de nouvelles
        disponibilités.

        Avec toutes nos excuses,

        Claire Hoffmann
        Chargée de recrutement · Banque Pétrusse S.A.
    """),
    html=outlook_html(mso(body("""
        Bonjour Monsieur Osei-Lindqvist,

        Mme Reuter est souffrante cette semaine et nous devons malheureusement annuler
        l'entretien prévu mercredi 25 février à 14h30. Votre candidature reste bien entendu
        d'actualité : je reviendrai vers vous d'ici quelques jours avec de nouvelles
        disponibilités.

        Avec toutes nos excuses,

        Claire Hoffmann
        Chargée de recrutement · Banque Pétrusse S.A.
    """)), "fr"),
    cte="quoted-printable",
    ics={"method": "CANCEL", "uid": "petrusse-rh-20260225-1430", "seq": 1,
         "start": "20260225T143000", "end": "20260225T153000", "tz": "Europe/Luxembourg",
         "summary": "Entretien Analyste Conformité KYC – F. Osei-Lindqvist",
         "location": "Banque Pétrusse, 7 boulevard Royal, Luxembourg", "organizer": CLAIRE})

add(id="rsf_lacroix_moved", kind="interview_reschedule_or_cancel", slug="entretien_decale",
    lang="fr", company="Lacroix & Vernet Audit", contact=JULIEN[1], frm=JULIEN,
    parent="inv_lacroix",
    subject="RE: Entretien – poste d'Analyste Conformité (LCB-FT)", subj_enc=("utf-8", "Q"),
    date="2026-04-13 12:15 +0200",
    text=lambda get: body("""
        Monsieur,

        Mme Dufresne étant retenue en clôture chez un client mercredi matin, je me permets de
        décaler notre entretien au jeudi 16 avril à 16h00, même adresse. Pourriez-vous me
        confirmer que ce nouvel horaire vous convient ?

        Je vous prie de nous excuser pour ce changement.

        Cordialement,
        Julien Marchetti

    """) + "\n" + outlook_block("fr", "Julien Marchetti", "mercredi 8 avril 2026 17:02",
                         "Ferdinand Osei-Lindqvist",
                         "Entretien – poste d'Analyste Conformité (LCB-FT)")
    + "\n" + get("inv_lacroix"),
    cte="quoted-printable")

add(id="rss_retiro", kind="interview_reschedule_or_cancel", slug="cambio_de_hora_jornada",
    lang="es", company="Seguros Retiro", contact=JAVIER[1], frm=JAVIER, parent="oth_retiro_request",
    subject="RE: Invitación a jornada de evaluación – cambio de horario",
    date="2026-06-18 13:10 +0200",
    text=lambda get: body("""
        Hola Ferdinand:

        Gracias por avisar con tiempo. Hemos podido reorganizar los grupos: la jornada del
        martes 23 de junio empezará para ti a las 11:00 en lugar de las 9:30, y terminará hacia
        las 15:00. Así puedes coger el primer vuelo desde Bremen sin problemas.

        Un saludo,
        Javier Morales
        Departamento de Personas · Seguros Retiro

    """) + "\n" + wrote("es", "mié, 17 jun 2026 a las 22:05", "Ferdinand Osei-Lindqvist", ME[1])
    + "\n" + quote(get("oth_retiro_request")),
    cte="quoted-printable")

add(id="rss_pagalia", kind="interview_reschedule_or_cancel", slug="entrevista_cancelada_nueva_fecha",
    lang="es", company="Pagalia", contact=IRENE[1], frm=IRENE,
    subject="Cancelación de la entrevista del jueves", date="2026-09-03 16:34 +0200",
    text=body("""
        Hola Ferdinand:

        Te escribo porque tenemos que cancelar la entrevista de este jueves a las 12:00: el
        director de cumplimiento tiene que viajar a Lisboa por una inspección. Lo sentimos
        mucho.

        Te propongo como nueva fecha el jueves 10 de septiembre a la misma hora, otra vez por
        videollamada. ¿Te encaja? Si no, dime qué días te vienen mejor esa semana.

        Saludos,
        Irene Soto
        People Team · Pagalia
        Calle de Fuencarral 45, 28004 Madrid
    """),
    html=plain_html(paras(body("""
        Hola Ferdinand:

        Te escribo porque tenemos que cancelar la entrevista de este jueves a las 12:00: el
        director de cumplimiento tiene que viajar a Lisboa por una inspección. Lo sentimos
        mucho.

        Te propongo como nueva fecha el jueves 10 de septiembre a la misma hora, otra vez por
        videollamada. ¿Te encaja? Si no, dime qué días te vienen mejor esa semana.

        Saludos,
        Irene Soto
        People Team · Pagalia
        Calle de Fuencarral 45, 28004 Madrid
    """)), "es"),
    charset="windows-1252", cte="quoted-printable")

# =============================================================================== missed

ALSTER_MISSED = body("""
    Hallo Herr Osei-Lindqvist,

    wir haben heute um 10:00 Uhr im Teams-Meeting gut fünfzehn Minuten auf Sie gewartet, Sie
    aber leider nicht angetroffen. Auch telefonisch konnte ich Sie nicht erreichen.

    Ist etwas dazwischengekommen? Melden Sie sich gern kurz bei mir, dann schauen wir, wie
    es weitergeht.

    Beste Grüße
    Merle Johannsen
    Talent Acquisition | Alsterkontor Privatbank AG
    T +49 40 5550 8832
""")

add(id="mis_alster", kind="missed_interview_notice", slug="waited_on_teams_fifteen_minutes",
    lang="de", company="Alsterkontor Privatbank", contact=MERLE[1], frm=MERLE,
    parent="inv_alster",
    subject="Unser Termin heute um 10:00 Uhr", date="2026-03-10 10:41 +0100",
    text=lambda get: ALSTER_MISSED + "\n" + outlook_block(
        "de", "Merle Johannsen", "Dienstag, 3. März 2026 15:47", "Ferdinand Osei-Lindqvist",
        "Einladung: Panelgespräch AML/KYC Analyst – 10.03.2026, 10:00 Uhr")
    + "\n" + get("inv_alster"),
    html=lambda get: outlook_html(mso(ALSTER_MISSED) + "\n<hr>\n" + mso(get("inv_alster")), "de"),
    cte="quoted-printable")

add(id="mis_hanse_call", kind="missed_interview_notice", slug="agency_called_twice_no_answer",
    lang="de", company="Hanse Personal", contact=TOBIAS[1], frm=TOBIAS, parent="ack_hanse",
    subject="Unser Telefontermin heute", date="2026-01-13 11:37 +0100",
    text=body("""
        Hallo Herr Osei-Lindqvist,

        wie vereinbart habe ich Sie heute um 11:00 Uhr angerufen und es um 11:20 Uhr noch
        einmal versucht, leider ging nur die Mailbox ran. Ich hoffe, es ist alles in Ordnung.

        Wenn Sie weiterhin Interesse an unserer Unterstützung haben, schlagen Sie mir gern
        einen neuen Zeitpunkt für das Kennenlerngespräch vor.

        Viele Grüße
        Tobias Rehberg
        Hanse Personal GmbH · Tel. 0421 5550 4410
    """),
    charset="iso-8859-1", cte="quoted-printable")

add(id="mis_maschsee", kind="missed_interview_notice", slug="booked_video_slot_no_show",
    lang="de", company="Maschsee Versicherung", contact=LEA[1], frm=LEA, parent="inv_maschsee_link",
    subject="Ihr Videointerview am 21.07.", date="2026-07-21 15:20 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Sie hatten über unser Buchungssystem den heutigen Termin um 14:30 Uhr für das
        Videointerview gewählt. Herr Kaminski und ich waren im virtuellen Raum, Sie haben sich
        jedoch nicht eingewählt.

        Falls es technische Probleme gab, lassen Sie es mich bitte bis Freitag wissen; dann
        prüfen wir, ob wir Ihnen noch einen weiteren Termin anbieten können.

        Freundliche Grüße
        Lea Sommerfeld
        Personalreferentin
        Maschsee Versicherung
        Rudolf-von-Bennigsen-Ufer 22, 30169 Hannover
    """),
    html=plain_html(paras(body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Sie hatten über unser Buchungssystem den heutigen Termin um 14:30 Uhr für das
        Videointerview gewählt. Herr Kaminski und ich waren im virtuellen Raum, Sie haben sich
        jedoch nicht eingewählt.

        Falls es technische Probleme gab, lassen Sie es mich bitte bis Freitag wissen; dann
        prüfen wir, ob wir Ihnen noch einen weiteren Termin anbieten können.

        Freundliche Grüße
        Lea Sommerfeld
        Personalreferentin
        Maschsee Versicherung
        Rudolf-von-Bennigsen-Ufer 22, 30169 Hannover
    """)), "de"),
    cte="base64")

add(id="mis_wuemme", kind="missed_interview_notice", slug="sparkasse_not_reached_at_two",
    lang="de", company="Wümme Sparkasse", contact=SABINE[1], frm=SABINE, parent="rs_wuemme_moved",
    subject="Telefonat heute 14 Uhr – nicht erreicht", date="2026-06-04 14:32 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        ich habe heute um 14:00 Uhr und noch einmal um 14:15 Uhr versucht, Sie wie vereinbart
        auf Ihrem Handy anzurufen, Sie aber leider nicht erreicht.

        Bitte rufen Sie mich zurück oder schreiben Sie mir, wann es Ihnen passt.

        Mit freundlichen Grüßen
        Sabine Dreyer
        Wümme Sparkasse · Personalabteilung · Telefon 04298 5550 130
    """),
    charset="iso-8859-1", cte="base64")

STEINTOR_INVITE_QUOTED = body("""
    Sehr geehrter Herr Osei-Lindqvist,

    wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 29. September 2026, um
    9:00 Uhr in unsere Geschäftsstelle Am Dobben 18, 28203 Bremen, ein. Bitte melden Sie sich
    am Empfang im Erdgeschoss.

    Mit freundlichen Grüßen
    Wiebke Harms
""")

add(id="mis_steintor", kind="missed_interview_notice", slug="did_not_appear_at_branch",
    lang="de", company="Steintor Privatbank", contact=WIEBKE[1], frm=WIEBKE, parent="ack_steintor",
    subject="AW: Einladung zum Vorstellungsgespräch am 29.09.", date="2026-09-29 10:06 +0200",
    text=body("""
        Sehr geehrter Herr Osei-Lindqvist,

        Frau Dr. Ellerbrock und ich haben Sie heute um 9:00 Uhr zu unserem Gespräch erwartet.
        Leider sind Sie nicht erschienen und haben sich auch nicht abgemeldet.

        Sollte es dafür einen Grund geben, melden Sie sich bitte bis Ende der Woche bei mir.

        Mit freundlichen Grüßen
        Wiebke Harms
        Personal | Steintor Privatbank KG
        Am Dobben 18 · 28203 Bremen · Telefon 0421 5550 9015

    """) + "\n" + wrote("de", "21.09.2026 um 15:10", "Wiebke Harms", WIEBKE[1]) + "\n"
    + quote(STEINTOR_INVITE_QUOTED),
    cte="quoted-printable", refs=["<steintor-einladung-0921@steintor-privatbank.example.de>"])

add(id="mis_ledgerline", kind="missed_interview_notice", slug="waited_on_meet_link",
    lang="en", company="Ledgerline", contact=FEMKE[1], frm=FEMKE, parent="inv_ledgerline",
    subject="Missed you today", date="2026-03-24 11:22 +0100",
    text=body("""
        Hi Ferdinand,

        I was on the Google Meet for our 11:00 interview and waited about 15 minutes, but you
        didn't join. I also sent a message to the number in your profile.

        I hope everything is okay. If something came up, let me know and I'll see whether we
        can find another slot - no promises, as we're close to final rounds.

        Femke Bakker
        Head of Financial Crime | Ledgerline
    """),
    cte="7bit")

add(id="mis_kirchberg", kind="missed_interview_notice", slug="tried_calling_twice_at_ten",
    lang="en", company="Kirchberg Fund Services", contact=LAURA[1], frm=LAURA,
    parent="ack_kirchberg",
    subject="Our phone interview this morning", date="2026-08-18 10:28 +0200",
    text=body("""
        Dear Ferdinand,

        I tried calling you twice at 10:00 CET for our scheduled phone interview, but couldn't
        get through (the second time it went straight to voicemail).

        Could you let me know if you're still interested in the KYC Analyst role? If so, please
        send me two or three times that work for you this week.

        Kind regards,
        Laura Schmit
        Talent Acquisition Specialist
        Kirchberg Fund Services S.à r.l.
        2, avenue John F. Kennedy, L-1855 Luxembourg
    """),
    html=outlook_html(mso(body("""
        Dear Ferdinand,

        I tried calling you twice at 10:00 CET for our scheduled phone interview, but couldn't
        get through (the second time it went straight to voicemail).

        Could you let me know if you're still interested in the KYC Analyst role? If so, please
        send me two or three times that work for you this week.

        Kind regards,
        Laura Schmit
        Talent Acquisition Specialist
        Kirchberg Fund Services S.à r.l.
        2, avenue John F. Kennedy, L-1855 Luxembourg
    """)), "en"),
    cte="quoted-printable")

add(id="mis_amstel", kind="missed_interview_notice", slug="workable_did_not_join_video",
    lang="en", company="Amstel Assurance", contact=DAAN[1],
    frm=("Amstel Assurance", "noreply@workablemail.com"), reply_to=DAAN, parent="ack_amstel",
    subject="You missed your video interview with Amstel Assurance",
    date="2026-01-29 16:02 +0100",
    text=body("""
        Hi Ferdinand,

        You were scheduled for a video interview with Daan Visser today at 15:00 for the
        Compliance Analyst (Insurance) role, but you did not join the call.

        If you would still like to be considered, reply to this email and Daan will get back to
        you about a new time.

        Amstel Assurance Recruiting
    """),
    html=ats_card("Amstel Assurance", "#b91c1c", paras(body("""
        Hi Ferdinand,

        You were scheduled for a video interview with Daan Visser today at 15:00 for the
        Compliance Analyst (Insurance) role, but you did not join the call.

        If you would still like to be considered, reply to this email and Daan will get back to
        you about a new time.

        Amstel Assurance Recruiting
    """)), "Sent via Workable"),
    cte="base64")

add(id="mis_paymoulin", kind="missed_interview_notice", slug="cabinet_client_says_no_show",
    lang="fr", company="Paymoulin", contact=ELODIE[1], frm=ELODIE, parent="inv_vauban_paymoulin",
    subject="Entretien Paymoulin de ce matin", date="2026-06-10 11:52 +0200",
    text=body("""
        Bonjour Ferdinand,

        Thomas Lefebvre vient de m'appeler : vous ne vous êtes pas connecté à l'entretien de
        11h00 sur Google Meet. Ils vous ont attendu un quart d'heure. J'ai essayé de vous
        joindre deux fois sur votre portable, sans succès.

        Pouvez-vous me rappeler dès que possible ? Je verrai avec Paymoulin si un autre créneau
        est envisageable.

        Élodie Garnier
        Vauban Conseil RH · 06 55 50 71 24
    """),
    charset="iso-8859-1", cte="quoted-printable")

add(id="mis_castellana", kind="missed_interview_notice", slug="llamamos_dos_veces",
    lang="es", company="Banco Castellana", contact=LUCIA[1], frm=LUCIA, parent="inv_castellana",
    subject="Entrevista telefónica de hoy", subj_enc=("iso-8859-1", "Q"),
    date="2026-03-12 10:34 +0100",
    text=body("""
        Hola Ferdinand:

        Te hemos llamado dos veces a las 10:00, como habíamos quedado, pero no hemos podido
        localizarte. También te he dejado un mensaje en el buzón de voz.

        Si sigues interesado en el proceso, escríbeme y vemos si encontramos otro momento esta
        semana o la próxima.

        Un saludo,
        Lucía Fernández Ortega
        Técnica de Selección · Banco Castellana
    """),
    cte="8bit")
