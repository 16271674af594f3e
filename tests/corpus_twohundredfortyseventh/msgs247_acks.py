"""Corpus 247: application acknowledgements (21) and offers (10). Hand-written, one dict per
message."""

from __future__ import annotations

from msgs247_common import (
    ats_card, button, forwarded, outlook_html, paras, quote, reply, simple_html,
)
from msgs247_invites import BL, BL_SIG, KB, PW, PW_SIG, SAV, SAV_SIG, SH


def alt(text: str, lang: str = "de") -> dict:
    return dict(text=text, html=simple_html(paras(text), lang))


def alt_card(text: str, brand: str, footer: str, color: str, lang: str) -> dict:
    return dict(text=text, html=ats_card(brand, paras(text), footer, color, lang))


MESSAGES: list[dict] = [
    # ============================================================ application_received (21)
    # ---------------------------------------------------------------- German (11)
    dict(
        kind="application_received", slug="pharmawerk_personio_ack", lang="de",
        company="Pharmawerk Steiermark", contact="", id="pw_ack", date="2026-01-19 08:02 +0000",
        sender=("Pharmawerk Steiermark GmbH", "noreply@personio.de"),
        subject="Eingangsbestätigung: Ihre Bewerbung als QA Associate (m/w/d)",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihre Bewerbung als QA Associate (m/w/d) an unserem Standort
Graz-Liebenau. Ihre Unterlagen sind vollständig bei uns eingegangen.

Unser HR-Team und die Fachabteilung prüfen Ihre Bewerbung nun sorgfältig. Wir melden uns
in der Regel innerhalb von zwei bis drei Wochen bei Ihnen.

Freundliche Grüße
Ihr HR-Team der Pharmawerk Steiermark GmbH

Das Mindestgehalt für diese Position beträgt lt. KV der chemischen Industrie EUR 2.870,–
brutto pro Monat (14 x jährlich); Überzahlung je nach Qualifikation.""",
            "Pharmawerk Steiermark", "Diese E-Mail wurde über Personio versendet.",
            "#005f73", "de"),
    ),
    dict(
        kind="application_received", slug="klinikum_ack_no_individual_reply_html", lang="de",
        company="Klinikum Linz-Urfahr", contact="", id="klu_ack", date="2026-03-02 07:15 +0100",
        sender=("Klinikum Linz-Urfahr Recruiting", "noreply-recruiting@klinikum-lu.example.at"),
        subject="Ihre Bewerbung (Kennzahl 2026/117) ist eingelangt",
        headers=[("Auto-Submitted", "auto-generated")],
        html=simple_html(paras("""Sehr geehrte Bewerberin, sehr geehrter Bewerber,

wir bestätigen den Eingang Ihrer Bewerbung für die Stelle QA-Associate in der
Anstaltsapotheke (Kennzahl 2026/117).

Bitte haben Sie Verständnis, dass wir aufgrund der großen Zahl an Bewerbungen leider
nicht jede Anfrage zum Stand des Verfahrens einzeln beantworten können. Die Aufnahmekommission
sichtet alle Unterlagen nach Ende der Bewerbungsfrist am 13. März; danach erhalten Sie
von uns Nachricht.

Mit freundlichen Grüßen
Personalentwicklung & Recruiting
Klinikum Linz-Urfahr

Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht auf diese
E-Mail.""")),
    ),
    dict(
        kind="application_received", slug="kaltenbrunner_registration", lang="de",
        company="Kaltenbrunner Personalberatung", contact="s.leitgeb@kaltenbrunner-pb.example.at",
        id="kb_reg", date="2026-02-09 12:44 +0100", sender=KB,
        subject="Ihre Registrierung bei Kaltenbrunner Personalberatung",
        **alt("""Liebe Frau Brandauer-Nkemelu,

herzlichen Dank für das angenehme Telefonat und Ihr Vertrauen. Ich bestätige Ihnen gerne,
dass Sie nun in unserem Kandidatenpool für Positionen in der Qualitätssicherung
(Pharma, Medizinprodukte, Lebensmittel) registriert sind.

Ihre Unterlagen gebe ich nur nach Rücksprache mit Ihnen an einen Mandanten weiter. Ihre
Präferenzen habe ich so notiert: Graz, Linz, Wien oder München; Vollzeit; Start ab April.

Herzliche Grüße
Sabine Leitgeb
Senior Consultant Life Sciences
Kaltenbrunner Personalberatung GmbH
Schottenring 16, 1010 Wien
M +43 676 402 11 87"""),
    ),
    dict(
        kind="application_received", slug="tempopharm_registration_replyto", lang="de",
        company="TempoPharm Personalleasing", contact="r.aigner@tempopharm.example.at",
        id="tp_reg", date="2026-01-26 16:20 +0100",
        sender=("TempoPharm Bewerberservice", "bewerberservice@tempopharm.example.at"),
        reply_to=("Robert Aigner", "r.aigner@tempopharm.example.at"),
        subject="Willkommen bei TempoPharm – Ihre Daten sind erfasst",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

danke für Ihre Online-Bewerbung. Wir haben Ihren Lebenslauf und Ihr Zeugnis als
Pharmazeutisch-kaufmännische Assistentin in unserer Datenbank gespeichert.

Ihr persönlicher Ansprechpartner ist Herr Robert Aigner (Personaldisponent Pharma &
Chemie). Er wird Sie in den nächsten Tagen für ein kurzes Kennenlerngespräch kontaktieren;
Sie erreichen ihn direkt, indem Sie auf diese E-Mail antworten.

Freundliche Grüße
Ihr TempoPharm-Team
TempoPharm Personalleasing GmbH · Wiener Straße 131 · 4020 Linz
""",
    ),
    dict(
        kind="application_received", slug="brenner_cv_for_isarlab", lang="de",
        company="Isarlab Analytik", contact="l.kranz@brenner-search.example.de",
        id="isar_cv", date="2026-07-06 10:03 +0200",
        sender=("Lisa Kranz", "l.kranz@brenner-search.example.de"),
        subject="Ihr Lebenslauf – Position QA Associate bei Isarlab Analytik",
        text="""Sehr geehrte Frau Brandauer-Nkemelu,

vielen Dank für Ihre Unterlagen. Ich bestätige Ihnen den Eingang Ihres Lebenslaufs für die
Position QA Associate bei unserem Mandanten Isarlab Analytik in München-Martinsried.

Herr Brenner sieht sich Ihr Profil in dieser Woche an und meldet sich anschließend
persönlich bei Ihnen.

Mit freundlichen Grüßen
Lisa Kranz
Research & Office Management
Brenner Executive Search GmbH
Prinzregentenstraße 22, 80538 München
Tel. +49 89 2154 3371
""",
    ),
    dict(
        kind="application_received", slug="vindobona_successfactors_ack", lang="de",
        company="Vindobona Biologics", contact="", id="vindo_ack", date="2026-02-23 09:00 +0100",
        sender=("Vindobona Biologics Karriere", "noreply-recruiting@successfactors.eu"),
        subject="Vielen Dank für Ihre Bewerbung – Referenz 26-0412",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Sehr geehrte Frau Brandauer-Nkemelu,

wir haben Ihre Bewerbung für die Position QA Associate Batch Record Review
(Referenz 26-0412) erhalten.

Den aktuellen Status können Sie jederzeit in Ihrem Kandidatenprofil einsehen:
https://career5.successfactors.eu/career?company=vindobona&career_ns=status

Vielen Dank für Ihr Interesse an Vindobona Biologics.

Talent Acquisition""", "Vindobona Biologics · Karriere",
            "Dies ist eine automatisch generierte Nachricht.", "#5b2a86", "de"),
    ),
    dict(
        kind="application_received", slug="murtal_personio_ack_plain", lang="de",
        company="Murtal Sterilgut", contact="", id="murtal_ack", date="2026-01-07 13:26 +0000",
        sender=("Murtal Sterilgut GmbH", "noreply@personio.de"),
        subject="Wir haben Ihre Bewerbung erhalten",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Frau Brandauer-Nkemelu,

schön, dass Sie sich für die Stelle „Associate Qualitätssicherung (m/w/d)“ in Judenburg
interessieren! Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wie geht es weiter? Wir sichten alle Bewerbungen gemeinsam mit der Leitung der
Sterilgutaufbereitung und melden uns spätestens Ende Jänner.

Viele Grüße
Recruiting-Team Murtal Sterilgut GmbH
""",
    ),
    dict(
        kind="application_received", slug="muehlviertler_softgarden_ack_many_applicants",
        lang="de", company="Mühlviertler Molkerei", contact="", id="mm_ack",
        date="2026-04-20 15:48 +0200",
        sender=("Mühlviertler Molkerei eGen via softgarden", "no-reply@softgarden.io"),
        sender_cs=("iso-8859-1", "B"),
        subject="Bewerbungseingang: Mitarbeiter/in Qualitätssicherung (Freistadt)",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Sehr geehrte Frau Brandauer-Nkemelu,

herzlichen Dank für Ihre Bewerbung als Mitarbeiter/in Qualitätssicherung.

Ihre Unterlagen sind bei uns eingegangen und werden derzeit geprüft. Aufgrund der Vielzahl
an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu
beantworten oder telefonische Auskünfte zum Stand zu geben. Sie hören in jedem Fall von
uns, sobald die Vorauswahl abgeschlossen ist.

Ihr Team der Mühlviertler Molkerei""", "Mühlviertler Molkerei",
            "softgarden e-recruiting · automatisch erstellt", "#2f855a", "de"),
    ),
    dict(
        kind="application_received", slug="schoecklbrot_cv_received_latin1", lang="de",
        company="Schöcklbrot", contact="m.zach@schoecklbrot.example.at", id="schoeckl_ack",
        date="2026-02-11 07:51 +0100",
        parent_mid="<9e21d4c7.schoecklbrot.bewerbung@mail.example.at>",
        sender=("Martina Zach", "m.zach@schoecklbrot.example.at"),
        subject="Re: Bewerbung Qualitätssicherung Bäckerei",
        subject_cs=("iso-8859-1", "Q"), enc=("iso-8859-1", "quoted-printable"),
        text="""Hallo Frau Brandauer-Nkemelu,

danke, Ihren Lebenslauf haben wir bekommen. Ich schau ihn mir mit unserem Betriebsleiter
an und melde mich, sobald wir durch sind - das kann aber in der Faschingszeit ein bisserl
dauern.

M. Zach
QS Schöcklbrot, Weinitzen
""",
    ),
    dict(
        kind="application_received", slug="pannonia_workday_ack_b64", lang="de",
        company="Pannonia Plasma", contact="", id="pp_ack", date="2026-01-12 21:17 +0000",
        sender=("Pannonia Plasma Talent Acquisition", "pannoniaplasma@myworkday.com"),
        subject="Pannonia Plasma: Ihre Bewerbung für R-10482 QA Associate",
        headers=[("Auto-Submitted", "auto-generated")],
        enc=("utf-8", "base64"),
        **(lambda t: dict(text=t, html_enc=("utf-8", "base64"),
                          html=ats_card("Pannonia Plasma", paras(t), "Powered by Workday",
                                        "#b5172f", "de")))("""Guten Tag Ottilie,

vielen Dank für Ihre Bewerbung für die Stelle R-10482 QA Associate Plasma Fractionation
(Wien). Wir haben Ihre Unterlagen erhalten.

Sie können den Status Ihrer Bewerbung jederzeit in Ihrem Kandidatenkonto verfolgen:
https://pannoniaplasma.wd3.myworkday.com/careers/userHome

Freundliche Grüße
Talent Acquisition Pannonia Plasma"""),
    ),
    dict(
        kind="application_received", slug="simmeringer_bamboohr_ack", lang="de",
        company="Simmeringer Feinkost", contact="", id="simm_ack", date="2026-06-08 11:35 +0200",
        sender=("Simmeringer Feinkost", "notifications@app.bamboohr.com"),
        subject="Danke für Ihre Bewerbung: Qualitätssicherung (Lebensmittel)",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Hallo Ottilie,

danke für Ihr Interesse an Simmeringer Feinkost! Wir haben Ihre Bewerbung für die Stelle
Qualitätssicherung (Lebensmittel) in Wien-Simmering erhalten.

Unser Team sieht sich Ihre Unterlagen in Ruhe an. Passt Ihr Profil, melden wir uns, um die
nächsten Schritte zu besprechen.

Beste Grüße
Simmeringer Feinkost – Human Resources""", "Simmeringer Feinkost", "Powered by BambooHR",
            "#7c2d12", "de"),
    ),
    # ---------------------------------------------------------------- English (5)
    dict(
        kind="application_received", slug="loughmahon_greenhouse_ack", lang="en",
        company="Lough Mahon Therapeutics", contact="", id="lmt_ack",
        date="2026-06-01 09:12 +0100",
        sender=("Lough Mahon Therapeutics", "no-reply@greenhouse-mail.io"),
        subject="Thank you for applying to Lough Mahon Therapeutics",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Hi Ottilie,

Thanks for applying for the QA Associate (Batch Release) position at Lough Mahon
Therapeutics. Your application has been received and our team will review it shortly.

If your experience is a good match, someone from our Talent team will be in touch to
discuss next steps.

Best regards,
Lough Mahon Therapeutics Talent Team""", "Lough Mahon Therapeutics",
            "Sent via Greenhouse. Please do not reply to this message.", "#0f5257", "en"),
    ),
    dict(
        kind="application_received", slug="shandon_registration_confirmed", lang="en",
        company="Shandon Life Science Recruitment",
        contact="ciara.buckley@shandon-recruit.example.ie", id="sh_reg",
        date="2026-05-11 11:40 +0100", sender=SH,
        subject="Welcome to Shandon - your registration is confirmed",
        **alt("""Hi Ottilie,

Lovely to speak with you this morning. This is to confirm that you're now registered with
Shandon Life Science Recruitment, and I'll be your main point of contact.

As discussed, I'll focus on QA associate and QA officer roles in pharma, medical devices
and food production around Cork, and I won't send your CV to any company without your
go-ahead first.

Could you send me a copy of your GMP training certificate when you get a chance?

Best regards,
Ciara Buckley
Senior Recruitment Consultant - Life Sciences
Shandon Life Science Recruitment
12 South Mall, Cork T12 X2R6
+353 21 455 9031""", "en"),
    ),
    dict(
        kind="application_received", slug="savica_cv_received_human", lang="en",
        company="Savica Labs", contact="nina.zupancic@savica-labs.example.si", id="sav_cv",
        date="2026-06-15 14:27 +0200",
        parent_mid="<7d11f0a3.savica.application@mail.example.at>",
        sender=SAV, sender_cs=("utf-8", "Q"),
        subject="RE: Application - QA Associate (English-speaking team)",
        text="""Dear Ottilie,

We've received your CV and cover letter - thank you. I've passed them on to our QA manager,
who is reviewing applications this week, and I'll come back to you with an update by the
end of next week at the latest.

Best regards,
""" + SAV_SIG,
    ),
    dict(
        kind="application_received", slug="kestrel_smartrecruiters_no_individual_reply",
        lang="en", company="Kestrel Clinical Labs", contact="", id="kest_ack",
        date="2026-08-03 16:02 +0100",
        sender=("Kestrel Clinical Labs", "noreply@smartrecruiters.com"),
        subject="We've received your application - QA Associate (Req 2291)",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Dear Ottilie,

Thank you for your application for QA Associate (Req 2291) in Cork. This email confirms
that it has reached us.

We receive a high volume of applications and unfortunately we are unable to respond to
every applicant individually. If your profile matches what we are looking for, a member of
our team will contact you within three weeks.

Kind regards,
Kestrel Clinical Labs Recruitment""", "Kestrel Clinical Labs", "SmartRecruiters",
            "#6b21a8", "en"),
    ),
    dict(
        kind="application_received", slug="tivoli_ashby_ack", lang="en",
        company="Tivoli Diagnostics", contact="", id="tiv_ack", date="2026-09-07 12:30 +0000",
        sender=("Tivoli Diagnostics", "no-reply@ashbyhq.com"),
        subject="Application received: QA Associate (Ljubljana)",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Tivoli Diagnostics", paras("""Hi Ottilie,

Thanks for your interest in Tivoli Diagnostics! We've received your application for QA
Associate (Ljubljana) and will review it as soon as possible.

You can check the status of your application any time from the link below.""") + button(
            "https://jobs.ashbyhq.com/tivoli-diagnostics/application/status/2f0c", "View status",
            "#1e3a5f") + paras("""Tivoli Diagnostics Hiring Team"""),
            footer="Sent with Ashby", color="#1e3a5f"),
    ),
    # ---------------------------------------------------------------- French (3)
    dict(
        kind="application_received", slug="bioconfluence_recruitee_pas_individuel", lang="fr",
        company="BioConfluence", contact="", id="bc_ack", date="2026-06-22 18:05 +0200",
        sender=("BioConfluence Recrutement", "notifications@jobs.recruitee.com"),
        subject="Nous avons bien reçu votre candidature",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Bonjour Ottilie,

Merci d'avoir postulé au poste de Technicien(ne) Assurance Qualité chez BioConfluence.
Votre candidature a bien été enregistrée.

En raison du nombre important de candidatures, nous ne pouvons malheureusement pas
répondre individuellement à chaque candidat avant la fin de la présélection. Si votre
profil est retenu, nous vous contacterons dans les trois semaines.

L'équipe RH de BioConfluence""", "BioConfluence", "Envoyé via Recruitee", "#0e7490", "fr"),
    ),
    dict(
        kind="application_received", slug="rhone_interim_inscription", lang="fr",
        company="Rhône Talents Intérim", contact="julien.garnier@rhone-talents.example.fr",
        id="rt_reg", date="2026-03-23 17:30 +0100",
        sender=("Julien Garnier", "julien.garnier@rhone-talents.example.fr"),
        subject="Confirmation de votre inscription chez Rhône Talents Intérim",
        enc=("iso-8859-1", "quoted-printable"),
        text="""Bonjour Ottilie,

Suite à notre rendez-vous de cet après-midi, je vous confirme votre inscription dans notre
agence. Votre dossier (CV, pièce d'identité, titre de séjour, diplômes) est complet.

Je vous proposerai des missions en assurance qualité dans l'industrie pharmaceutique,
agroalimentaire et hospitalière sur Lyon et sa périphérie. Pensez à télécharger notre
application pour signer vos contrats en ligne.

À bientôt,
Julien Garnier
Chargé de recrutement - Rhône Talents Intérim
27 rue de Marseille, 69007 Lyon - 04 72 71 30 88
""",
    ),
    dict(
        kind="application_received", slug="fourviere_taleo_html_only", lang="fr",
        company="Laboratoires Fourvière", contact="", id="lf_ack",
        date="2026-04-07 06:44 +0000",
        sender=("Laboratoires Fourvière - Carrières", "noreply@taleo.net"),
        subject="Accusé de réception de votre candidature - Réf. LF-AQ-2604",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Laboratoires Fourvière", paras("""Madame,

Nous accusons réception de votre candidature au poste de Technicien(ne) Assurance Qualité
(réf. LF-AQ-2604) et vous remercions de l'intérêt que vous portez à notre entreprise.

Votre dossier va être étudié avec attention par nos équipes. Nous reviendrons vers vous
dans les meilleurs délais.

Le Service Recrutement
Laboratoires Fourvière"""), footer="Ce message est généré automatiquement, merci de ne pas y "
            "répondre.", color="#7f1d1d", lang="fr"),
    ),
    # ---------------------------------------------------------------- Spanish (2)
    dict(
        kind="application_received", slug="biofarma_workable_ack", lang="es",
        company="Biofarma Levante", contact="", id="bl_ack", date="2026-05-04 10:21 +0200",
        sender=("Biofarma Levante", "noreply@workablemail.com"),
        subject="Gracias por tu candidatura a Biofarma Levante",
        headers=[("Auto-Submitted", "auto-generated")],
        **alt_card("""Hola Ottilie,

Gracias por presentar tu candidatura al puesto de Técnico/a de Garantía de Calidad en
Biofarma Levante. Hemos recibido correctamente tu solicitud.

Nuestro equipo de selección la revisará en los próximos días y, si tu perfil encaja,
nos pondremos en contacto contigo.

Un saludo,
El equipo de Talento de Biofarma Levante""", "Biofarma Levante", "Enviado con Workable",
            "#155e75", "es"),
    ),
    dict(
        kind="application_received", slug="albufera_cv_recibido", lang="es",
        company="Cítricos La Albufera", contact="v.climent@citricos-albufera.example.es",
        id="ca_ack", date="2026-07-13 12:09 +0200",
        parent_mid="<21c7a9be.albufera.candidatura@mail.example.at>",
        sender=("Vicent Climent", "v.climent@citricos-albufera.example.es"),
        subject="RE: Candidatura técnica de calidad - campaña 2026/27",
        text="""Hola Ottilie:

Hemos recibido tu CV, muchas gracias. Se lo paso a Rosa Ferrer, nuestra responsable de
calidad, que es quien lleva la selección para la campaña. Ella te llamará si necesita más
información.

Saludos,
Vicent Climent
Administración y Personal
Cítricos La Albufera
""",
    ),
    # ============================================================================ offer (10)
    # ---------------------------------------------------------------- German (5)
    dict(
        kind="offer", slug="pharmawerk_formal_offer_pdf", lang="de",
        company="Pharmawerk Steiermark", contact="b.koller@pharmawerk-stmk.example.at",
        id="pw_offer", parent="pw_move", date="2026-02-24 15:05 +0100", sender=PW,
        cc=[("DI Markus Rauch", "m.rauch@pharmawerk-stmk.example.at")],
        subject="Ihr Angebot: QA Associate bei Pharmawerk Steiermark",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))("""Sehr geehrte Frau Brandauer-Nkemelu,

wir freuen uns sehr, Ihnen nach den Gesprächen mit Herrn DI Rauch die Position als
QA Associate in Graz-Liebenau anbieten zu können.

Die Eckdaten finden Sie im beigefügten Angebotsschreiben: Eintritt 1. April 2026,
Vollzeit (38,5 Stunden), Bruttomonatsgehalt EUR 3.050,– (14 x jährlich) sowie
Essenszuschuss und Jobticket.

Bitte lassen Sie uns bis Freitag, 6. März, wissen, ob Sie das Angebot annehmen. Für Fragen
stehen Herr DI Rauch und ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

""" + PW_SIG),
        pdfs=[("Angebot_QA-Associate_Brandauer-Nkemelu.pdf", [
            "Pharmawerk Steiermark GmbH - Liebenauer Hauptstraße 210 - 8041 Graz",
            "",
            "Frau Ottilie Brandauer-Nkemelu, Zinzendorfgasse 14/7, 8010 Graz",
            "",
            "Angebot für ein Dienstverhältnis als QA Associate",
            "Eintritt: 1. April 2026 - Arbeitszeit: 38,5 Wochenstunden",
            "Einstufung: KV chemische Industrie, Verwendungsgruppe D",
            "Bruttomonatsgehalt: EUR 3.050,- (14 x jährlich)",
            "Probezeit: ein Monat; Kündigungsfristen lt. Angestelltengesetz",
            "Gültig bis 6. März 2026",
            "",
            "Graz, 24. Februar 2026 - Bernadette Koller, Human Resources",
        ])],
    ),
    dict(
        kind="offer", slug="alpenmilch_verbal_offer_followup", lang="de",
        company="Alpenmilch Ennstal", contact="g.stocker@alpenmilch-ennstal.example.at",
        id="am_offer", parent="am_move", date="2026-06-05 16:30 +0200",
        sender=("Gerhard Stocker", "g.stocker@alpenmilch-ennstal.example.at"),
        subject="Wie am Telefon besprochen – unser Angebot",
        enc=("iso-8859-1", "quoted-printable"),
        text="""Grüß Gott Frau Brandauer-Nkemelu,

schön, dass Ihnen der Probearbeitstag gefallen hat - dem Team ging es mit Ihnen genauso!
Wie heute am Telefon besprochen, möchten wir Sie gerne als Mitarbeiterin in der
Qualitätssicherung in Stainach einstellen.

Zusammengefasst:
- Beginn 1. August 2026, Vollzeit, Gleitzeit ohne Nachtschicht
- Einstufung nach dem KV für die Molkereien, EUR 2.940 brutto monatlich
- Übersiedlungspauschale von EUR 1.500

Den Dienstvertrag schickt Ihnen unsere Personalverrechnung nächste Woche. Wenn Sie vorab
schon Ja sagen möchten, reicht eine kurze Antwort auf diese Mail.

Beste Grüße
Gerhard Stocker
Leiter Qualitätssicherung, Alpenmilch Ennstal
Tel. 03682 22 4 50-17
""",
    ),
    dict(
        kind="offer", slug="kaltenbrunner_client_wants_offer_unnamed", lang="de",
        company="Kaltenbrunner Personalberatung", contact="s.leitgeb@kaltenbrunner-pb.example.at",
        date="2026-09-15 18:02 +0200", sender=KB,
        subject="Gute Nachrichten: Angebot unseres Mandanten",
        **alt("""Liebe Frau Brandauer-Nkemelu,

ich habe gerade mit unserem Mandanten telefoniert – dem Wiener Pharmaunternehmen, bei dem
Sie letzte Woche das zweite Gespräch hatten. Der Kunde möchte Ihnen ein Angebot machen!

Die Eckdaten, die mir genannt wurden: QA Associate in Vollzeit, Start 1. November,
Jahresbruttogehalt EUR 46.200 zuzüglich Bonus. Die Firma darf ich Ihnen vereinbarungsgemäß
erst nennen, wenn Sie grundsätzlich Interesse bestätigen; danach kommt das schriftliche
Angebot direkt vom Unternehmen.

Haben Sie morgen Vormittag zehn Minuten für ein Telefonat?

Herzliche Grüße
Sabine Leitgeb
Senior Consultant Life Sciences
Kaltenbrunner Personalberatung GmbH
M +43 676 402 11 87"""),
    ),
    dict(
        kind="offer", slug="doebling_contract_for_signature_pdf", lang="de",
        company="Labor Döbling", contact="mira.petrovic@labor-doebling.example.at",
        parent="ld_move", date="2026-07-08 12:14 +0200",
        sender=("Mira Petrović", "mira.petrovic@labor-doebling.example.at"),
        sender_cs=("utf-8", "B"),
        subject="Dein Dienstvertrag zur Unterschrift",
        text="""Liebe Ottilie,

wie versprochen: anbei dein Dienstvertrag als QA-Associate bei uns im Labor Döbling. Bitte
lies ihn in Ruhe durch, unterschreib beide Seiten und schick ihn mir eingescannt zurück –
das Original kannst du am ersten Arbeitstag mitbringen.

Ich freu mich schon sehr auf dich im Team!

LG Mira
--
Mag. Mira Petrović
QA-Leitung, Labor Döbling
Billrothstraße 51, 1190 Wien
+43 1 368 40 90-12
""",
        pdfs=[("Dienstvertrag_Brandauer-Nkemelu_Labor-Doebling.pdf", [
            "DIENSTVERTRAG",
            "zwischen Labor Döbling Dr. Haas & Partner, Billrothstraße 51, 1190 Wien",
            "und Frau Ottilie Brandauer-Nkemelu, geb. 11.05.1994",
            "1. Beginn: 1. September 2026, unbefristet",
            "2. Verwendung: QA-Associate (Qualitätssicherung, Dokumentenlenkung)",
            "3. Entgelt: EUR 3.180,- brutto monatlich, 14 x jährlich",
            "4. Arbeitszeit: 40 Wochenstunden, Gleitzeit",
            "",
            "Wien, am ____________    Unterschrift Dienstnehmerin ____________",
        ])],
    ),
    dict(
        kind="offer", slug="salzkammergut_offer_letter_replyto_pdf", lang="de",
        company="Salzkammergut Sterilpräparate", contact="f.eder@salzkammergut-steril.example.at",
        parent="sz_application", date="2026-10-12 10:20 +0200",
        sender=("Salzkammergut Sterilpräparate – Personal", "personal@salzkammergut-steril.example.at"),
        reply_to=("Mag. Florian Eder", "f.eder@salzkammergut-steril.example.at"),
        subject="Angebot Dienstverhältnis – QA Associate Gmunden",
        **(lambda t: dict(text=t, html=outlook_html(paras(t))))("""Sehr geehrte Frau Brandauer-Nkemelu,

nach den beiden Gesprächen im September freuen wir uns, Ihnen die Stelle als QA Associate
an unserem Standort Gmunden anzubieten. Das Angebotsschreiben mit allen Konditionen finden
Sie im Anhang.

Wir würden uns über Ihre Zusage bis 23. Oktober freuen. Bei Fragen zum Angebot wenden Sie
sich bitte direkt an Herrn Mag. Eder (Antworten auf diese E-Mail gehen an ihn).

Mit freundlichen Grüßen
Personalabteilung
Salzkammergut Sterilpräparate GmbH
Traunsteinstraße 24, 4810 Gmunden
Tel. +43 7612 640 70

Salzkammergut Sterilpräparate GmbH · FN 301177 v · Landesgericht Wels"""),
        pdfs=[("Angebotsschreiben_QA-Associate.pdf", [
            "Salzkammergut Sterilpräparate GmbH, Traunsteinstraße 24, 4810 Gmunden",
            "Angebot: QA Associate (Vollzeit), Eintritt 1. Dezember 2026",
            "Gehalt: EUR 3.240,- brutto monatlich, 14 x jährlich, KV chemische Industrie",
            "Zusätzlich: Schichtzulage entfällt, Betriebspensionskasse, Kantine",
            "Annahmefrist: 23. Oktober 2026",
        ])],
    ),
    # ---------------------------------------------------------------- English (2)
    dict(
        kind="offer", slug="savica_offer_pdf", lang="en",
        company="Savica Labs", contact="nina.zupancic@savica-labs.example.si",
        parent="sav_thanks", date="2026-07-14 13:45 +0200", sender=SAV,
        subject="Offer of employment - QA Associate, Savica Labs",
        **alt("""Dear Ottilie,

I'm delighted to let you know that, following your panel interview, we would like to offer
you the position of QA Associate at Savica Labs in Ljubljana.

The attached offer letter sets out the details: a permanent contract starting on
1 October 2026, a gross annual salary of EUR 34,800, a relocation package and support with
your registration in Slovenia. The working language of the QA team is English.

Please let us know by 24 July whether you accept. Dr Bregar and I are happy to answer any
questions in a call.

Warm regards,
""" + SAV_SIG, "en"),
        pdfs=[("Savica_Labs_Offer_Letter_Brandauer-Nkemelu.pdf", [
            "Savica Labs d.o.o. - Tehnoloski park 24 - 1000 Ljubljana",
            "Offer of Employment",
            "Position: QA Associate, Quality Department",
            "Start date: 1 October 2026 - permanent, full time",
            "Gross annual salary: EUR 34,800; relocation package EUR 3,000",
            "Please confirm acceptance by 24 July 2026",
        ])],
    ),
    dict(
        kind="offer", slug="shandon_glanmire_wants_to_offer", lang="en",
        company="Glanmire Medical Devices", contact="ciara.buckley@shandon-recruit.example.ie",
        date="2026-09-30 17:48 +0100", sender=SH,
        subject="Glanmire want to make you an offer!",
        text="""Hi Ottilie,

Fantastic news - Glanmire Medical Devices called me this afternoon and the client wants to
make you an offer for the QA Associate role!

What they've indicated: EUR 41,000 base, 10% bonus, hybrid after the first three months,
start date flexible from mid-November. Their HR team will send the written offer directly
once you've confirmed you're happy in principle.

Give me a ring when you're free this evening - I'd love to talk it through with you.

Best regards,
Ciara

Ciara Buckley | Shandon Life Science Recruitment | +353 21 455 9031
""",
    ),
    # ---------------------------------------------------------------- French (2)
    dict(
        kind="offer", slug="gerland_promesse_embauche_pdf", lang="fr",
        company="Biscuiterie Gerland", contact="h.vasseur@biscuiterie-gerland.example.fr",
        parent="bg_trial", date="2026-10-02 15:30 +0200",
        sender=("Hélène Vasseur", "h.vasseur@biscuiterie-gerland.example.fr"),
        sender_cs=("iso-8859-1", "Q"),
        subject="Promesse d'embauche : technicienne qualité",
        subject_cs=("iso-8859-1", "B"),
        **(lambda t: dict(text=t, html=simple_html(paras(t), "fr")))("""Bonjour Ottilie,

Suite à votre journée d'immersion et à votre entretien avec notre directeur de site, nous
avons le plaisir de vous proposer le poste de technicienne qualité en CDI.

Vous trouverez ci-joint la promesse d'embauche précisant les conditions : prise de poste
le 2 novembre 2026, rémunération brute annuelle de 29 500 euros sur 13 mois, mutuelle et
tickets restaurant.

Merci de nous la retourner signée avant le 12 octobre si vous acceptez notre proposition.

Très cordialement,
Hélène Vasseur
Responsable Qualité & Sécurité des aliments
Biscuiterie Gerland - 18 avenue Tony Garnier, 69007 Lyon"""),
        pdfs=[("Promesse_embauche_Brandauer-Nkemelu.pdf", [
            "Biscuiterie Gerland - 18 avenue Tony Garnier - 69007 Lyon",
            "PROMESSE D'EMBAUCHE",
            "Poste : Technicienne qualité - CDI - statut agent de maîtrise",
            "Date d'entrée : 2 novembre 2026",
            "Rémunération : 29 500 euros bruts annuels sur 13 mois",
            "Réponse attendue avant le 12 octobre 2026",
        ])],
    ),
    dict(
        kind="offer", slug="bellecour_verbal_offer_followup", lang="fr",
        company="Laboratoire Bellecour Analyses", contact="t.roux@bellecour-analyses.example.fr",
        date="2026-10-14 18:20 +0200",
        sender=("Thomas Roux", "t.roux@bellecour-analyses.example.fr"),
        subject="Suite à notre appel de ce midi",
        enc=("windows-1252", "quoted-printable"),
        text="""Bonjour Ottilie,

Comme je vous l'ai annoncé au téléphone ce midi, nous serions ravis de vous accueillir au
laboratoire en tant que technicienne assurance qualité.

Pour récapituler ce que nous avons évoqué :
– CDI à temps plein, démarrage souhaité début décembre ;
– 31 000 € bruts annuels, plus prime d'intéressement ;
– formation ISO 17025 prise en charge dès le premier trimestre.

Notre service RH vous enverra le contrat dans la semaine. D'ici là, n'hésitez pas si vous
avez des questions.

Bien à vous,
Thomas Roux
Directeur qualité – Laboratoire Bellecour Analyses
9 place Antonin Poncet, 69002 Lyon – 04 78 37 14 02
""",
    ),
    # ---------------------------------------------------------------- Spanish (1)
    dict(
        kind="offer", slug="biofarma_carta_oferta_pdf", lang="es",
        company="Biofarma Levante", contact="jordi.martinez@biofarma-levante.example.es",
        parent="bl_thanks", date="2026-06-09 13:10 +0200", sender=BL,
        subject="Oferta de empleo - Técnica de Garantía de Calidad",
        **alt(reply("""Estimada Ottilie:

Gracias por tu mensaje tras la entrevista. Nos alegra comunicarte que queremos ofrecerte
el puesto de Técnica de Garantía de Calidad en Paterna.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, incorporación
el 1 de septiembre de 2026 y salario bruto anual de 28.500 euros en 14 pagas.

Te agradeceríamos una respuesta antes del 19 de junio.

Un saludo,
""" + BL_SIG, "es", "2026-05-28 18:40", "Ottilie Brandauer-Nkemelu", "ottilie.bn@example.at",
            """Estimado Jordi:

Muchas gracias por la entrevista de esta mañana y por la visita a la planta. Me ha
encantado conocer al equipo de la Dra. Vidal.

Un saludo,
Ottilie"""), "es"),
        pdfs=[("Carta_oferta_Brandauer-Nkemelu.pdf", [
            "Biofarma Levante - Pol. Ind. Fuente del Jarro - Paterna (Valencia)",
            "CARTA DE OFERTA",
            "Puesto: Técnica de Garantía de Calidad",
            "Incorporación: 1 de septiembre de 2026 - contrato indefinido",
            "Salario bruto anual: 28.500 euros en 14 pagas",
            "Respuesta antes del 19 de junio de 2026",
        ])],
    ),
]
