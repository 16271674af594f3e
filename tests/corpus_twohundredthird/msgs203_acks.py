"""Corpus 203: application acknowledgements and offers."""

from __future__ import annotations

from msgs203_common import (
    a,
    ats_card,
    html_quote,
    mso_paras,
    outlook_html,
    paras,
    reply_block,
    simple_html,
)
from msgs203_other import KLEBER_THANKS, ZAHNWERK_THANKS

MESSAGES: list[dict] = [
    # ================================================================ application_received
    dict(
        kind="application_received", slug="zahnwerk_personio_eingang", lang="de", key="zw_ack",
        company="Zahnwerk Mitteldeutschland", contact="",
        frm=("Zahnwerk Mitteldeutschland", "noreply@personio.de"),
        subject="Eingangsbestätigung Ihrer Bewerbung – Praxismanagerin (m/w/d) Leipzig-Zentrum",
        date="2026-02-09 08:31 +0100",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Liebe Henrike Sall-Domínguez,

vielen Dank für Ihre Bewerbung als Praxismanagerin (m/w/d) am Standort Leipzig-Zentrum
und für das Vertrauen, das Sie uns damit entgegenbringen.

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team sichtet alle
Bewerbungen sorgfältig; in der Regel melden wir uns innerhalb von zwei Wochen bei Ihnen.

Den Stand Ihrer Bewerbung können Sie jederzeit hier einsehen:
https://zahnwerk-mitteldeutschland.jobs.personio.de/application-status?token=b1d09e

Herzliche Grüße
Ihr Recruiting-Team von Zahnwerk Mitteldeutschland""",
        html=ats_card("Zahnwerk Mitteldeutschland", "Ihre Bewerbung ist eingegangen", paras(
            """Liebe Henrike Sall-Domínguez,

vielen Dank für Ihre Bewerbung als Praxismanagerin (m/w/d) am Standort Leipzig-Zentrum
und für das Vertrauen, das Sie uns damit entgegenbringen.

Ihre Unterlagen sind vollständig bei uns eingegangen. Unser Recruiting-Team sichtet alle
Bewerbungen sorgfältig; in der Regel melden wir uns innerhalb von zwei Wochen bei Ihnen.""")
            + "\n<p>" + a("https://zahnwerk-mitteldeutschland.jobs.personio.de/application-status?"
                          "token=b1d09e", "Bewerbungsstatus ansehen") + "</p>\n"
            + paras("Herzliche Grüße\nIhr Recruiting-Team von Zahnwerk Mitteldeutschland"),
            "Versendet über Personio · Zahnwerk Mitteldeutschland GmbH, Prager Straße 61, 04317 Leipzig",
            color="#2b6cb0"),
    ),
    dict(
        kind="application_received", slug="elbdent_softgarden_nicht_individuell", lang="de",
        key="el_ack", company="Elbdent Zahnkliniken", contact="",
        frm=("Elbdent Zahnkliniken", "noreply@softgarden.io"),
        subject="Wir haben Ihre Bewerbung erhalten",
        date="2026-03-02 07:05 +0100", cs="windows-1252",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        text="""Guten Tag Frau Sall-Domínguez,

herzlichen Dank für Ihre Bewerbung als „Praxismanager:in – Standort Dresden-Striesen“.
Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Wir erhalten derzeit sehr viele Bewerbungen und können leider nicht jeder Bewerberin und
jedem Bewerber individuell auf Nachfragen zum Stand antworten. Seien Sie versichert: Jede
Bewerbung wird gelesen, und Sie erhalten in jedem Fall eine Nachricht von uns, sobald die
Vorauswahl abgeschlossen ist.

Mit freundlichen Grüßen
Ihr Personalteam der Elbdent Zahnkliniken

Diese E-Mail wurde automatisch von softgarden e-recruiting versendet.""",
    ),
    dict(
        kind="application_received", slug="saale_successfactors_base64", lang="de",
        key="sk_ack", company="Saale-Klinikum Halle", contact="",
        frm=("Saale-Klinikum Halle Karriere", "saaleklinikum@successfactors.eu"),
        subject="Bestätigung: Ihre Bewerbung (SK-2026-031)",
        date="2026-01-19 06:30 +0100", cte="base64",
        text="""Sehr geehrte Frau Sall-Domínguez,

wir bestätigen den Eingang Ihrer Bewerbung auf die Stelle

  Leitung Patientenmanagement Zahnmedizin (Kennziffer SK-2026-031)

Ihre Bewerbung wird nun von der Personalabteilung und der Fachabteilung geprüft. Die
Bewerbungsfrist endet am 25.01.2026; danach beginnen wir mit der Auswahl.

Sie können Ihren Bewerberstatus jederzeit im Kandidatenportal einsehen:
https://career5.successfactors.eu/career?company=saaleklinikum&career_ns=job_application

Mit freundlichen Grüßen
Ihre Personalabteilung
Saale-Klinikum Halle

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.""",
    ),
    dict(
        kind="application_received", slug="praxispersonal_registrierung", lang="de",
        key="pp_reg", company="Praxispersonal Plus", contact="n.fuchs@praxispersonal-plus.example.de",
        frm=("Praxispersonal Plus", "registrierung@praxispersonal-plus.example.de"),
        reply_to=("Nadine Fuchs", "n.fuchs@praxispersonal-plus.example.de"),
        subject="Willkommen bei Praxispersonal Plus – Ihre Registrierung ist abgeschlossen",
        date="2026-03-16 09:20 +0100",
        text="""Liebe Frau Sall-Domínguez,

schön, dass Sie sich bei Praxispersonal Plus registriert haben! Ihr Kandidatenprofil und
Ihr Lebenslauf sind bei uns angelegt (Kandidaten-Nr. PP-26-04417).

Ihre persönliche Ansprechpartnerin ist Nadine Fuchs aus unserer Niederlassung Leipzig.
Sie meldet sich in den nächsten Tagen für ein kurzes Kennenlerngespräch, um Ihre Wünsche
zu Region, Arbeitszeit und Gehalt abzustimmen. Antworten auf diese E-Mail gehen direkt an sie.

Ihre Daten geben wir nur nach Ihrer ausdrücklichen Zustimmung an Kunden weiter.

Herzliche Grüße
Ihr Team von Praxispersonal Plus""",
    ),
    dict(
        kind="application_received", slug="bkk_workday_received", lang="de", key="be_ack",
        company="BKK Elster-Pleiße", contact="",
        frm=("BKK Elster-Pleiße", "bkkelster@myworkday.com"),
        frm_enc="utf-8/B",
        subject="Ihre Bewerbung ist eingegangen: Teamleitung Versichertenservice Zahnersatz (R-2026-0147)",
        date="2026-01-05 23:48 -0800",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Henrike,

vielen Dank für Ihr Interesse an der BKK Elster-Pleiße. Ihre Bewerbung für die Position
Teamleitung Versichertenservice Zahnersatz (R-2026-0147) haben wir erhalten.

Was passiert als Nächstes? Wir prüfen Ihre Qualifikationen im Hinblick auf die
Anforderungen der Stelle. Wenn Ihr Profil passt, kontaktieren wir Sie für die nächsten
Schritte. Den Status können Sie jederzeit in Ihrem Kandidatenkonto verfolgen:
https://wd3.myworkday.com/bkkelster/d/home.htmld

Freundliche Grüße
Talent Acquisition, BKK Elster-Pleiße""",
        html=ats_card("BKK Elster-Pleiße", "Bewerbung eingegangen", paras(
            """Guten Tag Henrike,

vielen Dank für Ihr Interesse an der BKK Elster-Pleiße. Ihre Bewerbung für die Position
Teamleitung Versichertenservice Zahnersatz (R-2026-0147) haben wir erhalten.

Was passiert als Nächstes? Wir prüfen Ihre Qualifikationen im Hinblick auf die
Anforderungen der Stelle. Wenn Ihr Profil passt, kontaktieren wir Sie für die nächsten
Schritte.""") + "\n<p>" + a("https://wd3.myworkday.com/bkkelster/d/home.htmld",
                            "Zum Kandidatenkonto") + "</p>\n"
            + paras("Freundliche Grüße\nTalent Acquisition, BKK Elster-Pleiße"),
            "Powered by Workday", color="#005a9c"),
    ),
    dict(
        kind="application_received", slug="donaukasse_taleo_html", lang="de", key="dk_ack",
        company="Donaukasse", contact="",
        frm=("Donaukasse Versicherung - Karriere", "donaukasse@taleo.net"),
        subject="Eingangsbestätigung: Koordination Vertragszahnärzte (Wien)",
        subj_enc="iso-8859-1/Q",
        date="2026-04-13 13:04 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        html=ats_card("Donaukasse Versicherung", "Vielen Dank für Ihre Bewerbung", paras(
            """Sehr geehrte Frau Sall-Domínguez,

wir haben Ihre Bewerbung für die Position „Koordination Vertragszahnärzte“ (Ref. DK-0412)
in Wien erhalten und bedanken uns für Ihr Interesse.

Die Sichtung der Unterlagen nimmt erfahrungsgemäß drei bis vier Wochen in Anspruch. Wir
bitten um Verständnis, dass wir Anfragen zum Bearbeitungsstand in dieser Zeit nicht
einzeln beantworten können.

Mit freundlichen Grüßen
Human Resources
Donaukasse Versicherung"""),
            "Diese Nachricht wurde automatisch über Oracle Taleo versendet. Bitte antworten Sie nicht.",
            color="#7a1f3d"),
    ),
    dict(
        kind="application_received", slug="wenzel_lebenslauf_erhalten", lang="de", key="we_ack",
        reply="we_app", company="Zahnarztpraxis Dr. Wenzel", contact="u.wenzel@zahnarzt-wenzel.example.de",
        frm=("Ute Wenzel", "u.wenzel@zahnarzt-wenzel.example.de"),
        subject="AW: Bewerbung als Praxismanagerin – Henrike Sall-Domínguez",
        date="2026-01-09 12:37 +0100",
        text="""Liebe Frau Sall-Domínguez,

danke, Ihr Lebenslauf und die Zeugnisse sind angekommen. Ich schaue mir alles in Ruhe an
und melde mich spätestens Ende des Monats bei Ihnen.

Viele Grüße aus Halle
Ute Wenzel

Zahnarztpraxis Dr. Ute Wenzel & Partner
Leipziger Straße 77, 06108 Halle (Saale)

""" + reply_block("Am 07.01.2026 um 20:48 schrieb Henrike Sall-Domínguez:",
                  """Sehr geehrte Frau Dr. Wenzel,

auf Ihrer Praxiswebsite habe ich gelesen, dass Sie eine Praxismanagerin für Ihre Praxis
in Halle suchen. [...]"""),
    ),
    dict(
        kind="application_received", slug="kessler_vogt_dossier_limmatdent", lang="de",
        key="kv_ack", reply="kv_cold", company="Limmatdent", contact="r.kessler@kessler-vogt.example.ch",
        frm=("Regula Kessler", "r.kessler@kessler-vogt.example.ch"),
        subject="AW: Vertrauliche Anfrage – Ihr Dossier für Limmatdent",
        date="2026-07-02 14:10 +0200", cs="windows-1252",
        text="""Liebe Frau Sall-Domínguez

Besten Dank für das angenehme Telefonat und für Ihre Unterlagen, die ich vollständig
erhalten habe. Wie besprochen geht es um die Position „Leiterin Praxisorganisation“ bei
unserer Mandantin Limmatdent in Zürich.

Ich bereite nun Ihr Dossier auf und stelle es der Geschäftsleitung von Limmatdent in der
kommenden Woche vor. Sobald ich eine Rückmeldung habe, melde ich mich bei Ihnen.

Freundliche Grüsse

Regula Kessler
Partnerin
Kessler & Vogt Healthcare Search AG
Bahnhofstrasse 52, 8001 Zürich
+41 44 555 12 40""",
    ),
    dict(
        kind="application_received", slug="landesagentur_eingangsbestaetigung", lang="de",
        key="la_ack", company="Landesagentur für Gesundheitsberufe Sachsen-Anhalt",
        contact="personal@lagb-sachsen-anhalt.example.de",
        frm=("Landesagentur für Gesundheitsberufe Sachsen-Anhalt, Personalstelle",
             "personal@lagb-sachsen-anhalt.example.de"),
        frm_enc="iso-8859-1/B",
        subject="Eingangsbestätigung – Stellenausschreibung 14/2026",
        date="2026-05-20 10:12 +0200", cs="iso-8859-1",
        text="""Sehr geehrte Frau Sall-Domínguez,

hiermit bestätigen wir den Eingang Ihrer Bewerbung vom 18.05.2026 auf die
Stellenausschreibung 14/2026 (Sachbearbeitung Praxisorganisation und
Qualitätsmanagement).

Nach Ablauf der Bewerbungsfrist am 31.05.2026 werden alle Bewerbungen anhand des
Anforderungsprofils ausgewertet. Wir bitten Sie, bis dahin von Rückfragen zum Stand des
Verfahrens abzusehen.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Haack
Personalstelle, Referat Z 2

Hinweis zum Datenschutz: Ihre personenbezogenen Daten werden ausschließlich zum Zweck
der Durchführung des Stellenbesetzungsverfahrens verarbeitet (Art. 6 Abs. 1 lit. b
DSGVO i. V. m. § 26 BDSG) und sechs Monate nach Abschluss des Verfahrens gelöscht.""",
    ),
    dict(
        kind="application_received", slug="zahnforum_greenhouse_auto", lang="de", key="zf_ack",
        company="Charlottenburger Zahnforum", contact="",
        frm=("Charlottenburger Zahnforum", "no-reply@greenhouse-mail.io"),
        subject="Danke für Ihre Bewerbung beim Charlottenburger Zahnforum",
        date="2026-08-03 21:14 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hallo Henrike,

vielen Dank für Ihre Bewerbung als Praxismanager*in beim Charlottenburger Zahnforum!
Wir haben Ihre Unterlagen erhalten und werden sie in den kommenden Tagen prüfen.

Wenn Ihr Profil zu unseren Anforderungen passt, meldet sich jemand aus unserem
People-Team bei Ihnen.

Viele Grüße
Charlottenburger Zahnforum

(Bitte antworten Sie nicht auf diese E-Mail – dieses Postfach wird nicht gelesen.)""",
    ),
    dict(
        kind="application_received", slug="vltava_lever_thanks", lang="en", key="vl_ack",
        company="Vltava Dental Care", contact="",
        frm=("Vltava Dental Care", "no-reply@hire.lever.co"),
        subject="Thanks for applying to Vltava Dental Care",
        date="2026-01-12 10:03 +0100",
        text="""Hi Henrike,

Thanks for applying for the Clinic Operations Manager position at Vltava Dental Care.
We've received your application and our team will review it shortly.

If your experience looks like a good fit, someone from our talent team will reach out
about next steps.

All the best,
Vltava Dental Care Talent Team""",
        html=simple_html(paras("""Hi Henrike,

Thanks for applying for the Clinic Operations Manager position at Vltava Dental Care.
We've received your application and our team will review it shortly.

If your experience looks like a good fit, someone from our talent team will reach out
about next steps.

All the best,
Vltava Dental Care Talent Team""") + '\n<p style="color:#999;font-size:11px">Sent via Lever</p>', "en"),
    ),
    dict(
        kind="application_received", slug="meridian_icims_high_volume", lang="en", key="md_ack",
        company="Meridian Dental Partners", contact="",
        frm=("Meridian Dental Partners Careers", "meridiandental@icims.com"),
        subject="We received your application - Practice Operations Manager, Berlin",
        date="2026-06-01 03:20 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Henrike Sall-Domínguez,

Thank you for your application for the position of Practice Operations Manager (Berlin),
requisition 2026-4471. This email confirms that we have received it.

Due to the high volume of applications, unfortunately we cannot reply to every applicant
individually. If your qualifications match our requirements, a member of our recruitment
team will contact you within the next three weeks.

You can review your application at any time in our careers portal:
https://careers-meridiandental.icims.com/jobs/4471/login

Sincerely,
Talent Acquisition
Meridian Dental Partners""",
    ),
    dict(
        kind="application_received", slug="brightbite_workable_received", lang="en", key="bb_ack",
        company="Brightbite Clinics", contact="",
        frm=("Brightbite Clinics", "noreply@workablemail.com"),
        subject="Your application to Brightbite Clinics",
        date="2026-04-27 11:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hi Henrike,

Thank you for applying for the Practice Manager (Vinohrady, Prague) position at
Brightbite Clinics. Your application has been received and is now with our hiring team.

We review every application personally and aim to respond within ten working days.

Best regards,
The Brightbite Clinics team

Powered by Workable""",
        html=ats_card("Brightbite Clinics", "Application received", paras("""Hi Henrike,

Thank you for applying for the Practice Manager (Vinohrady, Prague) position at
Brightbite Clinics. Your application has been received and is now with our hiring team.

We review every application personally and aim to respond within ten working days.

Best regards,
The Brightbite Clinics team"""), "Powered by Workable", color="#0f766e", lang="en"),
    ),
    dict(
        kind="application_received", slug="carrow_finch_registration", lang="en", key="cf_reg",
        company="Carrow & Finch Recruitment", contact="d.carrow@carrowfinch.example.cz",
        frm=("Carrow & Finch Recruitment", "registrations@carrowfinch.example.cz"),
        reply_to=("Daniel Carrow", "d.carrow@carrowfinch.example.cz"),
        subject="You're registered with Carrow & Finch",
        date="2026-02-23 09:45 +0100",
        text="""Dear Henrike,

Thanks for registering with Carrow & Finch Recruitment. We've received your CV and created
your candidate profile for healthcare operations roles in Prague.

Your consultant is Daniel Carrow. He'll call you within two working days to talk about
the kind of clinic you'd like to join, your notice period and salary expectations.
Simply reply to this email to reach him directly.

We'll never send your CV to an employer without your permission.

Kind regards,
Carrow & Finch Recruitment
Vodičkova 36, 110 00 Praha 1""",
    ),
    dict(
        kind="application_received", slug="lumen_ashby_received", lang="en", key="lu_ack",
        company="Lumen Orthodontics", contact="",
        frm=("Lumen Orthodontics", "no-reply@ashbyhq.com"),
        subject="Thanks for applying to Lumen Orthodontics!",
        date="2026-09-07 12:00 +0000",
        html=ats_card("Lumen Orthodontics", "Application received", paras("""Hi Henrike,

Thanks for applying for Clinic Manager (Berlin Kreuzberg). We're excited you're
interested in joining Lumen!

Our team reviews every application and will be in touch if there's a match. In the
meantime, feel free to read more about how we work.""")
            + "\n<p>" + a("https://lumenortho.example.de/how-we-work", "How we work at Lumen") + "</p>\n"
            + paras("Cheers,\nThe Lumen Orthodontics Hiring Team"),
            "Sent with Ashby · You received this email because you applied to Lumen Orthodontics.",
            color="#5b3cc4", lang="en"),
    ),
    dict(
        kind="application_received", slug="kleber_recruitee_accuse", lang="fr", key="kl_ack",
        company="Centre dentaire Kléber", contact="",
        frm=("Centre dentaire Kléber", "notifications@jobs.recruitee.com"),
        subject="Nous avons bien reçu votre candidature",
        date="2026-05-04 09:00 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Bonjour Henrike,

Merci pour votre candidature au poste de responsable de centre dentaire (Strasbourg).
Nous accusons bonne réception de votre dossier.

Notre équipe l'étudiera avec attention et reviendra vers vous dans les prochaines
semaines.

Cordialement,
L'équipe du Centre dentaire Kléber

Ce message a été envoyé automatiquement via Recruitee.""",
    ),
    dict(
        kind="application_received", slug="rhin_sante_bien_recu_cv", lang="fr", key="rs_ack",
        company="Rhin Santé Conseil", contact="c.schaller@rhin-sante.example.fr",
        frm=("Claire Schaller (Rhin Santé Conseil)", "c.schaller@rhin-sante.example.fr"),
        subject="Bien reçu votre CV",
        date="2026-02-16 18:30 +0100",
        text="""Bonjour Madame Sall-Domínguez,

J'ai bien reçu votre CV ainsi que votre lettre, merci. Votre profil bilingue et votre
expérience en cabinet m'intéressent pour plusieurs missions que nous menons en ce moment
pour des établissements de santé strasbourgeois.

Je vous appellerai en début de semaine prochaine pour faire connaissance.

Bien à vous,
Claire Schaller
Consultante senior – Rhin Santé Conseil
4 quai des Bateliers, 67000 Strasbourg""",
    ),
    dict(
        kind="application_received", slug="dentalis_pas_individuellement", lang="fr", key="de_ack",
        company="Dentalis Alsace", contact="",
        frm=("Dentalis Alsace", "no-reply@teamtailor-mail.com"),
        subject="Confirmation de votre candidature – Responsable administrative",
        subj_enc="utf-8/B",
        date="2026-01-26 16:48 +0100",
        text="""Bonjour Henrike,

Merci de l'intérêt que vous portez à Dentalis Alsace. Votre candidature au poste de
responsable administrative a bien été enregistrée.

En raison du nombre important de candidatures reçues, nous ne pourrons malheureusement pas
répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins,
notre équipe recrutement vous contactera dans un délai de trois semaines.

Bien cordialement,
L'équipe Dentalis Alsace""",
        html=ats_card("Dentalis Alsace", "Candidature enregistrée", paras("""Bonjour Henrike,

Merci de l'intérêt que vous portez à Dentalis Alsace. Votre candidature au poste de
responsable administrative a bien été enregistrée.

En raison du nombre important de candidatures reçues, nous ne pourrons malheureusement pas
répondre individuellement à chaque candidature. Si votre profil correspond à nos besoins,
notre équipe recrutement vous contactera dans un délai de trois semaines.

Bien cordialement,
L'équipe Dentalis Alsace"""), "Envoyé via Teamtailor", color="#1e3a8a", lang="fr"),
    ),
    dict(
        kind="application_received", slug="sonrisa_clara_bamboohr", lang="es", key="sc_ack",
        company="Sonrisa Clara", contact="",
        frm=("Sonrisa Clara", "notifications@bamboohr.com"),
        subject="Hemos recibido tu solicitud – Coordinadora de clínica",
        date="2026-03-30 10:30 +0200",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola Henrike:

¡Gracias por tu interés en Sonrisa Clara! Hemos recibido tu solicitud para el puesto de
coordinadora de clínica en Valencia.

Nuestro equipo revisará tu candidatura y, si tu perfil encaja, nos pondremos en contacto
contigo para los siguientes pasos.

Un saludo,
Equipo de Personas · Sonrisa Clara""",
    ),
    dict(
        kind="application_received", slug="talento_alta_candidata", lang="es", key="ts_reg",
        company="Talento Salud Levante", contact="l.ferrer@talentosalud.example.es",
        frm=("Lucía Ferrer", "l.ferrer@talentosalud.example.es"),
        subject="Ya estás dada de alta en Talento Salud Levante",
        date="2026-06-08 12:00 +0200", cs="iso-8859-1",
        text="""Hola Henrike:

Gracias por enviarnos tu CV. Te hemos dado de alta en nuestra base de candidatos para
puestos de gestión en clínicas dentales de Valencia y alrededores.

A partir de ahora seré tu consultora de referencia. En cuanto tenga un proceso que encaje
con lo que buscas, te llamo para contártelo antes de presentar tu candidatura a ningún
cliente.

Un saludo,
Lucía Ferrer
Consultora de selección - Talento Salud Levante
Carrer de Colón 22, 46004 València""",
    ),
    dict(
        kind="application_received", slug="sonrisa_med_cv_recibido", lang="es", key="sm_ack",
        company="Sonrisa Mediterránea", contact="j.navarro@sonrisamed.example.es",
        frm=("Selección Sonrisa Mediterránea", "seleccion@sonrisamed.example.es"),
        reply_to=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
        subject="Hemos recibido tu CV",
        date="2026-08-24 13:15 +0200",
        text="""Hola Henrike:

Te confirmamos que hemos recibido tu CV para el puesto de coordinadora de clínicas.
Lo revisaremos durante las próximas dos semanas.

Si tienes cualquier duda, puedes responder a este correo: le llegará directamente a
Javier Navarro, responsable del proceso.

Gracias por pensar en nosotros,
Equipo de Selección
Sonrisa Mediterránea · Av. del Puerto 118, 46023 Valencia""",
    ),

    # ================================================================ offer
    dict(
        kind="offer", slug="zahnwerk_vertragsangebot_pdf", lang="de", key="zw_offer",
        reply="zw_thanks", company="Zahnwerk Mitteldeutschland",
        contact="a.brueckner@zahnwerk.example.de",
        frm=("Annika Brückner", "A.Brueckner@zahnwerk.example.de"),
        cc=[("Dr. Jens Osterloh", "j.osterloh@zahnwerk.example.de")],
        subject="AW: Danke für das Gespräch am 26.02. – Ihr Vertragsangebot",
        date="2026-03-06 10:05 +0100",
        text="""Liebe Frau Sall-Domínguez,

danke noch einmal für Ihre nette Nachricht – der Eindruck war ganz gegenseitig!
Ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Praxismanagerin
für unseren Standort Leipzig-Zentrum anbieten zu dürfen.

Eckdaten unseres Angebots:
- Beginn: 1. Mai 2026, unbefristet, 40 Stunden/Woche
- Bruttojahresgehalt: 52.800 € zzgl. Jahresbonus bis 10 %
- 30 Urlaubstage, Jobticket, Budget für die ZMV-Weiterbildung

Das vollständige Angebot finden Sie im Anhang. Wir würden uns über Ihre Rückmeldung bis
zum 16. März freuen; für Fragen rufen Sie mich jederzeit an.

Herzliche Grüße
Annika Brückner
Recruiting & Personalentwicklung
Zahnwerk Mitteldeutschland GmbH · Prager Straße 61 · 04317 Leipzig
Tel. 0341 5550 7710

Zahnwerk Mitteldeutschland GmbH · Sitz Leipzig · Amtsgericht Leipzig HRB 39921
Geschäftsführer: Dr. Jens Osterloh, Cornelia Lutz

""" + reply_block("Am 26.02.2026 um 19:15 schrieb Henrike Sall-Domínguez <henrike.sd@example.de>:",
                  ZAHNWERK_THANKS),
        pdf=[("Vertragsangebot_Sall-Domínguez.pdf", "Vertragsangebot Praxismanagerin",
              ["Zahnwerk Mitteldeutschland GmbH", "Prager Straße 61, 04317 Leipzig", "",
               "Angebot eines Arbeitsvertrags für Frau Henrike Sall-Domínguez",
               "Position: Praxismanagerin, Standort Leipzig-Zentrum",
               "Beginn: 01.05.2026, unbefristet, 40 Std./Woche",
               "Bruttojahresgehalt: 52.800 EUR zzgl. Bonus bis 10 %",
               "Bitte unterschreiben Sie ein Exemplar und senden Sie es bis 16.03.2026 zurück."])],
    ),
    dict(
        kind="offer", slug="praxispersonal_kunde_will_angebot", lang="de", key="pp_offer",
        reply="pp_move", company="Spreedent Zahnmedizin",
        contact="n.fuchs@praxispersonal-plus.example.de",
        frm=("Nadine Fuchs | Praxispersonal Plus", "n.fuchs@praxispersonal-plus.example.de"),
        subject="Spreedent möchte Ihnen ein Angebot machen!",
        date="2026-04-07 17:30 +0200",
        text="""Liebe Frau Sall-Domínguez,

ich habe heute mit Dr. Ahrendt telefoniert: Spreedent Zahnmedizin war von Ihnen im
Gespräch am 1. April begeistert und möchte Ihnen die Stelle als Praxismanagerin am
Standort Mitte anbieten!

Der Kunde bietet 54.000 € brutto im Jahr, 30 Urlaubstage, zwei Homeoffice-Tage im Monat
und einen Umzugszuschuss von 2.000 €. Start wäre zum 1. Juni möglich, auf Wunsch auch später.

Lassen Sie uns morgen telefonieren, dann gehe ich die Details mit Ihnen durch und wir
besprechen, ob wir beim Gehalt noch etwas verhandeln möchten. Passt Ihnen 12:30 Uhr?

Herzlichen Glückwunsch schon mal!
Nadine Fuchs
Praxispersonal Plus GmbH · Niederlassung Leipzig
Tel. +49 341 5550 3390""",
    ),
    dict(
        kind="offer", slug="seefeld_vertrag_unterzeichnung", lang="de",
        company="Zahnarztzentrum Seefeld", contact="corinne.meier@zz-seefeld.example.ch",
        frm=("Zahnarztzentrum Seefeld", "noreply@smartrecruiters.com"),
        reply_to=("Corinne Meier", "corinne.meier@zz-seefeld.example.ch"),
        subject="Ihr Arbeitsvertrag zur Unterzeichnung – Zahnarztzentrum Seefeld",
        date="2026-10-02 15:20 +0200", cte="base64",
        text="""Guten Tag Frau Sall-Domínguez

Wir freuen uns, dass Sie ab dem 1. Januar 2027 als Leiterin Praxisadministration zu uns
stossen. Wie am Telefon besprochen, erhalten Sie anbei Ihren Arbeitsvertrag.

Bitte lesen Sie den Vertrag in Ruhe durch, unterzeichnen Sie ihn und senden Sie uns eine
eingescannte Kopie bis 16. Oktober 2026 zurück. Das Original bringen Sie bitte am ersten
Arbeitstag mit. Die Unterlagen für die Grenzgänger-Bewilligung (G-Ausweis) reichen wir
nach Ihrer Unterschrift beim Kanton ein.

Bei Fragen erreichen Sie mich direkt über "Antworten".

Freundliche Grüsse
Corinne Meier
HR-Verantwortliche, Zahnarztzentrum Seefeld
Seefeldstrasse 123, 8008 Zürich""",
        pdf=[("Arbeitsvertrag_Leitung_Praxisadministration.pdf", "Arbeitsvertrag",
              ["Zahnarztzentrum Seefeld AG, Seefeldstrasse 123, 8008 Zürich", "",
               "Arbeitnehmerin: Henrike Sall-Domínguez",
               "Funktion: Leiterin Praxisadministration, 100 %",
               "Stellenantritt: 1. Januar 2027",
               "Jahreslohn: CHF 88'400 brutto, 13 Monatslöhne",
               "Ferien: 25 Arbeitstage", "", "Ort, Datum, Unterschrift: ______________"])],
    ),
    dict(
        kind="offer", slug="dresden_neustadt_muendliche_zusage", lang="de",
        company="MVZ Zahnmedizin Dresden-Neustadt", contact="f.richter@mvz-dd-neustadt.example.de",
        frm=("Frank Richter", "f.richter@mvz-dd-neustadt.example.de"),
        subject="Unser Telefonat von heute – Bestätigung",
        date="2026-10-09 18:05 +0200", cs="windows-1252",
        text="""Liebe Frau Sall-Domínguez,

wie heute Nachmittag am Telefon besprochen, bestätige ich Ihnen gern schriftlich: Wir
möchten Sie als Praxismanagerin für unser MVZ einstellen.

Zusammengefasst, was wir vereinbart haben:
– Start zum 1. Dezember 2026 (oder nach Ihrer Kündigungsfrist)
– 38,5 Stunden/Woche, Gehalt wie besprochen 4.350 € brutto monatlich
– Probezeit sechs Monate, danach unbefristet

Den schriftlichen Vertrag schickt Ihnen unsere Lohnbuchhaltung in den nächsten Tagen zu.
Wir freuen uns sehr auf die Zusammenarbeit!

Beste Grüße
Frank Richter
Kaufmännischer Leiter
MVZ Zahnmedizin Dresden-Neustadt
Königsbrücker Straße 58 · 01099 Dresden""",
    ),
    dict(
        kind="offer", slug="bkk_muldental_einstellungszusage", lang="de",
        company="BKK Muldental", contact="s.hoffmann@bkk-muldental.example.de",
        frm=("Hoffmann, Stefanie", "s.hoffmann@bkk-muldental.example.de"),
        subject="Einstellungszusage – Referentin Vertragspartner Zahnmedizin",
        date="2026-07-28 11:30 +0200",
        text="""Sehr geehrte Frau Sall-Domínguez,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie
entschieden hat. Vorbehaltlich der Zustimmung des Personalrats sagen wir Ihnen hiermit die
Einstellung als Referentin Vertragspartner Zahnmedizin (Entgeltgruppe 10 BKK-TV) in
unserer Hauptverwaltung in Grimma zu.

Als Beginn schlagen wir den 1. Oktober 2026 vor. Das Zusageschreiben mit allen
Einzelheiten und einen Personalfragebogen finden Sie im Anhang. Bitte senden Sie uns den
Fragebogen bis 10. August 2026 ausgefüllt zurück.

Mit freundlichen Grüßen
Stefanie Hoffmann
Personalabteilung BKK Muldental
Lorenzstraße 9, 04668 Grimma
Tel. 03437 555 210

Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der vorgesehene
Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht.""",
        html=outlook_html(mso_paras("""Sehr geehrte Frau Sall-Domínguez,

wir freuen uns, Ihnen mitteilen zu können, dass die Auswahlkommission sich für Sie
entschieden hat. Vorbehaltlich der Zustimmung des Personalrats sagen wir Ihnen hiermit die
Einstellung als Referentin Vertragspartner Zahnmedizin (Entgeltgruppe 10 BKK-TV) in
unserer Hauptverwaltung in Grimma zu.

Als Beginn schlagen wir den 1. Oktober 2026 vor. Das Zusageschreiben mit allen
Einzelheiten und einen Personalfragebogen finden Sie im Anhang. Bitte senden Sie uns den
Fragebogen bis 10. August 2026 ausgefüllt zurück.

Mit freundlichen Grüßen
Stefanie Hoffmann
Personalabteilung BKK Muldental
Lorenzstraße 9, 04668 Grimma
Tel. 03437 555 210""") + '\n<p class="MsoNormal"><span style="font-size:7.5pt;color:#7F7F7F">'
            "Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der vorgesehene "
            "Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht."
            "<o:p></o:p></span></p>"),
        cte="base64",
        pdf=[("Einstellungszusage_Sall-Dominguez.pdf", "Einstellungszusage",
              ["BKK Muldental - Personalabteilung", "Lorenzstraße 9, 04668 Grimma", "",
               "Einstellungszusage für Frau Henrike Sall-Domínguez",
               "Tätigkeit: Referentin Vertragspartner Zahnmedizin, EG 10 BKK-TV",
               "Beginn: 01.10.2026, unbefristet, Vollzeit",
               "Vorbehalt: Zustimmung des Personalrats"]),
             ("Personalfragebogen.pdf", "Personalfragebogen",
              ["Name, Vorname:", "Geburtsdatum:", "Steuer-ID:", "Krankenkasse:",
               "Bankverbindung (IBAN):"])],
    ),
    dict(
        kind="offer", slug="brightarc_offer_letter_pdf", lang="en", key="ba_offer",
        reply="ba_post", company="Bright Arc Dental Europe", contact="h.okafor@brightarc.example.com",
        frm=("Helen Okafor", "h.okafor@brightarc.example.com"),
        subject="Offer of employment - Regional Practice Manager (Prague hub)",
        date="2026-09-18 16:40 +0100",
        text="""Dear Henrike,

It was a pleasure to see you at the assessment day last week. On behalf of Bright Arc
Dental Europe, I'm delighted to offer you the position of Regional Practice Manager,
based at our Prague hub and responsible for our three clinics in Prague 2, 7 and 8.

Your offer letter is attached. In short: start date 1 December 2026, gross annual salary
CZK 1,260,000 plus a performance bonus of up to 12%, relocation support of EUR 4,000 and
25 days of annual leave.

Please let me know by 30 September whether you accept. If you'd like to talk anything
through, I'm happy to set up a call with our COO.

Warm regards,
Helen Okafor
Talent Acquisition Lead, Bright Arc Dental Europe
+44 20 5550 1842

This message is confidential and intended only for the addressee. Bright Arc Dental
Europe Ltd is registered in England and Wales, company no. 11839201.""",
        pdf=[("Offer_Letter_H_Sall-Dominguez.pdf", "Offer of Employment",
              ["Bright Arc Dental Europe", "Prague hub, Rohanske nabrezi 678/29, Praha 8", "",
               "Dear Henrike Sall-Domínguez,",
               "We are pleased to offer you the role of Regional Practice Manager.",
               "Start date: 1 December 2026",
               "Salary: CZK 1,260,000 gross per year, bonus up to 12%",
               "Relocation support: EUR 4,000", "Please sign and return by 30 September 2026."])],
    ),
    dict(
        kind="offer", slug="halden_client_offer", lang="en", key="hs_offer", reply="hs_cold",
        company="Westhafen Dental", contact="oliver.brandt@haldensearch.example.com",
        frm=("Oliver Brandt", "oliver.brandt@haldensearch.example.com"),
        subject="Westhafen Dental want to make you an offer",
        date="2026-10-14 13:05 +0200",
        text="""Hi Henrike,

Fantastic news: I've just come off the phone with Westhafen Dental and the client wants
to make you an offer for the Clinic Manager role in Moabit. They were impressed by how you
handled the case exercise in the second interview.

Headline numbers: EUR 56,000 base, a 10% bonus, 30 days' holiday and a start date in
January. Their formal offer letter will follow from their HR team once you've told me
you're happy in principle.

Can we speak at 17:00 today? I'd like to walk you through it before they send it over.

Best,
Oliver

""" + reply_block("On Tue, 22 Sep 2026 at 11:40, Oliver Brandt <oliver.brandt@haldensearch.example.com> wrote:",
                  """Hi Henrike,

I lead the healthcare desk at Halden Search Partners in Berlin. [...]
I don't have a specific vacancy to pitch today, but I'd value a 15-minute intro call."""),
    ),
    dict(
        kind="offer", slug="kleber_promesse_embauche_pdf", lang="fr", key="kl_offer",
        reply="kl_thanks", company="Centre dentaire Kléber", contact="m.weiss@cd-kleber.example.fr",
        frm=("Mathilde Weiss", "m.weiss@cd-kleber.example.fr"),
        subject="RE: Merci pour l'entretien de ce matin – proposition d'embauche",
        date="2026-06-03 14:00 +0200",
        text="""Bonjour Madame Sall-Domínguez,

Merci pour votre message, qui nous a fait très plaisir. J'ai le plaisir de vous annoncer
que le Dr Roth et ses associés souhaitent vous confier le poste de responsable de centre
dentaire.

Vous trouverez ci-joint notre promesse d'embauche : CDI à temps plein, statut agent de
maîtrise, prise de poste le 1er septembre 2026, rémunération annuelle brute de 42 000 €.
Merci de nous la retourner signée avant le 15 juin si la proposition vous convient.

Au plaisir de vous compter bientôt parmi nous,
Mathilde Weiss
Ressources humaines – Centre dentaire Kléber
7 place Kléber, 67000 Strasbourg

""" + reply_block("Le mer. 27 mai 2026 à 17:40, Henrike Sall-Domínguez <henrike.sd@example.de> a écrit :",
                  KLEBER_THANKS),
        html=simple_html(paras("""Bonjour Madame Sall-Domínguez,

Merci pour votre message, qui nous a fait très plaisir. J'ai le plaisir de vous annoncer
que le Dr Roth et ses associés souhaitent vous confier le poste de responsable de centre
dentaire.

Vous trouverez ci-joint notre promesse d'embauche : CDI à temps plein, statut agent de
maîtrise, prise de poste le 1er septembre 2026, rémunération annuelle brute de 42 000 €.
Merci de nous la retourner signée avant le 15 juin si la proposition vous convient.

Au plaisir de vous compter bientôt parmi nous,
Mathilde Weiss
Ressources humaines – Centre dentaire Kléber
7 place Kléber, 67000 Strasbourg""")
            + "\n<p>Le mer. 27 mai 2026 à 17:40, Henrike Sall-Domínguez &lt;henrike.sd@example.de&gt; a écrit :</p>\n"
            + html_quote(paras(KLEBER_THANKS)), "fr"),
        pdf=[("Promesse_d_embauche_Kleber.pdf", "Promesse d'embauche",
              ["Centre dentaire Kléber - 7 place Kléber, 67000 Strasbourg", "",
               "Madame Henrike Sall-Domínguez",
               "Poste : responsable de centre dentaire (CDI, temps plein)",
               "Date d'entrée : 1er septembre 2026",
               "Rémunération annuelle brute : 42 000 EUR",
               "Bon pour accord, date et signature :"])],
    ),
    dict(
        kind="offer", slug="neudorf_suite_echange_telephonique", lang="fr",
        company="Maison de santé Neudorf", contact="b.lang@msp-neudorf.example.fr",
        frm=("Bertrand Lang", "b.lang@msp-neudorf.example.fr"),
        subject="Suite à notre échange téléphonique",
        subj_enc="iso-8859-1/B",
        date="2026-08-27 19:10 +0200", cs="iso-8859-1",
        text="""Chère Madame,

Suite à notre échange téléphonique de ce matin, je vous confirme avec plaisir que
l'association des professionnels de la Maison de santé Neudorf a retenu votre
candidature au poste de coordinatrice.

Comme convenu : CDI à 80 %, début le 2 novembre 2026, salaire brut mensuel de 2 650 euros
pour ce temps de travail, avec reprise de votre ancienneté. Le contrat vous sera adressé
par notre cabinet comptable d'ici la fin de la semaine prochaine.

Toute l'équipe se réjouit de vous accueillir.

Bien cordialement,
Dr Bertrand Lang
Médecin généraliste, président de l'association
Maison de santé Neudorf - 54 route de Schirmeck, 67100 Strasbourg""",
    ),
    dict(
        kind="offer", slug="benimaclet_contrato_firma", lang="es",
        company="Clínica Benimaclet", contact="rrhh.amparo@clinicabenimaclet.example.es",
        frm=("Amparo Climent", "rrhh.amparo@clinicabenimaclet.example.es"),
        subject="Te ofrecemos el puesto – contrato para firmar",
        date="2026-07-15 12:45 +0200",
        text="""Hola Henrike:

¡Enhorabuena! Después de la jornada de prueba de la semana pasada, el equipo directivo de
Clínica Benimaclet ha decidido ofrecerte el puesto de gerente de clínica.

Te adjuntamos el contrato indefinido a jornada completa, con incorporación el 1 de
septiembre y un salario bruto anual de 31.500 € en 14 pagas. Si estás de acuerdo, fírmalo
y devuélvenoslo escaneado antes del 24 de julio. Cualquier duda, llámame al 963 55 58 02.

¡Nos alegra muchísimo que te unas al equipo!

Un abrazo,
Amparo Climent
Recursos Humanos · Clínica Benimaclet
Carrer de Benimaclet 41, 46020 València""",
        pdf=[("Contrato_Gerente_Clinica_Benimaclet.pdf", "Contrato de trabajo indefinido",
              ["Clínica Benimaclet - Carrer de Benimaclet 41, 46020 València", "",
               "Trabajadora: Henrike Sall-Domínguez",
               "Puesto: Gerente de clínica, jornada completa",
               "Incorporación: 1 de septiembre de 2026",
               "Salario bruto anual: 31.500 EUR en 14 pagas",
               "Firma de la trabajadora: ______________"])],
    ),
]
