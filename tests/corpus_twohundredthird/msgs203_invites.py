"""Corpus 203: interview invitations, reschedules/cancellations and missed-interview notices."""

from __future__ import annotations

from msgs203_common import (
    a,
    ats_card,
    forwarded,
    mso_paras,
    outlook_html,
    paras,
    reply_block,
    simple_html,
)

# Texts quoted again later in their threads.
BLASEWITZ_INVITE = """Sehr geehrte Frau Sall-Domínguez,

vielen Dank für Ihr Interesse an der Position Praxismanagerin (m/w/d) in unserer Praxisklinik.
Wir würden Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein:

Dienstag, 3. März 2026, 15:30 Uhr
Praxisklinik Blasewitz, Tolkewitzer Straße 40, 01277 Dresden, 2. OG, Empfang

Am Gespräch nehmen Dr. Falk Rosenau (ärztlicher Leiter) und ich teil. Bitte bestätigen Sie
den Termin kurz per Antwort auf diese E-Mail.

Mit freundlichen Grüßen
Carola Metzner
Verwaltungsleitung"""

MEINAU_INVITE = """Madame,

Votre candidature au poste de responsable de centre de santé a retenu notre attention.
Nous vous proposons un entretien le mardi 30 juin 2026 à 14h00 dans nos locaux,
12 rue de la Klebsau, 67100 Strasbourg (bâtiment B, 1er étage).

L'entretien durera environ une heure, avec le Dr Hélène Marchal, directrice médicale,
et moi-même. Merci de nous confirmer votre présence par retour de courriel.

Bien cordialement,
Sophie Hertzog
Assistante de direction – Centre de santé Meinau"""

VLTAVA_SCREEN = """Hi Henrike,

Thanks for applying for the Clinic Operations Manager role at Vltava Dental Care.
I'd like to set up a first phone screen, about 20 minutes, to talk through your background
and what you're looking for.

Would Tuesday 20 January at 10:00 Prague time work? I'd call you on +49 341 5550 2187
unless you prefer a Teams link.

Best,
Tereza"""

MESSAGES: list[dict] = [
    # ================================================================ interview_invitation
    dict(
        kind="interview_invitation", slug="zahnwerk_gespraech", lang="de", key="zw_inv",
        reply="zw_ack", company="Zahnwerk Mitteldeutschland", contact="a.brueckner@zahnwerk.example.de",
        frm=("Zahnwerk Mitteldeutschland | Karriere", "karriere@zahnwerk.example.de"),
        reply_to=("Annika Brückner", "A.Brueckner@zahnwerk.example.de"),
        subject="Einladung zum Vorstellungsgespräch – Praxismanagerin Leipzig-Zentrum",
        date="2026-02-16 11:02 +0100",
        text="""Sehr geehrte Frau Sall-Domínguez,

Ihre Unterlagen haben uns überzeugt – wir möchten Sie gern näher kennenlernen.

Wir laden Sie herzlich zu einem persönlichen Gespräch ein:
  Termin:  Dienstag, 24.02.2026, 10:00 Uhr (ca. 60 Minuten)
  Ort:     Zahnwerk Mitteldeutschland, Prager Straße 61, 04317 Leipzig, Haus B, 3. Etage
  Mit:     Dr. Jens Osterloh (Regionalleitung) und Annika Brückner (Recruiting)

Bitte geben Sie uns bis Freitag kurz Bescheid, ob der Termin passt. Antworten Sie dazu
einfach auf diese Nachricht – sie erreicht mich direkt.

Freundliche Grüße

Annika Brückner
Recruiting & Personalentwicklung
Zahnwerk Mitteldeutschland GmbH
Prager Straße 61 · 04317 Leipzig
Tel. 0341 5550 7710""",
    ),
    dict(
        kind="interview_invitation", slug="auenwald_panel_ics", lang="de", key="au_inv",
        company="MVZ Auenwald", contact="k.oswald@mvz-auenwald.example.de",
        frm=("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de"),
        subject="Einladung: Gespräch Praxismanagement MVZ Auenwald",
        date="2026-04-01 09:12 +0200",
        text="""Guten Morgen Frau Sall-Domínguez,

wie gestern telefonisch angekündigt, schicke ich Ihnen die Einladung für das Gespräch mit
unserem Leitungsteam. Dabei sind neben mir Herr Dipl.-Kfm. Bastian Rehm (kaufmännische
Leitung) und Frau Ilka Morgenstern (Pflegedienst- und Teamleitung).

Donnerstag, 9. April 2026, 14:00–15:00 Uhr
MVZ Auenwald, Waldstraße 12, 04105 Leipzig, Besprechungsraum 1

Die Kalendereinladung hängt an; bitte nehmen Sie sie an oder schlagen Sie eine andere Zeit vor.

Herzliche Grüße
Katrin Oswald
Ärztliche Leiterin MVZ Auenwald""",
        ics=dict(method="REQUEST", uid="au-2026-0409-panel@mvz-auenwald.example.de", seq=0,
                 start="2026-04-09 14:00", minutes=60,
                 summary="Gespräch Praxismanagement – Frau Sall-Domínguez",
                 location="MVZ Auenwald, Waldstraße 12, 04105 Leipzig, Besprechungsraum 1",
                 organizer=("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de"),
                 attendees=[("Bastian Rehm", "b.rehm@mvz-auenwald.example.de"),
                            ("Ilka Morgenstern", "i.morgenstern@mvz-auenwald.example.de")]),
    ),
    dict(
        kind="interview_invitation", slug="elbdent_probearbeitstag", lang="de", key="el_trial",
        reply="el_ack", company="Elbdent Zahnkliniken", contact="s.gruhl@elbdent.example.de",
        frm=("Elbdent Zahnkliniken via softgarden", "noreply@softgarden.io"),
        reply_to=("Sabine Gruhl", "s.gruhl@elbdent.example.de"),
        subject="Ihr Probearbeitstag bei Elbdent – Standort Dresden-Striesen",
        date="2026-03-11 12:45 +0100",
        text="""Hallo Frau Sall-Domínguez,

nach Ihrem Telefonat mit unserer Praxisleitung möchten wir Sie gern zu einem Probearbeitstag
in unsere Klinik in Dresden-Striesen einladen. So lernen Sie Abläufe, Team und Software
(Dampsoft, Doctolib) aus der Nähe kennen – und wir Sie.

Wann: Donnerstag, 19. März 2026, 8:00 bis ca. 14:00 Uhr
Wo:   Elbdent Zahnklinik Striesen, Schandauer Straße 64, 01277 Dresden
Bitte mitbringen: bequeme Schuhe, Personalausweis; Kleidung stellen wir.

Ihre Fahrtkosten erstatten wir gegen Beleg. Sagen Sie mir bitte bis Montag zu oder ab,
am einfachsten per Antwort auf diese Mail.

Beste Grüße
Sabine Gruhl
Personalreferentin Elbdent Zahnkliniken

--
Diese Nachricht wurde über softgarden versendet. Antworten gehen direkt an Sabine Gruhl.""",
    ),
    dict(
        kind="interview_invitation", slug="saale_assessment_center", lang="de", key="sk_ac",
        reply="sk_ack", company="Saale-Klinikum Halle", contact="",
        frm=("Saale-Klinikum Halle Karriere", "saaleklinikum@successfactors.eu"),
        subject="Einladung zum Assessment-Center: Leitung Patientenmanagement Zahnmedizin",
        date="2026-02-02 08:00 +0100", cte="base64",
        html=ats_card(
            "Saale-Klinikum Halle", "Einladung zum Assessment-Center",
            paras("""Sehr geehrte Frau Sall-Domínguez,

wir freuen uns, Sie zum Auswahltag für die Stelle „Leitung Patientenmanagement Zahnmedizin“
(Kennziffer SK-2026-031) einzuladen.

Datum: Donnerstag, 12. Februar 2026
Beginn: 9:00 Uhr, Ende gegen 15:30 Uhr
Ort: Saale-Klinikum Halle, Verwaltungsgebäude C, Raum C 2.14, Magdeburger Straße 22, 06112 Halle (Saale)

Der Tag umfasst eine Präsentation (10 Minuten, Thema folgt eine Woche vorher), eine
Gruppenübung, ein Rollenspiel zur Patientenkommunikation und ein Einzelinterview.
Ihre Ansprechpartnerin vor Ort ist Frau Doreen Kautz aus der Personalgewinnung.""")
            + '\n<p><a href="https://career5.successfactors.eu/career?company=saaleklinikum&amp;'
              'login_ns=invite&amp;id=88412" style="background:#0a6b4f;color:#fff;padding:10px 18px;'
              'text-decoration:none;border-radius:4px">Teilnahme bestätigen</a></p>',
            "Saale-Klinikum Halle gGmbH · Magdeburger Straße 22 · 06112 Halle (Saale)<br>"
            "Diese Nachricht wurde automatisch erzeugt. Antworten auf diese Adresse werden nicht gelesen.",
            color="#0a6b4f"),
    ),
    dict(
        kind="interview_invitation", slug="praxispersonal_spreedent", lang="de", key="pp_inv",
        reply="pp_reg", company="Spreedent Zahnmedizin", contact="n.fuchs@praxispersonal-plus.example.de",
        frm=("Nadine Fuchs | Praxispersonal Plus", "n.fuchs@praxispersonal-plus.example.de"),
        subject="Vorstellungstermin bei Spreedent Zahnmedizin (Berlin-Mitte)",
        date="2026-03-23 15:00 +0100",
        text="""Liebe Frau Sall-Domínguez,

gute Nachrichten: Spreedent Zahnmedizin hat sich Ihr Profil angesehen und möchte Sie gern
persönlich kennenlernen. Ich habe folgenden Termin für Sie reserviert:

Dienstag, 31. März 2026, 11:00 Uhr
Spreedent Zahnmedizin, Standort Mitte, Invalidenstraße 90, 10115 Berlin
Gesprächspartner: Herr Dr. Paul Ahrendt (Inhaber) und Frau Mette Lindqvist (Office Lead)

Die Fahrtkosten Leipzig–Berlin übernimmt der Kunde. Geben Sie mir bitte kurz Bescheid,
ob Sie den Termin wahrnehmen können, dann bestätige ich ihn verbindlich.

Am Montag rufe ich Sie zur Vorbereitung noch einmal an.

Viele Grüße
Nadine Fuchs
Personalberaterin Gesundheitswesen
Praxispersonal Plus GmbH · Niederlassung Leipzig
Katharinenstraße 14 · 04109 Leipzig
Tel. +49 341 5550 3390 · mobil +49 170 5550 218""",
    ),
    dict(
        kind="interview_invitation", slug="kessler_vogt_limmatdent", lang="de", key="kv_inv",
        reply="kv_ack", company="Limmatdent", contact="r.kessler@kessler-vogt.example.ch",
        frm=("Regula Kessler", "r.kessler@kessler-vogt.example.ch"),
        subject="Limmatdent: Videogespräch mit der Geschäftsleitung",
        date="2026-07-09 09:30 +0200", cs="windows-1252",
        text="""Grüezi Frau Sall-Domínguez

Die Geschäftsleitung von Limmatdent hat Ihr Dossier mit grossem Interesse gelesen und
möchte Sie in einem ersten Videogespräch kennenlernen.

Vorgeschlagen ist Mittwoch, 15. Juli 2026, 16:00–16:45 Uhr (MEZ), via Microsoft Teams.
Teilnehmen werden Dr. Marco Hürlimann (CEO) und Frau Yvonne Baumann (Leiterin HR).

Den Link sende ich Ihnen nach Ihrer Bestätigung. Passt Ihnen der Termin nicht, nennen Sie
mir bitte zwei Alternativen in derselben Woche.

Freundliche Grüsse

Regula Kessler
Partnerin
Kessler & Vogt Healthcare Search AG
Bahnhofstrasse 52, 8001 Zürich
+41 44 555 12 40""",
    ),
    dict(
        kind="interview_invitation", slug="dentyx_donnerstag_call", lang="de", key="dx_call",
        company="Dentyx", contact="jonas@dentyx.example.de",
        frm=("Jonas Pretzel", "jonas@dentyx.example.de"),
        subject="Kurzer Call diese Woche?",
        date="2026-05-19 18:47 +0200",
        text="""Hi Henrike,

danke für deine Bewerbung als Ops-Lead für unsere neue Praxis in Friedrichshain!
Hast du Donnerstag Zeit, so gegen 12:30 für 30 Minuten? Ich würde dir gern erzählen,
was wir vorhaben, und von dir hören, wie du Praxisabläufe aufziehen würdest.

Hier ist mein Link: https://meet.dentyx.example.de/jonas-pretzel
Wenn Donnerstag nicht klappt, schick mir einfach zwei andere Slots.

Cheers
Jonas
Co-Founder, Dentyx""",
    ),
    dict(
        kind="interview_invitation", slug="wienzeile_telefoninterview", lang="de", key="wz_inv",
        company="Zahnambulatorium Wienzeile", contact="m.pichler@wienzeile.example.at",
        frm=("Magdalena Pichler", "m.pichler@wienzeile.example.at"),
        subject="Ihre Bewerbung als Praxismanagerin – Telefoninterview",
        date="2026-09-01 10:00 +0200",
        text="""Sehr geehrte Frau Sall-Domínguez,

danke für Ihre Bewerbung im Zahnambulatorium Wienzeile. Bevor wir Sie nach Wien einladen,
würde ich gerne ein kurzes Telefoninterview (ca. 25 Minuten) mit Ihnen führen.

Mein Vorschlag: Donnerstag, 3. September, 10:00 Uhr. Ich rufe Sie unter der Nummer aus
Ihrem Lebenslauf an (+49 341 5550 2187).

Passt Ihnen das? Ein kurzes Ja genügt.

Liebe Grüße aus Wien
Magdalena Pichler
Personal & Organisation
Zahnambulatorium Wienzeile
Linke Wienzeile 118, 1060 Wien
+43 1 555 48 20""",
    ),
    dict(
        kind="interview_invitation", slug="landesagentur_auswahlgespraech_pdf", lang="de",
        key="la_inv", reply="la_ack",
        company="Landesagentur für Gesundheitsberufe Sachsen-Anhalt",
        contact="personal@lagb-sachsen-anhalt.example.de",
        frm=("Landesagentur für Gesundheitsberufe Sachsen-Anhalt, Personalstelle",
             "personal@lagb-sachsen-anhalt.example.de"),
        frm_enc="iso-8859-1/Q",
        subject="Stellenausschreibung 14/2026 – Einladung zum Auswahlgespräch",
        date="2026-06-10 09:00 +0200", cs="iso-8859-1",
        text="""Sehr geehrte Frau Sall-Domínguez,

im Stellenbesetzungsverfahren 14/2026 (Sachbearbeitung Praxisorganisation und
Qualitätsmanagement, EG 9b TV-L) laden wir Sie zu einem strukturierten Auswahlgespräch ein.

Termin: Mittwoch, 24. Juni 2026, 10:30 Uhr
Ort: Dienstgebäude Große Steinstraße 8, 06108 Halle (Saale), Raum 2.07

Der Auswahlkommission gehören die Referatsleitung, eine Vertreterin des Personalrats und
die Gleichstellungsbeauftragte an. Einzelheiten entnehmen Sie bitte dem beigefügten
Einladungsschreiben. Reisekosten können nicht erstattet werden.

Bitte bestätigen Sie Ihre Teilnahme bis zum 17. Juni 2026 an diese Adresse.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Haack
Personalstelle, Referat Z 2""",
        pdf=[("Einladung_Auswahlgespraech_14-2026.pdf", "Einladung zum Auswahlgespräch",
              ["Landesagentur für Gesundheitsberufe Sachsen-Anhalt", "Referat Z 2 - Personal",
               "", "Frau Henrike Sall-Domínguez", "Gohliser Straße 18, 04155 Leipzig", "",
               "Stellenbesetzungsverfahren 14/2026",
               "Termin: Mittwoch, 24. Juni 2026, 10:30 Uhr, Raum 2.07",
               "Bitte bringen Sie einen Lichtbildausweis mit.",
               "Das Gespräch dauert etwa 45 Minuten."])],
    ),
    dict(
        kind="interview_invitation", slug="plagwitz_personio_link", lang="de", key="pl_trial",
        company="Zahnzentrum Plagwitz", contact="",
        frm=("Zahnzentrum Plagwitz", "noreply@personio.de"),
        subject="Zahnzentrum Plagwitz: Bitte wählen Sie einen Termin für Ihre Hospitation",
        date="2026-07-20 14:22 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Henrike Sall-Domínguez,

vielen Dank für Ihre Bewerbung als Praxismanagerin (m/w/d) im Zahnzentrum Plagwitz.
Im nächsten Schritt laden wir Sie zu einer Hospitation (halber Tag) in unserer Praxis ein.

Bitte wählen Sie über den folgenden Link einen der freien Termine aus:
https://zahnzentrum-plagwitz.jobs.personio.de/scheduling/6f2c91d0?language=de

Der Link ist 7 Tage gültig. Nach der Buchung erhalten Sie eine Bestätigung mit Adresse
und Ansprechperson.

Ihr Team vom Zahnzentrum Plagwitz

Diese E-Mail wurde automatisch über Personio versendet.""",
        html=simple_html(paras("""Hallo Henrike Sall-Domínguez,

vielen Dank für Ihre Bewerbung als Praxismanagerin (m/w/d) im Zahnzentrum Plagwitz.
Im nächsten Schritt laden wir Sie zu einer Hospitation (halber Tag) in unserer Praxis ein.""")
            + '\n<p><a href="https://zahnzentrum-plagwitz.jobs.personio.de/scheduling/6f2c91d0?'
              'language=de">Termin auswählen</a></p>\n'
            + paras("""Der Link ist 7 Tage gültig. Nach der Buchung erhalten Sie eine Bestätigung mit Adresse
und Ansprechperson.

Ihr Team vom Zahnzentrum Plagwitz""")
            + '\n<p style="color:#888;font-size:11px">Diese E-Mail wurde automatisch über '
              'Personio versendet.</p>'),
    ),
    dict(
        kind="interview_invitation", slug="zahnforum_greenhouse_link", lang="de", key="zf_inv",
        reply="zf_ack", company="Charlottenburger Zahnforum",
        contact="miriam.soekeland@zahnforum.example.de",
        frm=("Miriam Sökeland via Greenhouse", "no-reply@greenhouse-mail.io"),
        frm_enc="iso-8859-1/Q",
        reply_to=("Miriam Sökeland", "miriam.soekeland@zahnforum.example.de"),
        subject="Charlottenburger Zahnforum – Terminauswahl für Ihr Interview",
        date="2026-08-10 10:00 +0200",
        text="""Hallo Frau Sall-Domínguez,

vielen Dank für Ihr Interesse an der Stelle Praxismanager*in am Charlottenburger Zahnforum.
Wir möchten Sie gern zu einem ersten Interview (45 Minuten, per Video) einladen.

Bitte suchen Sie sich über diesen Link einen passenden Termin aus:
https://app.greenhouse.io/scheduling/zahnforum/interview/9af1c2?candidate=5518204

Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Miriam Sökeland
People & Culture, Charlottenburger Zahnforum""",
        html=simple_html(paras("""Hallo Frau Sall-Domínguez,

vielen Dank für Ihr Interesse an der Stelle Praxismanager*in am Charlottenburger Zahnforum.
Wir möchten Sie gern zu einem ersten Interview (45 Minuten, per Video) einladen.""")
            + "\n<p>" + a("https://app.greenhouse.io/scheduling/zahnforum/interview/9af1c2?"
                          "candidate=5518204", "Termin auswählen") + "</p>\n"
            + paras("""Bei Fragen antworten Sie einfach auf diese E-Mail.

Viele Grüße
Miriam Sökeland
People & Culture, Charlottenburger Zahnforum""")
            + '\n<p style="font-size:10px;color:#999">Powered by Greenhouse</p>'),
    ),
    dict(
        kind="interview_invitation", slug="blasewitz_outlook", lang="de", key="bw_inv",
        company="Praxisklinik Blasewitz", contact="c.metzner@praxisklinik-blasewitz.example.de",
        frm=("Metzner, Carola", "C.Metzner@praxisklinik-blasewitz.example.de"),
        subject="Vorstellungsgespräch Praxismanagerin – Praxisklinik Blasewitz",
        date="2026-02-24 13:18 +0100", cs="windows-1252",
        text=BLASEWITZ_INVITE + """
Praxisklinik Blasewitz
Tolkewitzer Straße 40 | 01277 Dresden
Tel. 0351 555 40 10 | Fax 0351 555 40 19

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.""",
        html=outlook_html(mso_paras(BLASEWITZ_INVITE + """
Praxisklinik Blasewitz
Tolkewitzer Straße 40 | 01277 Dresden
Tel. 0351 555 40 10 | Fax 0351 555 40 19""")
            + '\n<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Diese E-Mail kann '
              "vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
              "informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail."
              "<o:p></o:p></span></p>", charset="windows-1252"),
    ),
    dict(
        kind="interview_invitation", slug="tagesklinik_forward_chef", lang="de",
        company="Zahnärztliche Tagesklinik Halle-Neustadt", contact="empfang@zt-halle-neustadt.example.de",
        frm=("Empfang Zahnärztliche Tagesklinik", "empfang@zt-halle-neustadt.example.de"),
        subject="WG: Bewerbung Sall-Domínguez – bitte Gesprächstermin",
        date="2026-10-12 08:26 +0200",
        text="""Guten Morgen Frau Sall-Domínguez,

unten die Nachricht unseres Chefs zu Ihrer Bewerbung. Er würde Sie gern zu einem Gespräch
in die Klinik einladen – in Frage kommen Montag, 19.10., 17:00 Uhr oder Mittwoch, 21.10.,
12:30 Uhr. Welcher Termin passt Ihnen? Ich trage ihn dann ein.

Freundliche Grüße aus Halle-Neustadt
Jacqueline Riedel, Empfang & Terminplanung

""" + forwarded("de", "Dr. Volker Anschütz <v.anschuetz@zt-halle-neustadt.example.de>",
                "Fr., 9. Okt. 2026 um 19:40", "Bewerbung Sall-Domínguez",
                "Empfang <empfang@zt-halle-neustadt.example.de>",
                """Jacqueline,

die Bewerbung von Frau Sall-Domínguez gefällt mir sehr – ZFA mit QM-Erfahrung und
Abrechnung, genau was wir brauchen. Bitte lad sie nächste Woche zum Gespräch ein, am
besten nach der Sprechstunde.

V. A."""),
    ),
    dict(
        kind="interview_invitation", slug="vltava_phone_screen", lang="en", key="vl_screen",
        reply="vl_ack", company="Vltava Dental Care", contact="tereza.novakova@vltavadental.example.cz",
        frm=("Tereza Nováková", "tereza.novakova@vltavadental.example.cz"),
        frm_enc="utf-8/B",
        subject="Phone screen – Clinic Operations Manager",
        date="2026-01-15 14:20 +0100",
        text=VLTAVA_SCREEN + """

--
Tereza Nováková
Talent Partner | Vltava Dental Care
Na Poříčí 1041/12, 110 00 Praha 1
+420 222 555 031""",
    ),
    dict(
        kind="interview_invitation", slug="vltava_lever_new_slot", lang="en", key="vl_inv2",
        reply="vl_sorry", company="Vltava Dental Care", contact="tereza.novakova@vltavadental.example.cz",
        frm=("Tereza Nováková", "no-reply@hire.lever.co"),
        frm_enc="iso-8859-1/Q",
        reply_to=("Tereza Nováková", "tereza.novakova@vltavadental.example.cz"),
        subject="Re: I'm so sorry about this morning",
        date="2026-01-21 09:44 +0100",
        text="""Hi Henrike,

No worries at all, these things happen. Let's try again - please pick any slot that suits
you on Thursday or Friday via the link below and I'll call you then.

https://hire.lever.co/interviews/schedule/vltavadental/0d3e8a71-5c2b-4c55-9b1e-2f6a7c0e11aa

Talk soon,
Tereza

""" + reply_block("On Tue, Jan 20, 2026 at 12:05 PM Henrike Sall-Domínguez <henrike.sd@example.de> wrote:",
                  """Dear Tereza,

I'm so sorry - I missed your call this morning. My phone was on silent after a night shift
at the practice and I only saw the missed calls at 11. Would it be possible to reschedule
the phone screen? I'm free any time on Thursday or Friday.

Apologies again,
Henrike"""),
    ),
    dict(
        kind="interview_invitation", slug="brightbite_panel_workable_ics", lang="en", key="bb_inv",
        reply="bb_ack", company="Brightbite Clinics", contact="ondrej.maly@brightbite.example.cz",
        frm=("Ondřej Malý", "ondrej.maly@brightbite.example.cz"),
        subject="Panel interview invitation – Practice Manager, Brightbite Vinohrady",
        date="2026-05-05 13:00 +0200",
        text="""Dear Henrike,

Thank you for the good conversation last week. We'd like to invite you to the final
panel interview for the Practice Manager position at our Vinohrady clinic.

Date: Wednesday, 20 May 2026
Time: 14:00-15:15 (Prague time)
Place: Brightbite Vinohrady, Korunní 2569/108, 101 00 Praha 10, meeting room "Molar"
Panel: Dr. Lucie Horáková (Medical Director), Ondřej Malý (Head of Operations),
       James Whitfield (Regional HR Business Partner)

Please prepare a 10-minute case: how you would reduce no-shows by 30% within six months.
A calendar invitation is attached.

Kind regards,
Ondřej Malý
Head of Operations, Brightbite Clinics""",
        html=simple_html(paras("""Dear Henrike,

Thank you for the good conversation last week. We'd like to invite you to the final
panel interview for the Practice Manager position at our Vinohrady clinic.""")
            + """
<table style="border-collapse:collapse;margin:8px 0">
<tr><td style="padding:2px 12px 2px 0"><b>Date</b></td><td>Wednesday, 20 May 2026</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Time</b></td><td>14:00-15:15 (Prague time)</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Place</b></td><td>Brightbite Vinohrady, Korunní 2569/108, 101 00 Praha 10, meeting room &quot;Molar&quot;</td></tr>
<tr><td style="padding:2px 12px 2px 0"><b>Panel</b></td><td>Dr. Lucie Horáková (Medical Director), Ondřej Malý (Head of Operations), James Whitfield (Regional HR Business Partner)</td></tr>
</table>
""" + paras("""Please prepare a 10-minute case: how you would reduce no-shows by 30% within six months.
A calendar invitation is attached.

Kind regards,
Ondřej Malý
Head of Operations, Brightbite Clinics""") , "en"),
        ics=dict(method="REQUEST", uid="bb-panel-7731@brightbite.example.cz", seq=0,
                 start="2026-05-20 14:00", minutes=75, tz="Europe/Prague",
                 summary="Panel interview – Henrike Sall-Domínguez (Practice Manager)",
                 location="Brightbite Vinohrady, Korunní 2569/108, Praha 10 – room Molar",
                 organizer=("Ondřej Malý", "ondrej.maly@brightbite.example.cz"),
                 attendees=[("Lucie Horáková", "lucie.horakova@brightbite.example.cz"),
                            ("James Whitfield", "james.whitfield@brightbite.example.cz")],
                 mode="attach", filename="panel_interview.ics"),
    ),
    dict(
        kind="interview_invitation", slug="kaju_free_thursday", lang="en", key="kj_chat",
        company="Kaju Health", contact="ola@kaju.example.de",
        frm=("Ola Adeyemi", "ola@kaju.example.de"),
        subject="quick chat?",
        date="2026-07-07 17:02 +0200",
        text="""Hey Henrike,

Ola here, I run partner operations at Kaju. Saw your application for the Dental Network
Manager role come through and loved the bit about rebuilding the recall system at your
practice.

Are you free Thursday to chat? Anything between 9 and 12 works for me, 30 min on Google
Meet. Just tell me a time and I'll send a link.

Ola""",
    ),
    dict(
        kind="interview_invitation", slug="carrow_finch_prague_smile", lang="en", key="cf_inv",
        reply="cf_reg", company="Prague Smile Clinics", contact="d.carrow@carrowfinch.example.cz",
        frm=("Daniel Carrow", "d.carrow@carrowfinch.example.cz"),
        subject="Interview confirmed: Prague Smile Clinics, Thursday 5 March",
        date="2026-03-02 16:35 +0100",
        text="""Hi Henrike,

Great news - Prague Smile Clinics would like to meet you for the Operations Lead
position. I've confirmed the following with their HR team:

  Thursday 5 March, 10:00-10:45 CET
  Phone interview with Klára Dvořáková (HR Manager)
  She will call you on +49 341 5550 2187

If that number has changed, let me know today. I'll send you a short briefing pack on the
clinic group tomorrow morning - they care a lot about patient-experience metrics, so have
a couple of examples ready.

Best regards,
Daniel Carrow
Director, Carrow & Finch Recruitment s.r.o.
Vodičkova 36, 110 00 Praha 1 | +420 224 555 870""",
    ),
    dict(
        kind="interview_invitation", slug="lumen_ashby_schedule", lang="en", key="lu_inv",
        reply="lu_ack", company="Lumen Orthodontics", contact="priya@lumenortho.example.de",
        frm=("Lumen Orthodontics", "no-reply@ashbyhq.com"),
        reply_to=("Priya Raman", "priya@lumenortho.example.de"),
        subject="Schedule your interview with Lumen Orthodontics",
        date="2026-09-14 08:15 +0000",
        text="""Hi Henrike,

Thanks for your interest in the Clinic Manager (Berlin Kreuzberg) role at Lumen
Orthodontics! The team would like to move you forward to a 45-minute video interview
with Priya Raman, our Head of Clinics.

Please choose a time that works for you:
https://jobs.ashbyhq.com/lumen-orthodontics/interview/schedule/4b7e9d62-0c1a

If none of the times work, just reply to this email and Priya will find another slot.

The Lumen Orthodontics Hiring Team""",
        html=ats_card("Lumen Orthodontics", "Schedule your interview",
                      paras("""Hi Henrike,

Thanks for your interest in the Clinic Manager (Berlin Kreuzberg) role at Lumen
Orthodontics! The team would like to move you forward to a 45-minute video interview
with Priya Raman, our Head of Clinics.""")
                      + '\n<p><a href="https://jobs.ashbyhq.com/lumen-orthodontics/interview/'
                        'schedule/4b7e9d62-0c1a" style="background:#5b3cc4;color:#fff;'
                        'padding:10px 16px;text-decoration:none">Pick a time</a></p>\n'
                      + paras("""If none of the times work, just reply to this email and Priya will find another slot.

The Lumen Orthodontics Hiring Team"""),
                      "Sent with Ashby", color="#5b3cc4", lang="en"),
    ),
    dict(
        kind="interview_invitation", slug="brightarc_assessment_day_pdf", lang="en", key="ba_ac",
        reply="ba_app", company="Bright Arc Dental Europe", contact="h.okafor@brightarc.example.com",
        frm=("Helen Okafor", "h.okafor@brightarc.example.com"),
        subject="Assessment day invitation - Regional Practice Manager (Prague hub)",
        date="2026-08-20 11:10 +0200",
        text="""Dear Henrike,

Thank you for your application and for the informative call with our talent team.
We are pleased to invite you to our assessment day for the Regional Practice Manager role.

Thursday, 3 September 2026, 09:00-16:00
Bright Arc Dental Europe - Prague hub, Rohanské nábřeží 678/29, 186 00 Praha 8

The day includes a case study on scheduling across three clinics, a group exercise, a
conversation with two practice owners and a one-to-one interview with our COO.
The detailed agenda is attached as a PDF. Lunch is provided; we reimburse travel up to
EUR 250 against receipts.

Please confirm your attendance by replying to this email by 27 August.

Kind regards,
Helen Okafor
Talent Acquisition Lead, Bright Arc Dental Europe
+44 20 5550 1842""",
        pdf=[("Assessment_Day_Agenda_3Sep2026.pdf", "Assessment Day - Agenda",
              ["Bright Arc Dental Europe - Prague hub", "Thursday, 3 September 2026", "",
               "09:00  Welcome and introductions", "09:30  Case study: multi-clinic scheduling",
               "11:00  Group exercise", "12:30  Lunch with practice owners",
               "14:00  One-to-one interview (COO)", "15:30  Q&A and close"])],
    ),
    dict(
        kind="interview_invitation", slug="kleber_entretien_ics", lang="fr", key="kl_inv",
        reply="kl_ack", company="Centre dentaire Kléber", contact="m.weiss@cd-kleber.example.fr",
        frm=("Mathilde Weiss", "m.weiss@cd-kleber.example.fr"),
        subject="Invitation à un entretien – Responsable de centre dentaire",
        date="2026-05-11 11:30 +0200",
        text="""Bonjour Madame Sall-Domínguez,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien
pour le poste de responsable de centre dentaire.

Date : mardi 19 mai 2026 à 10h00
Lieu : Centre dentaire Kléber, 7 place Kléber, 67000 Strasbourg (3e étage)
Interlocuteurs : Dr Antoine Roth, chirurgien-dentiste associé, et moi-même

Vous trouverez l'invitation dans votre agenda. En cas d'empêchement, merci de me prévenir
le plus tôt possible.

Cordialement,
Mathilde Weiss
Ressources humaines – Centre dentaire Kléber
03 88 55 50 21""",
        html=simple_html(paras("""Bonjour Madame Sall-Domínguez,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien
pour le poste de responsable de centre dentaire.""")
            + "\n<ul><li><b>Date :</b> mardi 19 mai 2026 à 10h00</li>"
              "<li><b>Lieu :</b> Centre dentaire Kléber, 7 place Kléber, 67000 Strasbourg (3e étage)</li>"
              "<li><b>Interlocuteurs :</b> Dr Antoine Roth, chirurgien-dentiste associé, et moi-même</li></ul>\n"
            + paras("""Vous trouverez l'invitation dans votre agenda. En cas d'empêchement, merci de me prévenir
le plus tôt possible.

Cordialement,
Mathilde Weiss
Ressources humaines – Centre dentaire Kléber
03 88 55 50 21"""), "fr"),
        ics=dict(method="REQUEST", uid="kleber-entretien-0519@cd-kleber.example.fr", seq=0,
                 start="2026-05-19 10:00", minutes=60, tz="Europe/Paris",
                 summary="Entretien – H. Sall-Domínguez – Responsable de centre",
                 location="Centre dentaire Kléber, 7 place Kléber, Strasbourg",
                 organizer=("Mathilde Weiss", "m.weiss@cd-kleber.example.fr"),
                 attendees=[("Dr Antoine Roth", "a.roth@cd-kleber.example.fr")], cte="quoted-printable"),
    ),
    dict(
        kind="interview_invitation", slug="rhin_sante_clinique_ill", lang="fr", key="rs_inv",
        reply="rs_ack", company="Clinique de l'Ill", contact="c.schaller@rhin-sante.example.fr",
        frm=("Claire Schaller (Rhin Santé Conseil)", "c.schaller@rhin-sante.example.fr"),
        frm_enc="iso-8859-1/B",
        subject="Entretien avec la Clinique de l'Ill – mardi 17 mars",
        date="2026-03-09 17:05 +0100",
        text="""Bonjour Henrike,

Bonne nouvelle : la Clinique de l'Ill souhaite vous rencontrer pour le poste de
coordinatrice administrative du pôle dentaire. Je vous propose le créneau suivant :

mardi 17 mars à 14h30, en visioconférence (Teams), avec M. Laurent Kieffer, directeur
des opérations, et Mme Nadia Belkacem, cadre de santé.

Pouvez-vous me confirmer rapidement ? Je vous transmettrai ensuite le lien et quelques
éléments pour bien préparer l'échange (organisation du pôle, logiciels utilisés).

Bien à vous,
Claire Schaller
Consultante senior – Rhin Santé Conseil
4 quai des Bateliers, 67000 Strasbourg
06 55 50 47 12""",
    ),
    dict(
        kind="interview_invitation", slug="meinau_html_only", lang="fr", key="me_inv",
        company="Centre de santé Meinau", contact="s.hertzog@cds-meinau.example.fr",
        frm=("Sophie Hertzog", "s.hertzog@cds-meinau.example.fr"),
        subject="Votre candidature – proposition d'entretien le 30 juin",
        date="2026-06-22 10:40 +0200",
        html=simple_html(paras(MEINAU_INVITE) + """
<p style="color:#555;font-size:12px">Centre de santé Meinau · 12 rue de la Klebsau · 67100 Strasbourg · 03 88 55 51 90</p>""", "fr"),
    ),
    dict(
        kind="interview_invitation", slug="talento_turia_entrevista", lang="es", key="ts_inv",
        reply="ts_reg", company="Clínica Dental Turia", contact="l.ferrer@talentosalud.example.es",
        frm=("Lucía Ferrer", "l.ferrer@talentosalud.example.es"),
        subject="Entrevista con Clínica Dental Turia – jueves 18 de junio",
        date="2026-06-15 10:10 +0200",
        text="""Hola Henrike:

¡Buenas noticias! Clínica Dental Turia quiere conocerte para el puesto de gerente de
clínica. Te he reservado una entrevista telefónica:

  Jueves 18 de junio, a las 10:00 (hora de Valencia)
  Con Vicent Llorens, director de la clínica
  Te llamará al +49 341 5550 2187

Si prefieres otro número o necesitas cambiar la hora, dímelo hoy mismo y lo muevo.
Mañana te mando un resumen de la clínica para que vayas preparada.

Un saludo,
Lucía Ferrer
Consultora de selección – Talento Salud Levante
Carrer de Colón 22, 46004 València
+34 963 55 50 71""",
    ),
    dict(
        kind="interview_invitation", slug="sonrisa_med_ics", lang="es", key="sm_inv",
        reply="sm_ack", company="Sonrisa Mediterránea", contact="j.navarro@sonrisamed.example.es",
        frm=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
        subject="Convocatoria de entrevista – Coordinadora de clínicas",
        date="2026-09-02 12:00 +0200",
        text="""Estimada Henrike:

Gracias por tu interés en Sonrisa Mediterránea. Nos gustaría invitarte a una entrevista
por videollamada para el puesto de coordinadora de clínicas en Valencia.

Fecha: jueves 10 de septiembre de 2026
Hora: 9:30 a 10:30
Participan: Amparo Sanchis (directora de operaciones) y yo mismo

Te adjunto la convocatoria para tu calendario; el enlace de Teams va dentro.

Un cordial saludo,
Javier Navarro
Responsable de Selección
Sonrisa Mediterránea · Av. del Puerto 118, 46023 Valencia""",
        ics=dict(method="REQUEST", uid="sm-entrevista-0910@sonrisamed.example.es", seq=0,
                 start="2026-09-10 09:30", minutes=60, tz="Europe/Madrid",
                 summary="Entrevista – Henrike Sall-Domínguez",
                 location="Microsoft Teams",
                 description="Enlace: https://teams.example.es/l/meetup-join/sm0910",
                 organizer=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
                 attendees=[("Amparo Sanchis", "a.sanchis@sonrisamed.example.es")]),
    ),
    dict(
        kind="interview_invitation", slug="ruzafa_te_viene_jueves", lang="es", key="ru_inv",
        company="Policlínica Ruzafa", contact="marta.gil@policlinicaruzafa.example.es",
        frm=("Marta Gil", "marta.gil@policlinicaruzafa.example.es"),
        subject="¿Hablamos el jueves?",
        date="2026-10-05 19:20 +0200",
        text="""Hola Henrike,

soy Marta, de la Policlínica Ruzafa. He leído tu CV y me encantaría que charlásemos sobre
la plaza de responsable de recepción y agenda. ¿Te viene bien el jueves 8 a las 17:00 por
videollamada? Es una conversación informal, media hora como mucho.

Si te va mejor otro día, dime y lo cuadramos.

Un abrazo,
Marta Gil
Gerente · Policlínica Ruzafa""",
    ),

    # ================================================================ interview_reschedule_or_cancel
    dict(
        kind="interview_reschedule_or_cancel", slug="zahnwerk_termin_verschoben", lang="de",
        key="zw_move", reply="zw_inv", company="Zahnwerk Mitteldeutschland",
        contact="a.brueckner@zahnwerk.example.de",
        frm=("Annika Brückner", "A.Brueckner@zahnwerk.example.de"),
        subject="AW: Einladung zum Vorstellungsgespräch – Praxismanagerin Leipzig-Zentrum",
        date="2026-02-19 16:40 +0100",
        text="""Liebe Frau Sall-Domínguez,

leider muss ich unser Gespräch am Dienstag verschieben – Dr. Osterloh ist an dem Tag
kurzfristig in Chemnitz gebunden. Ginge stattdessen Donnerstag, 26.02., um 13:00 Uhr?
Ort und Teilnehmende bleiben gleich.

Entschuldigen Sie die Umstände und danke für Ihre Flexibilität!

Annika Brückner

""" + reply_block("Am 16.02.2026 um 21:14 schrieb Henrike Sall-Domínguez <henrike.sd@example.de>:",
                  """Liebe Frau Brückner,

vielen Dank für die Einladung, den Termin am 24.02. um 10:00 Uhr nehme ich gern wahr.

Viele Grüße
Henrike Sall-Domínguez"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="auenwald_ics_update_seq1", lang="de",
        key="au_move", reply="au_req", company="MVZ Auenwald",
        contact="k.oswald@mvz-auenwald.example.de",
        frm=("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de"),
        subject="Aktualisiert: Gespräch Praxismanagement MVZ Auenwald",
        date="2026-04-02 13:30 +0200",
        text="""Liebe Frau Sall-Domínguez,

kein Problem, wir haben umgeplant: Das Gespräch findet nun am Dienstag, 14. April 2026,
von 10:00 bis 11:00 Uhr statt, gleicher Raum. Die Kalendereinladung ist aktualisiert.

Bis dann und herzliche Grüße
Katrin Oswald""",
        ics=dict(method="REQUEST", uid="au-2026-0409-panel@mvz-auenwald.example.de", seq=1,
                 start="2026-04-14 10:00", minutes=60,
                 summary="Gespräch Praxismanagement – Frau Sall-Domínguez",
                 location="MVZ Auenwald, Waldstraße 12, 04105 Leipzig, Besprechungsraum 1",
                 organizer=("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de"),
                 attendees=[("Bastian Rehm", "b.rehm@mvz-auenwald.example.de"),
                            ("Ilka Morgenstern", "i.morgenstern@mvz-auenwald.example.de")],
                 cte="quoted-printable"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="elbdent_probetag_abgesagt", lang="de",
        key="el_cancel", reply="el_trial", company="Elbdent Zahnkliniken",
        contact="s.gruhl@elbdent.example.de",
        frm=("Sabine Gruhl", "s.gruhl@elbdent.example.de"),
        subject="Probearbeitstag am 19.03. muss leider ausfallen",
        date="2026-03-17 16:00 +0100", cs="iso-8859-1",
        text="""Hallo Frau Sall-Domínguez,

es tut mir leid, Ihnen so kurzfristig schreiben zu müssen: In unserer Klinik in Striesen
ist ein Wasserschaden im Behandlungstrakt aufgetreten, der Betrieb ist bis auf Weiteres
eingeschränkt. Den Probearbeitstag am Donnerstag müssen wir deshalb absagen.

Ihre Bewerbung ist davon nicht berührt - sobald wir wieder normal arbeiten, melde ich
mich mit einem neuen Termin bei Ihnen.

Herzliche Grüße
Sabine Gruhl
Personalreferentin Elbdent Zahnkliniken""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kessler_vogt_erkrankt", lang="de",
        key="kv_ill", reply="kv_inv", company="Limmatdent", contact="r.kessler@kessler-vogt.example.ch",
        frm=("Regula Kessler", "r.kessler@kessler-vogt.example.ch"),
        subject="AW: Limmatdent: Videogespräch mit der Geschäftsleitung",
        date="2026-07-14 18:20 +0200",
        text="""Liebe Frau Sall-Domínguez

Soeben hat mich Frau Baumann informiert, dass Dr. Hürlimann krankheitshalber die ganze
Woche ausfällt. Das Gespräch von morgen, 16:00 Uhr, findet deshalb nicht statt.

Limmatdent schlägt als Ersatz Dienstag, 21. Juli, 16:30 Uhr vor, wieder via Teams und in
derselben Besetzung. Bitte bestätigen Sie mir, ob Ihnen das passt.

Freundliche Grüsse
Regula Kessler

-----Ursprüngliche Nachricht-----
Von: Henrike Sall-Domínguez <henrike.sd@example.de>
Gesendet: Donnerstag, 9. Juli 2026 12:02
An: Regula Kessler <r.kessler@kessler-vogt.example.ch>
Betreff: AW: Limmatdent: Videogespräch mit der Geschäftsleitung

Liebe Frau Kessler,

der 15. Juli um 16:00 Uhr passt mir sehr gut. Ich freue mich auf das Gespräch.

Beste Grüße
Henrike Sall-Domínguez""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="zahnforum_method_cancel", lang="de",
        key="zf_cancel", reply="zf_inv", company="Charlottenburger Zahnforum",
        contact="miriam.soekeland@zahnforum.example.de",
        frm=("Miriam Sökeland via Greenhouse", "no-reply@greenhouse-mail.io"),
        reply_to=("Miriam Sökeland", "miriam.soekeland@zahnforum.example.de"),
        subject="Abgesagt: Interview Praxismanager*in – Charlottenburger Zahnforum",
        subj_enc="utf-8/B",
        date="2026-08-17 09:00 +0200",
        text="""Hallo Frau Sall-Domínguez,

wir müssen das Interview am Mittwoch, 19.08., 11:00 Uhr leider absagen: Unsere Praxisleitung
ist diese Woche kurzfristig verhindert. Die Kalendereinladung wird hiermit storniert.

Wir möchten das Gespräch unbedingt nachholen und schicken Ihnen in den nächsten Tagen
einen neuen Link zur Terminauswahl.

Viele Grüße
Miriam Sökeland""",
        ics=dict(method="CANCEL", uid="gh-interview-5518204-1@greenhouse-mail.io", seq=1,
                 start="2026-08-19 11:00", minutes=45,
                 summary="Interview Praxismanager*in – Henrike Sall-Domínguez",
                 location="Google Meet",
                 organizer=("Miriam Sökeland", "miriam.soekeland@zahnforum.example.de"),
                 prodid="-//Greenhouse//Scheduler//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="landesagentur_terminverlegung", lang="de",
        key="la_move", reply="la_inv", company="Landesagentur für Gesundheitsberufe Sachsen-Anhalt",
        contact="personal@lagb-sachsen-anhalt.example.de",
        frm=("Landesagentur für Gesundheitsberufe Sachsen-Anhalt, Personalstelle",
             "personal@lagb-sachsen-anhalt.example.de"),
        frm_enc="iso-8859-1/Q",
        subject="Stellenausschreibung 14/2026: Verlegung des Gesprächstermins",
        subj_enc="iso-8859-1/B",
        date="2026-06-17 14:30 +0200", cs="iso-8859-1", cte="8bit",
        text="""Sehr geehrte Frau Sall-Domínguez,

aus dienstlichen Gründen kann das Auswahlgespräch nicht wie vorgesehen am 24. Juni 2026
stattfinden. Wir verlegen den Termin auf

Freitag, 26. Juni 2026, 9:00 Uhr, Raum 2.07 (Große Steinstraße 8, Halle).

Alle übrigen Angaben aus unserem Schreiben vom 10. Juni 2026 gelten fort. Sollte Ihnen
der neue Termin nicht möglich sein, teilen Sie uns dies bitte umgehend mit.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Haack""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="praxispersonal_spreedent_verschoben", lang="de",
        key="pp_move", reply="pp_ok", company="Spreedent Zahnmedizin",
        contact="n.fuchs@praxispersonal-plus.example.de",
        frm=("Nadine Fuchs | Praxispersonal Plus", "n.fuchs@praxispersonal-plus.example.de"),
        subject="Re: Vorstellungstermin bei Spreedent Zahnmedizin (Berlin-Mitte)",
        date="2026-03-26 10:45 +0100",
        text="""Liebe Frau Sall-Domínguez,

kleine Änderung von Kundenseite: Dr. Ahrendt hat am 31.03. vormittags eine OP angesetzt
bekommen. Spreedent fragt, ob Sie statt Dienstag 11 Uhr am Mittwoch, 1. April, um 14 Uhr
kommen könnten – gleiche Adresse, gleiche Runde.

Ich hoffe, das lässt sich mit Ihrem Dienstplan vereinbaren. Kurze Rückmeldung genügt.

Viele Grüße
Nadine Fuchs

""" + reply_block("Am 23.03.2026 um 20:11 schrieb Henrike Sall-Domínguez:",
                  """Liebe Frau Fuchs,

super, das freut mich sehr! Der 31. März um 11 Uhr passt, ich habe mir den Tag schon
freigenommen.

Viele Grüße
Henrike Sall-Domínguez"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brightbite_panel_cancel", lang="en",
        key="bb_cancel", reply="bb_inv", company="Brightbite Clinics",
        contact="ondrej.maly@brightbite.example.cz",
        frm=("Ondřej Malý", "ondrej.maly@brightbite.example.cz"),
        frm_enc="utf-8/B",
        subject="Cancelled: Panel interview – Henrike Sall-Domínguez (Practice Manager)",
        date="2026-05-15 09:30 +0200",
        text="""Dear Henrike,

I'm afraid we have to cancel the panel on Wednesday 20 May - Dr. Horáková has been called
to an urgent board meeting in Brno that day. This has nothing to do with your application;
we're still keen to see you.

I'll send a new invitation for the following week shortly (most likely Tuesday 26 May).

Apologies for the inconvenience,
Ondřej""",
        ics=dict(method="CANCEL", uid="bb-panel-7731@brightbite.example.cz", seq=1,
                 start="2026-05-20 14:00", minutes=75, tz="Europe/Prague",
                 summary="Panel interview – Henrike Sall-Domínguez (Practice Manager)",
                 location="Brightbite Vinohrady, Korunní 2569/108, Praha 10 – room Molar",
                 organizer=("Ondřej Malý", "ondrej.maly@brightbite.example.cz")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kaju_move_to_friday", lang="en",
        key="kj_move", reply="kj_chat", company="Kaju Health", contact="ola@kaju.example.de",
        frm=("Ola Adeyemi", "ola@kaju.example.de"),
        subject="Re: quick chat?",
        date="2026-07-08 19:30 +0200",
        text="""Hey Henrike - something came up with a partner clinic tomorrow morning, sorry!
Can we move our chat to Friday at 11:00 instead? Same Meet link:
https://meet.google.com/kaj-uhlth-xyz

Ola

""" + reply_block("On Tue, 7 Jul 2026 at 21:15, Henrike Sall-Domínguez <henrike.sd@example.de> wrote:",
                  """Hi Ola,

thanks for reaching out! Thursday at 10:00 would be perfect.

Best,
Henrike"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="brightarc_postponed_ill", lang="en",
        key="ba_post", reply="ba_ac", company="Bright Arc Dental Europe",
        contact="h.okafor@brightarc.example.com",
        frm=("Helen Okafor", "h.okafor@brightarc.example.com"),
        subject="Assessment day postponed to 10 September",
        date="2026-08-31 17:55 +0100",
        text="""Dear Henrike,

Unfortunately our COO, who leads the one-to-one interviews, has fallen ill and will be
off for the rest of this week. We have therefore postponed the assessment day from
Thursday 3 September to Thursday 10 September, same place and times.

Your travel booking can be changed at our cost - please forward the new receipts to me.
Could you confirm that the new date works for you?

With apologies and kind regards,
Helen Okafor
Talent Acquisition Lead, Bright Arc Dental Europe""",
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="lumen_ashby_rescheduled_seq2", lang="en",
        key="lu_move", reply="lu_inv", company="Lumen Orthodontics",
        contact="priya@lumenortho.example.de",
        frm=("Lumen Orthodontics", "no-reply@ashbyhq.com"),
        reply_to=("Priya Raman", "priya@lumenortho.example.de"),
        subject="Your interview with Lumen Orthodontics has been rescheduled",
        date="2026-09-21 07:02 +0000",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Henrike,

Your interview for Clinic Manager (Berlin Kreuzberg) has been rescheduled.

New time: Thursday, September 24, 2026, 15:00-15:45 (Europe/Berlin)
Previously: Wednesday, September 23, 2026, 10:00-10:45 (Europe/Berlin)
Interviewer: Priya Raman
Location: Google Meet (link in the calendar invitation)

An updated calendar invitation is attached. If the new time doesn't work, reply to this
email.

The Lumen Orthodontics Hiring Team""",
        ics=dict(method="REQUEST", uid="ashby-iv-4b7e9d62-0c1a@ashbyhq.com", seq=2,
                 start="2026-09-24 15:00", minutes=45,
                 summary="Interview: Henrike Sall-Domínguez <> Lumen Orthodontics",
                 location="Google Meet",
                 organizer=("Priya Raman", "priya@lumenortho.example.de"),
                 prodid="-//Ashby//Interview Scheduling//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="kleber_annulation_souffrant", lang="fr",
        key="kl_cancel", reply="kl_inv", company="Centre dentaire Kléber",
        contact="m.weiss@cd-kleber.example.fr",
        frm=("Mathilde Weiss", "m.weiss@cd-kleber.example.fr"),
        subject="Annulé : entretien du 19 mai (H. Sall-Domínguez)",
        subj_enc="iso-8859-1/Q",
        date="2026-05-18 08:15 +0200",
        text="""Bonjour Madame,

Le Dr Roth est souffrant et ne pourra pas assurer l'entretien prévu demain mardi 19 mai
à 10h00. Nous sommes contraints de l'annuler ; l'invitation est retirée de votre agenda.

Votre candidature reste bien entendu à l'étude : je reviens vers vous dans la semaine avec
une nouvelle date.

Avec toutes nos excuses,
Mathilde Weiss""",
        ics=dict(method="CANCEL", uid="kleber-entretien-0519@cd-kleber.example.fr", seq=1,
                 start="2026-05-19 10:00", minutes=60, tz="Europe/Paris",
                 summary="Entretien – H. Sall-Domínguez – Responsable de centre",
                 location="Centre dentaire Kléber, 7 place Kléber, Strasbourg",
                 organizer=("Mathilde Weiss", "m.weiss@cd-kleber.example.fr")),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="rhin_sante_decale_19_mars", lang="fr",
        key="rs_move", reply="rs_inv", company="Clinique de l'Ill",
        contact="c.schaller@rhin-sante.example.fr",
        frm=("Claire Schaller (Rhin Santé Conseil)", "c.schaller@rhin-sante.example.fr"),
        subject="RE: Entretien avec la Clinique de l'Ill – mardi 17 mars",
        date="2026-03-13 12:20 +0100", cs="iso-8859-1",
        text="""Bonjour Henrike,

Petit changement : M. Kieffer doit se rendre à une inspection de l'ARS mardi. La Clinique
de l'Ill propose de décaler votre entretien au jeudi 19 mars, même heure (14h30), toujours
en visio. Est-ce que cela vous convient ?

Merci de votre souplesse,
Claire

""" + reply_block("Le lun. 9 mars 2026 à 18:02, Henrike Sall-Domínguez <henrike.sd@example.de> a écrit :",
                  """Bonjour Claire,

Merci beaucoup ! Le mardi 17 mars à 14h30 me convient parfaitement.

Bien cordialement,
Henrike"""),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="sonrisa_med_ics_seq1", lang="es",
        key="sm_move", reply="sm_inv", company="Sonrisa Mediterránea",
        contact="j.navarro@sonrisamed.example.es",
        frm=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
        subject="Actualizada: Entrevista – Henrike Sall-Domínguez",
        date="2026-09-08 16:45 +0200",
        text="""Hola Henrike:

Amparo tiene un viaje imprevisto el jueves, así que hemos pasado la entrevista al viernes
11 de septiembre, de 12:00 a 13:00. El enlace de Teams sigue siendo el mismo; te envío la
convocatoria actualizada.

Gracias por tu comprensión,
Javier""",
        ics=dict(method="REQUEST", uid="sm-entrevista-0910@sonrisamed.example.es", seq=1,
                 start="2026-09-11 12:00", minutes=60, tz="Europe/Madrid",
                 summary="Entrevista – Henrike Sall-Domínguez",
                 location="Microsoft Teams",
                 description="Enlace: https://teams.example.es/l/meetup-join/sm0910",
                 organizer=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
                 attendees=[("Amparo Sanchis", "a.sanchis@sonrisamed.example.es")]),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ruzafa_aplazamos", lang="es",
        key="ru_post", reply="ru_req", company="Policlínica Ruzafa",
        contact="marta.gil@policlinicaruzafa.example.es",
        frm=("Marta Gil", "marta.gil@policlinicaruzafa.example.es"),
        subject="Re: ¿Podríamos mover la entrevista?",
        date="2026-10-07 09:05 +0200",
        text="""Hola Henrike,

ningún problema, y además me vienes genial: esta semana se nos ha juntado una inspección
y tengo que aplazar nuestra charla igualmente. Lo dejamos en pausa unos días y te escribo
en cuanto tenga la agenda despejada para proponerte fecha nueva.

Un abrazo,
Marta

""" + reply_block("El mar, 6 oct 2026 a las 22:31, Henrike Sall-Domínguez (<henrike.sd@example.de>) escribió:",
                  """Hola Marta:

Muchas gracias por la invitación. El jueves 8 a las 17:00 tengo turno en la clínica hasta
tarde. ¿Podríamos mover la entrevista al viernes 9 o a la semana que viene?

Un saludo,
Henrike"""),
    ),

    # ================================================================ missed_interview_notice
    dict(
        kind="missed_interview_notice", slug="wienzeile_zweimal_angerufen", lang="de",
        key="wz_missed", reply="wz_inv", company="Zahnambulatorium Wienzeile",
        contact="m.pichler@wienzeile.example.at",
        frm=("Magdalena Pichler", "m.pichler@wienzeile.example.at"),
        subject="Unser Telefonat heute um 10 Uhr",
        date="2026-09-03 10:25 +0200",
        text="""Sehr geehrte Frau Sall-Domínguez,

ich habe heute um 10:00 und um 10:10 Uhr versucht, Sie unter +49 341 5550 2187 zu
erreichen, leider ohne Erfolg – es sprang jeweils nur die Mailbox an.

Falls etwas dazwischengekommen ist, melden Sie sich gern bei mir; dann schauen wir,
ob wir noch einen anderen Zeitpunkt finden.

Liebe Grüße
Magdalena Pichler
Zahnambulatorium Wienzeile""",
    ),
    dict(
        kind="missed_interview_notice", slug="rosental_nicht_erschienen", lang="de",
        company="Zahnarztpraxis am Rosental", contact="praxisleitung@zahnarzt-rosental.example.de",
        frm=("Praxisleitung Zahnarztpraxis am Rosental", "praxisleitung@zahnarzt-rosental.example.de"),
        subject="Ihr heutiger Vorstellungstermin",
        date="2026-05-06 12:10 +0200", cs="windows-1252",
        text="""Guten Tag Frau Sall-Domínguez,

wir hatten Sie heute um 11:00 Uhr zum Vorstellungsgespräch in der Praxis erwartet.
Leider sind Sie nicht gekommen und wir haben auch keine Absage erhalten.

Sollte es einen Grund dafür geben, rufen Sie uns bitte bis Freitag unter 0341 555 80 60 an.
Hören wir nichts von Ihnen, gehen wir davon aus, dass sich Ihre Bewerbung erledigt hat.

Mit freundlichen Grüßen
Kerstin Wolf
Praxisleitung
Zahnarztpraxis am Rosental · Dr. med. dent. Frieder Albers
Waldstraße 44 · 04105 Leipzig""",
    ),
    dict(
        kind="missed_interview_notice", slug="medtalent_zoom_gewartet", lang="de",
        key="mt_missed", company="MedTalent Sachsen", contact="t.krahl@medtalent-sachsen.example.de",
        frm=("Tobias Krahl", "t.krahl@medtalent-sachsen.example.de"),
        subject="Termin beim Kunden heute 9:30 – was ist passiert?",
        date="2026-10-08 10:02 +0200",
        text="""Hallo Frau Sall-Domínguez,

unser Kunde – das MVZ in Dresden, von dem ich Ihnen erzählt habe – hat heute ab 9:30 Uhr
eine Viertelstunde im Zoom-Raum auf Sie gewartet. Sie haben sich leider nicht eingewählt.

Ist bei Ihnen alles in Ordnung? Bitte rufen Sie mich kurz an (0351 555 62 30), damit ich
dem Kunden eine Erklärung geben kann.

Gruß
Tobias Krahl
MedTalent Sachsen – Personalvermittlung für Praxis & Klinik""",
        html=simple_html(paras("""Hallo Frau Sall-Domínguez,

unser Kunde – das MVZ in Dresden, von dem ich Ihnen erzählt habe – hat heute ab 9:30 Uhr
eine Viertelstunde im Zoom-Raum auf Sie gewartet. Sie haben sich leider nicht eingewählt.

Ist bei Ihnen alles in Ordnung? Bitte rufen Sie mich kurz an (0351 555 62 30), damit ich
dem Kunden eine Erklärung geben kann.

Gruß
Tobias Krahl
MedTalent Sachsen – Personalvermittlung für Praxis & Klinik""")),
    ),
    dict(
        kind="missed_interview_notice", slug="saale_ac_nicht_erschienen", lang="de",
        key="sk_missed", reply="sk_ac", company="Saale-Klinikum Halle",
        contact="d.kautz@saaleklinikum.example.de",
        frm=("Doreen Kautz", "d.kautz@saaleklinikum.example.de"),
        subject="Auswahltag 12.02. – Sie fehlten heute",
        date="2026-02-12 11:15 +0100",
        text="""Sehr geehrte Frau Sall-Domínguez,

zum heutigen Auswahltag für die Leitung Patientenmanagement Zahnmedizin haben wir Sie
um 9:00 Uhr im Verwaltungsgebäude C erwartet. Bis jetzt sind Sie nicht erschienen, und
telefonisch konnten wir Sie nicht erreichen.

Der Auswahltag läuft mit den übrigen Teilnehmenden weiter. Wenn Sie verhindert waren,
schreiben Sie mir bitte kurz, wie Sie weiter verfahren möchten.

Freundliche Grüße
Doreen Kautz
Personalgewinnung
Saale-Klinikum Halle
Magdeburger Straße 22, 06112 Halle (Saale)
Tel. 0345 555 21 84""",
    ),
    dict(
        kind="missed_interview_notice", slug="donaukasse_telefoninterview_verpasst", lang="de",
        key="dk_missed", reply="dk_ack", company="Donaukasse", contact="e.gruber@donaukasse.example.at",
        frm=("Elisabeth Gruber", "e.gruber@donaukasse.example.at"),
        subject="Telefoninterview vom Montag",
        subj_enc="iso-8859-1/Q",
        date="2026-04-28 08:50 +0200", cs="iso-8859-1",
        text="""Sehr geehrte Frau Sall-Domínguez,

am Montag um 14:00 Uhr war unser telefonisches Erstgespräch zur Stelle
"Koordination Vertragszahnärzte" vereinbart. Leider konnten wir Sie zu diesem Zeitpunkt
nicht erreichen, auch ein zweiter Versuch um 14:15 Uhr blieb erfolglos.

Bitte geben Sie uns bis Donnerstag Bescheid, ob Sie weiterhin Interesse haben.

Mit freundlichen Grüßen
Elisabeth Gruber
Recruiting, Donaukasse Versicherung
Obere Donaustraße 19, 1020 Wien""",
    ),
    dict(
        kind="missed_interview_notice", slug="vltava_waited_on_teams", lang="en",
        key="vl_missed", reply="vl_screen", company="Vltava Dental Care",
        contact="tereza.novakova@vltavadental.example.cz",
        frm=("Tereza Nováková", "tereza.novakova@vltavadental.example.cz"),
        subject="Re: Phone screen – Clinic Operations Manager",
        date="2026-01-20 10:31 +0100",
        text="""Hi Henrike,

I tried calling you twice at 10:00 and then waited on the Teams link I'd sent as a
backup until 10:20, but couldn't reach you. I hope everything is OK.

If you're still interested, let me know and we'll find another time.

Best,
Tereza

""" + reply_block("On Thu, Jan 15, 2026 at 14:20, Tereza Nováková <tereza.novakova@vltavadental.example.cz> wrote:",
                  VLTAVA_SCREEN),
    ),
    dict(
        kind="missed_interview_notice", slug="carrow_finch_no_answer", lang="en",
        key="cf_missed", reply="cf_inv", company="Prague Smile Clinics",
        contact="d.carrow@carrowfinch.example.cz",
        frm=("Daniel Carrow", "d.carrow@carrowfinch.example.cz"),
        subject="Prague Smile couldn't reach you this morning",
        date="2026-03-05 10:58 +0100",
        text="""Henrike,

Klára from Prague Smile Clinics just rang me: she tried calling you twice at 10:00 and
again at 10:15 and got no answer. Can you give me a call as soon as you see this? If
there was a problem with the line I'll try to rebook, but I need to get back to them
today.

Daniel
+420 224 555 870""",
    ),
    dict(
        kind="missed_interview_notice", slug="orangerie_attendue_ce_matin", lang="fr",
        key="or_missed", company="Cabinet dentaire Orangerie",
        contact="accueil.direction@cabinet-orangerie.example.fr",
        frm=("Direction Cabinet dentaire Orangerie", "accueil.direction@cabinet-orangerie.example.fr"),
        subject="Votre rendez-vous de ce matin",
        date="2026-09-09 11:40 +0200",
        text="""Madame,

Nous vous avons attendue ce matin à 9h30 pour l'entretien prévu au cabinet, en vain.
Nous n'avons reçu ni appel ni message de votre part.

Si un empêchement indépendant de votre volonté vous a retenue, merci de nous le faire
savoir d'ici vendredi ; à défaut, nous considérerons que vous ne donnez pas suite.

Salutations distinguées,
Dr Pierre-Yves Muller
Cabinet dentaire Orangerie – 21 allée de la Robertsau, 67000 Strasbourg""",
    ),
    dict(
        kind="missed_interview_notice", slug="dentalis_visio_absente", lang="fr",
        key="de_missed", reply="de_ack", company="Dentalis Alsace",
        contact="julie.fritsch@dentalis-alsace.example.fr",
        frm=("Julie Fritsch (Dentalis Alsace)", "noreply@teamtailor-mail.com"),
        reply_to=("Julie Fritsch", "julie.fritsch@dentalis-alsace.example.fr"),
        subject="Visioconférence du 11 février",
        date="2026-02-11 15:22 +0100",
        html=simple_html(paras("""Bonjour Henrike,

Nous avions rendez-vous cet après-midi à 14h00 en visioconférence pour le poste de
responsable administrative. Vous ne vous êtes pas connectée et je n'ai pas réussi à vous
joindre par téléphone.

Si vous souhaitez toujours poursuivre le processus, répondez simplement à ce message.

Bien cordialement,
Julie Fritsch
Chargée de recrutement – Dentalis Alsace""")
            + '\n<p style="font-size:11px;color:#777">Envoyé via Teamtailor</p>', "fr"),
    ),
    dict(
        kind="missed_interview_notice", slug="talento_llamamos_dos_veces", lang="es",
        key="ts_missed", reply="ts_inv", company="Clínica Dental Turia",
        contact="l.ferrer@talentosalud.example.es",
        frm=("Lucía Ferrer", "l.ferrer@talentosalud.example.es"),
        subject="No hemos podido localizarte",
        date="2026-06-18 10:40 +0200",
        text="""Hola Henrike:

Vicent, de Clínica Dental Turia, te llamó dos veces a las 10:00 y no hubo respuesta; yo
también lo he intentado después. ¿Ha pasado algo?

Escríbeme o llámame en cuanto puedas, a ver si todavía podemos salvar la entrevista.

Lucía
Talento Salud Levante · +34 963 55 50 71""",
    ),
]
