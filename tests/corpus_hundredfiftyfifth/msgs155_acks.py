"""Corpus 155, hand-written: applications received (ATS, agencies, people) and offers."""

from __future__ import annotations

from msgs155_common import (
    CAND_ADDR,
    CAND_NAME,
    ats_card,
    html_doc,
    outlook_html,
    paras,
    reply,
)
from msgs155_invites import ANOUK, AURELIE, CARMEN, GREGORY, JOREN, LUCIA, MARTINE, MURAT
from msgs155_other import DELVAUX_THANKS, VERHAEGEN_APPLICATION

BERNADETTE = ("Bernadette Verhaegen", "bernadette@traiteur-verhaegen.example.be")
STEPHANIE = ("Stéphanie Reding", "s.reding@luxprotocol.example.lu")
THOMAS = ("Thomas Gerlach", "t.gerlach@stiftung-brueckenschlag.example.de")
JAMES = ("James Whitlock", "j.whitlock@chancerysupply.example.co.uk")
OLIVIA = ("Olivia Grant", "olivia.grant@brightside-recruitment.example.co.uk")
AUTO = [("Auto-Submitted", "auto-generated")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0")]

BEAUMANOIR_APPLICATION = """Maître,

Réceptionniste bilingue depuis huit ans à Bruxelles, je souhaite m'installer à Paris et \
évoluer vers un poste d'assistante ou d'office manager au sein d'un cabinet d'avocats. Je me \
permets donc de vous adresser ma candidature spontanée.

Je serais heureuse de vous rencontrer en entretien, à la date qui vous conviendra.

Veuillez agréer, Maître, l'expression de mes salutations respectueuses.

Élodie Vandamme-Reyes
"""

LUMIQ_ACK_TEXT = """Hi Élodie,

Thank you for your interest in Lumiq Analytics! We've received your application for the \
Office Manager (Amsterdam) position.

Our team reviews every application carefully. Unfortunately, due to the high number of \
applications, we cannot reply to every applicant individually. If your profile matches what \
we're looking for, a member of our Talent team will reach out within three weeks.

In the meantime, get to know us a little better on our blog: https://lumiq.example.nl/blog

Best regards,
The Lumiq Analytics Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""

DELVAUX_OFFER = """Bonjour Madame Vandamme-Reyes,

Merci pour votre message et pour notre entretien de jeudi dernier, qui nous a laissé une \
excellente impression.

J'ai le plaisir de vous confirmer que Delvaux & Sterckx souhaite vous engager en qualité \
d'Office Manager, dans le cadre d'un contrat à durée indéterminée à temps plein, à partir du \
2 mars 2026. Vous trouverez en pièce jointe notre proposition détaillée : rémunération, \
chèques-repas, assurance groupe, abonnement STIB et un jour de télétravail par semaine.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici le vendredi \
13 février. Je reste à votre disposition pour toute question, et Maître Sterckx serait ravie \
d'en parler avec vous de vive voix si vous le souhaitez.

Bien à vous,

Aurélie Janssens
Responsable Ressources humaines
Delvaux & Sterckx – Avocats
Avenue Louise 231 – 1050 Bruxelles
T +32 2 640 18 25
"""

ALCARRIA_OFFER = """Hola, Élodie:

Después de las entrevistas con Jaime y con Marta, el equipo lo tiene claro: nos encantaría que \
te incorporaras a Grupo Alcarria Hoteles como Office Manager de las oficinas centrales.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, jornada completa, \
34.000 € brutos anuales en 14 pagas, seguro médico y fecha de incorporación prevista el 1 de \
junio. Si todo te encaja, solo tienes que devolvérnosla firmada antes del 12 de mayo.

Cualquier duda que tengas, llámame sin problema.

¡Enhorabuena!

Lucía Navarro Ibáñez
Talent Acquisition · Grupo Alcarria Hoteles
Paseo de la Castellana 140, 28046 Madrid
+34 913 48 27 60
"""

RECEIVED = [
    dict(
        id="delvaux_ack", kind="application_received", slug="recruitee_ack_law_firm", lang="fr",
        company="Delvaux & Sterckx", contact="",
        frm=("Delvaux & Sterckx", "delvaux-sterckx@jobs.recruitee.com"),
        date="2026-01-12 08:03", tz="UTC", headers=AUTO,
        subject="Nous avons bien reçu votre candidature – Office Manager",
        text="""Bonjour Élodie,

Merci d'avoir postulé au poste d'Office Manager chez Delvaux & Sterckx. Votre candidature nous \
est bien parvenue et sera examinée avec attention par notre équipe RH.

Nous reviendrons vers vous dans les deux à trois semaines, quelle que soit la suite donnée à \
votre candidature.

Bien cordialement,
L'équipe RH de Delvaux & Sterckx

Cet e-mail a été envoyé via Recruitee. Vos données sont traitées conformément à notre \
politique de confidentialité : https://delvauxsterckx.recruitee.com/privacy
""",
        html=ats_card(
            "fr", "Delvaux & Sterckx – Avocats", "#1e3a5f", "Candidature reçue",
            "<p>Bonjour Élodie,</p>\n<p>Merci d'avoir postulé au poste d'<b>Office Manager</b> "
            "chez Delvaux &amp; Sterckx. Votre candidature nous est bien parvenue et sera "
            "examinée avec attention par notre équipe RH.</p>\n<p>Nous reviendrons vers vous "
            "dans les deux à trois semaines, quelle que soit la suite donnée à votre "
            "candidature.</p>\n<p>Bien cordialement,<br>L'équipe RH de Delvaux &amp; "
            "Sterckx</p>",
            'Envoyé via Recruitee · <a href="https://delvauxsterckx.recruitee.com/privacy">'
            "Politique de confidentialité</a>"),
    ),
    dict(
        id="lumiq_ack", kind="application_received", slug="greenhouse_ack_cannot_reply_all",
        lang="en", company="Lumiq Analytics", contact="",
        frm=("Lumiq Analytics", "no-reply@greenhouse-mail.io"), date="2026-02-02 09:41",
        tz="UTC", headers=AUTO, subject="Thank you for applying to Lumiq Analytics",
        text=LUMIQ_ACK_TEXT,
        html=ats_card("en", "Lumiq Analytics", "#111827", "Thanks for applying!",
                      paras(LUMIQ_ACK_TEXT.split("\n\nPlease do not reply")[0]),
                      "Please do not reply to this email; this mailbox is not monitored."),
    ),
    dict(
        id="rheinwerk_ack", kind="application_received", slug="personio_eingangsbestaetigung",
        lang="de", company="Rheinwerk Messe Service", contact="",
        frm=("Rheinwerk Messe Service GmbH", "no-reply@personio.de"),
        date="2026-03-02 18:20", tz="UTC", headers=AUTO,
        subject="Eingangsbestätigung Ihrer Bewerbung – Office Managerin (m/w/d)",
        text="""Sehr geehrte Frau Vandamme-Reyes,

vielen Dank für Ihre Bewerbung als Office Managerin (m/w/d) und Ihr Interesse an der \
Rheinwerk Messe Service GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und \
melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Rheinwerk Messe Service GmbH

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.
Datenschutzhinweise: https://rheinwerk-messe.jobs.personio.de/privacy-policy
""",
    ),
    dict(
        id="alcarria_ack", kind="application_received", slug="teamtailor_gracias_candidatura",
        lang="es", company="Grupo Alcarria Hoteles", contact="",
        frm=("Grupo Alcarria Hoteles", "no-reply@teamtailor-mail.com"),
        date="2026-04-06 21:14", tz="UTC", headers=AUTO,
        subject="¡Gracias por tu candidatura, Élodie!", subject_enc=("utf-8", "B"),
        text="""Hola Élodie:

¡Muchas gracias por tu interés en formar parte de Grupo Alcarria Hoteles! Hemos recibido \
correctamente tu candidatura para el puesto de Office Manager – Oficinas centrales (Madrid).

Nuestro equipo de selección revisará tu perfil en los próximos días. Si encaja con lo que \
buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Mientras tanto, puedes consultar el estado de tu candidatura desde tu perfil:
https://carreras.alcarria.example.es/connect/profile

Un saludo,
Equipo de Talento · Grupo Alcarria Hoteles
""",
        html=ats_card(
            "es", "Grupo Alcarria Hoteles", "#b45309", "¡Gracias por tu candidatura!",
            "<p>Hola Élodie:</p>\n<p>¡Muchas gracias por tu interés en formar parte de Grupo "
            "Alcarria Hoteles! Hemos recibido correctamente tu candidatura para el puesto de "
            "<b>Office Manager – Oficinas centrales (Madrid)</b>.</p>\n<p>Nuestro equipo de "
            "selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos, "
            "nos pondremos en contacto contigo para los siguientes pasos.</p>\n"
            "<p>Un saludo,<br>Equipo de Talento · Grupo Alcarria Hoteles</p>",
            "Powered by Teamtailor",
            ("Ver mi perfil", "https://carreras.alcarria.example.es/connect/profile")),
        html_cte="b64",
    ),
    dict(
        id="horizon_registration", kind="application_received", slug="agency_registration_liege",
        lang="fr", company="Intérim Horizon", contact=GREGORY[1],
        frm=GREGORY, date="2026-01-08 15:30",
        subject="Votre inscription chez Intérim Horizon Liège",
        subject_enc=("iso-8859-1", "Q"), subject_mixed=True,
        text="""Bonjour Élodie,

Merci d'être passée à l'agence ce matin. Comme convenu, votre inscription est maintenant \
finalisée : votre CV, vos diplômes et votre carte d'identité sont enregistrés et votre profil \
est actif.

Je vous ai positionnée en priorité sur des missions d'accueil, d'assistanat de direction et \
d'office management dans la région liégeoise, en français et en anglais (néerlandais de \
base). Dès qu'une mission ou un poste correspond, je vous appelle.

Pensez à me prévenir si vos disponibilités changent.

À bientôt,

Grégory Lambotte
Consultant recrutement
Intérim Horizon – Agence de Liège
Boulevard d'Avroy 88, 4000 Liège
04 221 36 70 – 0478 62 15 09
""",
    ),
    dict(
        id="espa_ack", kind="application_received", slug="successfactors_registered_no_reply",
        lang="en", company="European Skills Partnership Agency", contact="",
        frm=("European Skills Partnership Agency", "espa-careers@successfactors.eu"),
        date="2026-02-20 13:06", tz="UTC", headers=[*AUTO, ("Precedence", "bulk")],
        subject="Application received – ESPA/2026/CA/04 Office Coordinator",
        text="""Dear Élodie Vandamme-Reyes,

Thank you for submitting your application for selection procedure ESPA/2026/CA/04 - Office \
Coordinator (Contract Agent, FG III). Your application was registered on 20 February 2026 \
under number 2026-CA04-00871.

All applications are screened against the eligibility and selection criteria published in the \
vacancy notice. Unfortunately we cannot reply to every applicant individually at this stage; \
candidates invited to the written test will be contacted by e-mail by the end of March. You \
can follow the status of your application in your candidate account.

Kind regards,

ESPA Human Resources - Selection Team

This is an automatic message. Please do not reply.
""",
    ),
    dict(
        id="datenhafen_ack", kind="application_received", slug="softgarden_html_only", lang="de",
        company="Datenhafen", contact="", frm=("Datenhafen GmbH", "noreply@softgarden.io"),
        date="2026-04-27 06:58", tz="UTC", headers=AUTO,
        subject="Ihre Bewerbung ist bei uns eingegangen",
        html=ats_card(
            "de", "Datenhafen", "#0b7a75", "Danke für Ihre Bewerbung!",
            "<p>Hallo Frau Vandamme-Reyes,</p>\n<p>schön, dass Sie sich für die Position "
            "<b>Office &amp; Team Assistant (m/w/d)</b> bei Datenhafen interessieren! Ihre "
            "Bewerbung ist vollständig bei uns eingegangen.</p>\n<p>Lea aus unserem "
            "People-&amp;-Culture-Team schaut sich Ihre Unterlagen in den nächsten Tagen an. "
            "Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto einsehen.</p>\n"
            "<p>Viele Grüße<br>Ihr Datenhafen-Team</p>",
            "Diese E-Mail wurde automatisch versendet. Datenhafen GmbH · Im Mediapark 8 · "
            "50670 Köln", ("Zum Bewerberkonto", "https://datenhafen.softgarden.io/account")),
        html_cte="b64",
    ),
    dict(
        id="nubalia_ack", kind="application_received", slug="workable_solicitud_recibida",
        lang="es", company="Nubalia Software", contact="",
        frm=("Nubalia Software", "noreply@candidates.workablemail.com"),
        date="2026-07-06 08:45", tz="UTC", headers=AUTO,
        subject="Hemos recibido tu solicitud para Office Manager", cte="b64",
        text="""Hola Élodie,

Gracias por presentar tu solicitud para el puesto de Office Manager en Nubalia Software. \
Queríamos confirmarte que la hemos recibido.

Revisaremos tu candidatura con calma y, si tu perfil encaja con lo que buscamos, te \
escribiremos para los siguientes pasos.

Saludos cordiales,
Nubalia Software

Enviado con Workable · No respondas a este correo
""",
    ),
    dict(
        id="pixelpont_ack", kind="application_received", slug="lever_thanks_for_applying",
        lang="en", company="Pixelpont", contact="", frm=("Pixelpont", "no-reply@hire.lever.co"),
        date="2026-03-23 21:37", headers=AUTO, subject="Thanks for applying to Pixelpont",
        text="""Hi Élodie,

Thanks for applying for the Office & People Coordinator position at Pixelpont. We've got your \
application and someone from our team will take a look soon.

We're a small team, so it may take us a week or two. If it's a match, we'll be in touch to set \
up a first conversation.

Pixelpont

This email was sent by Lever on behalf of Pixelpont.
""",
    ),
    dict(
        id="nordlys_ack", kind="application_received", slug="taleo_accuse_reception_latin1",
        lang="fr", company="Nordlys Logistique", contact="",
        frm=("Nordlys Logistique - Recrutement", "nordlys@taleo.net"),
        date="2026-02-16 06:12", tz="UTC", headers=AUTO,
        subject="Accusé de réception de votre candidature - NL-2026-0117",
        subject_enc=("iso-8859-1", "Q"), charset="iso-8859-1", cte="8bit",
        text="""Madame,

Nous accusons réception de votre candidature au poste « Assistante de direction - site de \
Lesquin » (réf. NL-2026-0117) et vous remercions de l'intérêt que vous portez à Nordlys \
Logistique.

Votre dossier va être étudié par notre service Recrutement. Si votre profil correspond à nos \
attentes, nous prendrons contact avec vous dans les meilleurs délais.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le service Recrutement
Nordlys Logistique

Ce message a été généré automatiquement. Merci de ne pas y répondre.
""",
    ),
    dict(
        id="meuse_ack", kind="application_received", slug="smartrecruiters_silence_means_no",
        lang="fr", company="Groupe Meuse Habitat", contact="",
        frm=("Groupe Meuse Habitat", "noreply@smartrecruiters.com"),
        date="2026-04-13 10:20", tz="UTC", headers=AUTO,
        subject="Confirmation de votre candidature",
        text="""Bonjour Élodie,

Nous vous confirmons la bonne réception de votre candidature pour le poste d'Assistant(e) de \
direction - Siège de Liège.

Notre équipe va l'étudier avec attention. Malheureusement, en raison du grand nombre de \
candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune \
d'entre elles. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez \
considérer que votre profil n'a pas été retenu pour ce poste.

Nous vous remercions de l'intérêt que vous portez au Groupe Meuse Habitat.

Le service du personnel
Groupe Meuse Habitat
""",
        html=html_doc(paras("""Bonjour Élodie,

Nous vous confirmons la bonne réception de votre candidature pour le poste d'Assistant(e) de \
direction - Siège de Liège.

Notre équipe va l'étudier avec attention. Malheureusement, en raison du grand nombre de \
candidatures reçues, nous ne sommes pas en mesure de répondre individuellement à chacune \
d'entre elles. Sans nouvelles de notre part dans un délai de quatre semaines, vous pourrez \
considérer que votre profil n'a pas été retenu pour ce poste.

Nous vous remercions de l'intérêt que vous portez au Groupe Meuse Habitat.

Le service du personnel
Groupe Meuse Habitat""") + '\n<p style="font-size:10px;color:#999">Powered by '
                      "SmartRecruiters</p>", "fr"),
    ),
    dict(
        id="grund_ack", kind="application_received", slug="teamtailor_merci_hotel_lux",
        lang="fr", company="Hôtel Grund Palace", contact="",
        frm=("Hôtel Grund Palace", "no-reply@teamtailor-mail.com"), frm_enc=("utf-8", "B"),
        date="2026-07-20 19:44", tz="UTC", headers=AUTO,
        subject="Merci pour votre candidature !",
        html=ats_card(
            "fr", "Hôtel Grund Palace", "#14532d", "Merci pour votre candidature !",
            "<p>Bonjour Élodie,</p>\n<p>Merci pour votre candidature au poste d'Assistante de "
            "direction à l'Hôtel Grund Palace. Nous l'avons bien reçue !</p>\n<p>Claire, notre "
            "responsable RH, la lira personnellement. Vous recevrez une réponse de notre part, "
            "quelle qu'elle soit, d'ici trois semaines.</p>\n<p>À très bientôt peut-être,<br>"
            "L'équipe de l'Hôtel Grund Palace</p>", "Powered by Teamtailor"),
        html_cte="qp",
    ),
    dict(
        id="beaumanoir_ack", kind="application_received", slug="law_firm_cv_received_human",
        lang="fr", company="Beaumanoir Lequesne", contact=MARTINE[1],
        frm=MARTINE, date="2026-03-09 14:40", parent="ext_beaumanoir_application",
        subject="RE: Candidature spontanée - assistante / office manager",
        charset="windows-1252", cte="qp", headers=OUTLOOK,
        text=reply("""Madame,

Nous avons bien reçu votre CV et votre lettre de motivation, que j'ai transmis à Maître \
Lequesne. Il les examinera dans les prochains jours et je ne manquerai pas de revenir vers \
vous.

Cordialement,

Martine Pasquier
Assistante de Maître Lequesne
Beaumanoir Lequesne Avocats
14 avenue de l'Opéra - 75001 Paris
01 44 58 23 70
""", "fr", "2026-03-06 22:10", CAND_NAME, CAND_ADDR, BEAUMANOIR_APPLICATION),
    ),
    dict(
        id="horizons_ack", kind="application_received", slug="ngo_auto_reply_ack", lang="fr",
        company="Horizons Partagés", contact="",
        frm=("Horizons Partagés - Recrutement", "recrutement@horizonspartages.example.org"),
        date="2026-05-08 23:02", parent="ext_horizons_application",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        subject="Réponse automatique : Candidature – Assistant·e de coordination",
        text="""Bonjour,

Nous accusons réception de votre candidature pour le poste d'assistant·e de coordination et \
office manager. Merci de l'intérêt que vous portez à Horizons Partagés.

Les candidatures sont examinées après la clôture de l'appel, le 22 mai. Notre petite équipe \
ne peut pas confirmer personnellement chaque envoi, mais toutes les candidatures reçues dans \
les délais seront lues.

L'équipe de Horizons Partagés asbl
""",
    ),
    dict(
        id="harcourt_ack", kind="application_received", slug="icims_submission_confirmed",
        lang="en", company="Harcourt Pryce", contact="",
        frm=("Harcourt Pryce Careers", "careers-harcourtpryce@icims.com"),
        date="2026-06-24 09:03", tz="ET", headers=AUTO,
        subject="Your application: Executive Assistant to the Managing Partner (Req 2026-0412)",
        text="""Dear Élodie,

Thank you for your application for the position of Executive Assistant to the Managing \
Partner (London), requisition 2026-0412.

This email confirms that your application has been successfully submitted. Our Talent team \
will review your details against the requirements of the role and will contact you should you \
be shortlisted.

You can log in to the Harcourt Pryce careers portal at any time to check the status of your \
application.

Kind regards,
Talent Acquisition
Harcourt Pryce LLP

Please do not reply to this message. Replies to this address are not monitored.
""",
        html=ats_card(
            "en", "Harcourt Pryce", "#4a0e2e", "Application submitted",
            "<p>Dear Élodie,</p>\n<p>Thank you for your application for the position of "
            "<b>Executive Assistant to the Managing Partner (London)</b>, requisition "
            "2026-0412.</p>\n<p>This email confirms that your application has been "
            "successfully submitted. Our Talent team will review your details against the "
            "requirements of the role and will contact you should you be shortlisted.</p>\n"
            "<p>Kind regards,<br>Talent Acquisition<br>Harcourt Pryce LLP</p>",
            "Please do not reply to this message. Replies to this address are not monitored.",
            ("Careers portal", "https://careers-harcourtpryce.icims.com/jobs/login")),
    ),
    dict(
        id="tulipshift_ack", kind="application_received", slug="ashby_thanks_for_applying",
        lang="en", company="Tulipshift", contact="", frm=("Tulipshift", "no-reply@ashbyhq.com"),
        date="2026-09-14 20:19", tz="UTC", headers=AUTO,
        subject="Thanks for applying to Tulipshift!",
        text="""Hi Élodie,

Thanks for applying for the Executive Assistant to the CEO role at Tulipshift. We're excited \
you're interested in joining us!

We've received your application and our team is reviewing it. We aim to get back to every \
candidate within 10 working days.

Best,
Tulipshift Talent Team

Powered by Ashby
""",
    ),
    dict(
        id="brightside_registration", kind="application_received",
        slug="agency_registration_london", lang="en",
        company="Brightside Office Recruitment", contact=OLIVIA[1], frm=OLIVIA,
        date="2026-05-04 16:50", tz="UK",
        subject="Welcome to Brightside – your registration is complete",
        subject_enc=("utf-8", "Q"), subject_mixed=True,
        text="""Hi Élodie,

Lovely to speak to you earlier. I'm pleased to confirm that your registration with Brightside \
Office Recruitment is complete and your profile is now live with our London desk.

Based on our chat, I'll be putting you forward for office manager, executive assistant and \
front-of-house roles in central London, with a preference for legal and professional \
services. I have your right-to-work documents on file, so there's nothing else you need to \
send.

I'll be in touch as soon as I have something suitable.

Best wishes,

Olivia Grant
Senior Consultant – Office Support
Brightside Office Recruitment
3 Bedford Row, London WC1R 4BU
020 7946 0881

Brightside Office Recruitment Ltd is an employment agency registered in England \
(No. 09876543).
""",
    ),
    dict(
        id="personalwerk_registration", kind="application_received",
        slug="agentur_bewerberpool_aufnahme", lang="de", company="Personalwerk Köln",
        contact=MURAT[1], frm=MURAT, date="2026-02-03 12:10",
        subject="Ihre Registrierung bei Personalwerk Köln", charset="iso-8859-1", cte="qp",
        subject_enc=("iso-8859-1", "B"),
        text="""Hallo Frau Vandamme-Reyes,

vielen Dank für das nette Telefonat heute Vormittag. Hiermit bestätige ich Ihnen die Aufnahme \
in unseren Bewerberpool: Ihr Lebenslauf und Ihre Zeugnisse liegen uns vollständig vor.

Ich suche für Sie gezielt nach Stellen im Office Management und in der Assistenz in Köln und \
Umgebung, gerne auch mit Französisch- oder Englischbezug. Sobald ich ein passendes Angebot \
habe, melde ich mich telefonisch.

Viele Grüße
Murat Yilmaz
Personalberater
Personalwerk Köln GmbH
Venloer Straße 241 · 50823 Köln
Mobil 0176 4418 2290
""",
    ),
    dict(
        id="domblick_ack", kind="application_received", slug="workday_bestaetigung_hotel",
        lang="de", company="Domblick Hotels", contact="",
        frm=("Domblick Hotels", "domblickhotels@myworkday.com"),
        date="2026-08-10 07:02", tz="UTC", headers=AUTO,
        subject="Bestätigung: Ihre Bewerbung als Assistenz der Hoteldirektion (R-10482)",
        text="""Guten Tag Élodie Vandamme-Reyes,

vielen Dank für Ihre Bewerbung auf die Stelle Assistenz der Hoteldirektion (m/w/d) – \
Domblick Hotel Köln (R-10482).

Ihre Bewerbung wurde erfolgreich übermittelt. Den Status können Sie jederzeit in Ihrem \
Kandidatenkonto auf unserer Karriereseite verfolgen:
https://domblick.wd3.myworkday.com/de-DE/DomblickCareers/userHome

Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch \
nehmen kann.

Freundliche Grüße
Talent Acquisition
Domblick Hotels
""",
        html=html_doc(paras("""Guten Tag Élodie Vandamme-Reyes,

vielen Dank für Ihre Bewerbung auf die Stelle Assistenz der Hoteldirektion (m/w/d) – \
Domblick Hotel Köln (R-10482).

Ihre Bewerbung wurde erfolgreich übermittelt. Den Status können Sie jederzeit in Ihrem \
Kandidatenkonto auf unserer Karriereseite verfolgen.

Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch \
nehmen kann.

Freundliche Grüße
Talent Acquisition
Domblick Hotels"""), "de"),
    ),
    dict(
        id="adecuo_registration", kind="application_received", slug="agencia_alta_candidata",
        lang="es", company="Adecuo Talento", contact=CARMEN[1], frm=CARMEN,
        date="2026-05-11 13:25", subject="Alta en Adecuo Talento", charset="iso-8859-1",
        cte="qp",
        text="""Hola, Élodie:

Gracias por la entrevista de esta mañana en la oficina. Ya estás dada de alta en nuestra base \
de candidatos con tu currículum en español, francés e inglés.

Te tendré en cuenta para procesos de asistente de dirección, office manager y recepción en \
Madrid. En cuanto tenga algo que encaje contigo, te llamo.

Un saludo,

Carmen Ruiz Olmedo
Consultora de selección
Adecuo Talento
Calle de Orense 34, 28020 Madrid
+34 910 55 72 31 · +34 655 20 41 87
""",
    ),
    dict(
        id="verbruggen_ack", kind="application_received", slug="recruitee_html_only_consulting",
        lang="fr", company="Verbruggen Consulting", contact="",
        frm=("Verbruggen Consulting", "verbruggen-consulting@jobs.recruitee.com"),
        date="2026-09-28 11:32", tz="UTC", headers=AUTO,
        subject="Candidature reçue : Assistante de direction",
        html=ats_card(
            "fr", "Verbruggen Consulting", "#334155", "Candidature reçue",
            "<p>Bonjour Élodie,</p>\n<p>Merci pour votre candidature au poste d'assistante de "
            "direction chez Verbruggen Consulting. Elle a bien été enregistrée.</p>\n<p>Karen, "
            "notre coordinatrice RH, reviendra vers vous dans les 10 jours ouvrables.</p>\n"
            "<p>Cordialement,<br>Verbruggen Consulting</p>",
            "Rue du Trône 98, 1050 Bruxelles · Envoyé via Recruitee"),
        html_cte="b64",
    ),
]

OFFERS = [
    dict(
        id="delvaux_offer", kind="offer", slug="law_firm_formal_offer_pdf", lang="fr",
        company="Delvaux & Sterckx", contact=AURELIE[1], frm=AURELIE,
        date="2026-02-05 11:20", parent="delvaux_thanks",
        subject="Proposition d'engagement – Office Manager", headers=OUTLOOK,
        text=reply(DELVAUX_OFFER, "fr", "2026-01-29 18:42", CAND_NAME, CAND_ADDR,
                   DELVAUX_THANKS),
        html=outlook_html(paras(DELVAUX_OFFER), "fr"),
        pdfs=[dict(filename="Proposition_engagement_Vandamme-Reyes.pdf",
                   title="Delvaux & Sterckx - Proposition d'engagement",
                   lines=["Madame Élodie Vandamme-Reyes, Rue de la Brasserie 61, 1050 Ixelles",
                          "Fonction : Office Manager - contrat à durée indéterminée, temps plein",
                          "Entrée en fonction : 2 mars 2026",
                          "Rémunération brute mensuelle : 3.450,00 EUR (13,92 mois)",
                          "Chèques-repas 8 EUR, assurance groupe, abonnement STIB",
                          "Télétravail : un jour par semaine",
                          "Réponse souhaitée au plus tard le 13 février 2026."])],
    ),
    dict(
        id="alcarria_offer", kind="offer", slug="hotel_group_offer_letter_cp1252", lang="es",
        company="Grupo Alcarria Hoteles", contact=LUCIA[1], frm=LUCIA,
        date="2026-05-05 13:02", parent="alcarria_invite",
        subject="Oferta de empleo – Office Manager (Grupo Alcarria Hoteles)",
        subject_enc=("utf-8", "Q"), subject_mixed=True, charset="windows-1252", cte="qp",
        text=ALCARRIA_OFFER,
        pdfs=[dict(filename="Carta_oferta_Alcarria_Vandamme-Reyes.pdf",
                   title="Grupo Alcarria Hoteles - Carta de oferta",
                   lines=["Puesto: Office Manager, oficinas centrales (Madrid)",
                          "Contrato indefinido, jornada completa",
                          "Retribución: 34.000 EUR brutos anuales en 14 pagas",
                          "Seguro médico privado",
                          "Incorporación prevista: 1 de junio de 2026",
                          "Devolver firmada antes del 12 de mayo de 2026."])],
    ),
    dict(
        id="horizon_offer", kind="offer", slug="agency_unnamed_client_offer", lang="fr",
        company="Intérim Horizon", contact=GREGORY[1], frm=GREGORY,
        date="2026-06-10 16:45", subject="Bonne nouvelle : une offre pour vous !",
        cte="8bit",
        text="""Bonjour Élodie,

Je sors du téléphone avec mon client, la PME familiale de Herstal dont je vous ai parlé la \
semaine dernière (je ne peux toujours pas la nommer par écrit tant que le poste n'est pas \
officiellement libéré). Votre entretien de lundi les a convaincus : le client souhaite vous \
faire une offre pour le poste d'office manager.

Les grandes lignes : CDI après trois mois d'intérim, 38 heures par semaine, salaire brut \
mensuel de 3.150 €, parking sur place. Le contrat vous sera envoyé par notre service \
administratif dès que vous m'aurez donné votre accord de principe.

Pouvez-vous m'appeler aujourd'hui ou demain pour en parler ?

Grégory
""",
    ),
    dict(
        id="kessler_offer", kind="offer", slug="verbal_offer_written_follow_up", lang="en",
        company="Kessler Fund Services", contact=ANOUK[1], frm=ANOUK,
        date="2026-05-22 16:10", parent="kessler_moved",
        subject="Following up on our call – offer of employment", headers=OUTLOOK,
        text="""Dear Élodie,

Thank you for taking my call this afternoon. As promised, I am putting in writing what we \
discussed: following your interview on Tuesday, Kessler Fund Services would like to offer you \
the position of Office Manager at our Luxembourg office.

The main terms are a permanent contract starting on 1 July 2026, a gross annual salary of \
EUR 58,500 paid in 13 instalments, meal vouchers, and the group pension plan after the trial \
period. The formal offer letter and the contract will follow from our HR administration early \
next week, once you have confirmed that you accept in principle.

Please do not hesitate to call me if you have any questions.

Kind regards,
Anouk Weiler
HR Business Partner | Kessler Fund Services
T +352 26 48 93 1
""",
        html=outlook_html(paras("""Dear Élodie,

Thank you for taking my call this afternoon. As promised, I am putting in writing what we \
discussed: following your interview on Tuesday, Kessler Fund Services would like to offer you \
the position of Office Manager at our Luxembourg office.

The main terms are a permanent contract starting on 1 July 2026, a gross annual salary of \
EUR 58,500 paid in 13 instalments, meal vouchers, and the group pension plan after the trial \
period. The formal offer letter and the contract will follow from our HR administration early \
next week, once you have confirmed that you accept in principle.

Please do not hesitate to call me if you have any questions.

Kind regards,
Anouk Weiler
HR Business Partner | Kessler Fund Services
T +352 26 48 93 1"""), "en"),
        html_cte="b64",
    ),
    dict(
        id="pixelpont_contract", kind="offer", slug="contract_for_signature_pdf", lang="en",
        company="Pixelpont", contact=JOREN[1], frm=JOREN, date="2026-04-21 10:34",
        subject="Your contract – Office & People Coordinator",
        text="""Hi Élodie,

As promised on the phone yesterday, here is your employment contract for the Office & People \
Coordinator role, starting Monday 1 June. Everything we discussed is in there: permanent \
contract, a 4/5 option after six months, meal vouchers, eco-cheques and hospitalisation \
insurance.

Could you sign it and send it back by Friday? You can sign electronically via the link in the \
PDF or simply print, sign and scan it, whatever is easiest.

Really looking forward to having you on the team!

Joren
People Ops @ Pixelpont
Quai au Foin 19, 1000 Brussels
""",
        pdfs=[dict(filename="Pixelpont_employment_contract_EVR.pdf",
                   title="Pixelpont - Employment contract (permanent)",
                   lines=["Employee: Élodie Vandamme-Reyes",
                          "Position: Office & People Coordinator",
                          "Start date: 1 June 2026 - Joint Committee 200",
                          "Gross monthly salary: 3,300 EUR; meal vouchers 8 EUR; eco-cheques",
                          "Signature: https://sign.pixelpont.example.be/c/EVR-2026"])],
    ),
    dict(
        id="verhaegen_offer", kind="offer", slug="family_caterer_offer_reply", lang="fr",
        company="Traiteur Verhaegen & Filles", contact=BERNADETTE[1], frm=BERNADETTE,
        date="2026-10-01 21:05", parent="verhaegen_application",
        subject="Re: Candidature spontanée – assistante de direction / office manager",
        text=reply("""Chère Élodie,

Mon mari et moi avons beaucoup apprécié notre rencontre de lundi, et nos filles aussi. Nous en \
avons parlé en famille hier soir et la décision a été vite prise.

Nous aimerions vous proposer de nous rejoindre comme assistante de direction et office \
manager à partir du 2 novembre : contrat à durée indéterminée, temps plein (38 heures), \
salaire brut de 3.050 € par mois, chèques-repas et un jour de télétravail par semaine en \
dehors des périodes de fêtes.

Nous savons que c'est une petite maison, mais vous y aurez une vraie place. Dites-nous ce que \
vous en pensez ; vous pouvez m'appeler au 0475 31 62 08.

Bien amicalement,

Bernadette Verhaegen
Traiteur Verhaegen & Filles
Chaussée de Waterloo 1021, 1180 Uccle
""", "fr", "2026-09-15 08:47", CAND_NAME, CAND_ADDR, VERHAEGEN_APPLICATION),
    ),
    dict(
        id="luxprotocol_contract", kind="offer", slug="embassy_supplier_contract_to_sign",
        lang="fr", company="Lux Protocol Services", contact=STEPHANIE[1], frm=STEPHANIE,
        date="2026-06-29 09:55", subject="Contrat de travail à signer – Office Manager",
        subject_enc=("utf-8", "B"), headers=OUTLOOK,
        text="""Bonjour Madame Vandamme-Reyes,

Suite à votre acceptation de notre offre du 22 juin, je vous prie de trouver ci-joint votre \
contrat de travail à durée indéterminée pour le poste d'Office Manager, avec une entrée en \
fonction le 1er septembre 2026.

Merci de nous retourner un exemplaire paraphé et signé, soit par courrier à l'adresse \
ci-dessous, soit scanné par retour de courriel, au plus tard le 10 juillet. Le second \
exemplaire est à conserver.

Pensez également à nous transmettre une copie de votre carte d'identité et votre numéro de \
compte bancaire.

Avec nos meilleures salutations,

Stéphanie Reding
Ressources humaines
Lux Protocol Services S.à r.l.
Fournisseur agréé des missions diplomatiques
3, rue du Fort Wallis – L-2714 Luxembourg
+352 40 12 77 50
""",
        pdfs=[dict(filename="Contrat_CDI_Vandamme-Reyes_LPS.pdf",
                   title="Lux Protocol Services - Contrat de travail à durée indéterminée",
                   lines=["Entre Lux Protocol Services S.à r.l. et Mme Élodie Vandamme-Reyes",
                          "Fonction : Office Manager",
                          "Début : 1er septembre 2026 - période d'essai de 6 mois",
                          "Salaire brut mensuel : 4.850 EUR, indexé",
                          "Lu et approuvé, signature : ______________________"])],
    ),
    dict(
        id="brueckenschlag_offer", kind="offer", slug="stiftung_vertragsangebot_pdf", lang="de",
        company="Stiftung Brückenschlag", contact=THOMAS[1], frm=THOMAS,
        date="2026-07-17 11:48",
        subject="Vertragsangebot: Office Managerin / Assistenz des Vorstands",
        charset="iso-8859-1", cte="8bit",
        text="""Liebe Frau Vandamme-Reyes,

nach unseren beiden Gesprächen freuen wir uns sehr, Ihnen die Stelle als Office Managerin und \
Assistenz des Vorstands der Stiftung Brückenschlag anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit \
(39 Stunden), Vergütung in Anlehnung an TV-L E9a, 30 Urlaubstage, Jobticket und Beginn zum \
1. September 2026. Wir würden uns freuen, bis zum 31. Juli von Ihnen zu hören.

Für Rückfragen stehe ich Ihnen jederzeit gern zur Verfügung.

Herzliche Grüße

Thomas Gerlach
Geschäftsführender Vorstand
Stiftung Brückenschlag
Severinstraße 199 · 50676 Köln
Tel. 0221 348 920 11
""",
        pdfs=[dict(filename="Vertragsangebot_Vandamme-Reyes.pdf",
                   title="Stiftung Brückenschlag - Vertragsangebot",
                   lines=["Stelle: Office Managerin / Assistenz des Vorstands",
                          "Beginn: 1. September 2026, unbefristet, 39 Wochenstunden",
                          "Vergütung in Anlehnung an TV-L E9a, 30 Urlaubstage, Jobticket",
                          "Rückmeldung erbeten bis 31. Juli 2026"])],
    ),
    dict(
        id="sotoverde_offer", kind="offer", slug="agency_client_wants_to_hire", lang="es",
        company="Editorial Sotoverde", contact=CARMEN[1], frm=CARMEN,
        date="2026-10-06 13:12", subject="¡Editorial Sotoverde quiere ficharte!",
        subject_enc=("iso-8859-1", "Q"),
        text="""¡Hola, Élodie!

Te llamo en cuanto salgas de clase, pero no me aguanto: Editorial Sotoverde quiere hacerte \
una oferta para el puesto de asistente de dirección y office manager. Les gustó muchísimo la \
entrevista del jueves con Ignacio Sotoverde y la prueba de redacción en francés.

Lo que me han adelantado: contrato indefinido desde el 2 de noviembre, 31.000 € brutos al \
año, jornada intensiva los viernes y en agosto. La propuesta por escrito te la mandan ellos \
directamente esta semana.

¿Hablamos esta tarde?

Carmen
Adecuo Talento · +34 655 20 41 87
""",
    ),
    dict(
        id="chancery_offer", kind="offer", slug="embassy_supplier_offer_letter", lang="en",
        company="Chancery Supply", contact=JAMES[1], frm=JAMES,
        reply_to=[JAMES, ("Margaret Ellison", "m.ellison@chancerysupply.example.co.uk")],
        date="2026-10-20 14:25", tz="UK", subject="Offer of employment – Office Manager",
        headers=OUTLOOK,
        text="""Dear Élodie,

Further to your interview with Margaret Ellison and me last week, I am delighted to offer you \
the position of Office Manager at Chancery Supply, based at our Brussels showroom serving \
embassies and diplomatic residences in Belgium and Luxembourg.

Please find attached our formal offer letter setting out the terms: a permanent contract \
under Belgian law from 4 January 2027, a gross monthly salary of EUR 3,600, a company phone \
and laptop, and 26 days of annual leave. The offer is subject to satisfactory references and \
to security clearance by our diplomatic clients.

I would be grateful if you could confirm your acceptance by signing and returning the letter \
by 30 October 2026.

With kind regards,

James Whitlock
Managing Director
Chancery Supply Co. Ltd
Suppliers to the Diplomatic Service
14 Chancery Lane, London WC2A 1PL
+44 20 7946 0255

This email and any attachments are confidential and intended solely for the addressee. \
Chancery Supply Co. Ltd, registered in England and Wales no. 04417720.
""",
        pdfs=[dict(filename="Chancery_Supply_offer_letter_EVR.pdf",
                   title="Chancery Supply - Offer of employment",
                   lines=["Dear Ms Vandamme-Reyes,",
                          "We are pleased to offer you the position of Office Manager (Brussels).",
                          "Start date: 4 January 2027. Permanent contract under Belgian law.",
                          "Gross monthly salary: EUR 3,600. Annual leave: 26 days.",
                          "Subject to references and security clearance.",
                          "Please sign and return by 30 October 2026."])],
    ),
]

MESSAGES = [*RECEIVED, *OFFERS]
