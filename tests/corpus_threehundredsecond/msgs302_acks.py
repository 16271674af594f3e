"""application_received: acknowledgements from ATS systems and from people (21)."""

from __future__ import annotations

from msgs302_common import (
    BRUNEL_WK,
    CALDER_WD,
    DUSSAC_RH,
    KP,
    MARCEAU_SR,
    OUDE,
    PROV_ASHBY,
    RB_PERSONIO,
    TEMPO,
    VK_TT,
    ZUB_RT,
    msg,
    sig,
)

K = "application_received"

MESSAGES: list[dict] = [
    msg(
        id="tempo_registration", kind=K, lang="en", company="Tempo Cultuur", frm=TEMPO,
        date="2026-01-08 11:42", subject="Your registration with Tempo Cultuur",
        body="""
Dear Rosalind,

Thank you for registering with Tempo Cultuur and for uploading your CV. I have received
your details and your registration for temporary work in collections and registration
is now being processed.

I will look through your profile this week. We mainly place people for short projects
(inventories, moves, exhibition changeovers) at museums and archives around Utrecht and
Amsterdam, usually from two weeks to six months.

Kind regards,
"""
        + sig("Femke Rozendaal", "Consultant Culture & Heritage", "Tempo Cultuur",
              "Biltstraat 118, 3572 BK Utrecht", "+31 30 555 2710"),
    ),
    msg(
        id="oudegracht_ack", kind=K, lang="en", company="Museum Oudegracht", frm=OUDE,
        date="2026-01-20 09:05", subject="Re: Application Collections Assistant (vacancy 2026-03)",
        reply="oudegracht_apply", html="auto",
        body="""
Dear Ms Achterberg,

Thank you for your application for the position of Collections Assistant at Museum
Oudegracht. We confirm that we have received your letter and CV.

The closing date for this vacancy is 31 January. The selection committee will review all
applications after that date and you will hear from us in the first half of February.

With kind regards,

Recruitment team
Museum Oudegracht
Oudegracht 231, 3511 NK Utrecht
""",
    ),
    msg(
        id="lauwerecht_ack", kind=K, lang="en", company="Huis Lauwerecht Foundation",
        frm=("Huis Lauwerecht Foundation", "vacatures@huislauwerecht.example.nl"),
        date="2026-01-27 16:20", subject="We have received your application",
        body="""
Dear applicant,

Thank you for your interest in the role of Registrar (0.8 FTE) at Huis Lauwerecht
Foundation. This message confirms that your application has reached us.

Because we are a small team and expect a large number of responses, we are unfortunately
not able to reply to every applicant individually. Candidates selected for an interview
will be contacted by telephone or e-mail before 20 February.

We appreciate the time you have taken to apply.

Huis Lauwerecht Foundation
Lauwerecht 12, Utrecht
""",
    ),
    msg(
        id="calder_ack", kind=K, lang="en", company="Calder University Library", frm=CALDER_WD,
        zone="UK", date="2026-02-10 14:31",
        subject="Calder University Library: Application Received - Collections Registrar (R-04417)",
        html="auto", cte="base64",
        body="""
Dear Rosalind,

Thank you for applying for the position of Collections Registrar (R-04417) at Calder
University Library, Heritage Collections.

Your application has been submitted successfully. You can follow its status at any time
by signing in to the Candidate Home on our careers site.

Please do not reply to this email; this mailbox is not monitored.

Calder University Library
People Services
""",
    ),
    msg(
        id="lothian_ack", kind=K, lang="en", company="Lothian Heritage Trust",
        frm=("Lothian Heritage Trust", "notifications@app.bamboohr.com"), zone="UK",
        date="2026-02-14 18:02",
        subject="Thanks for applying to Lothian Heritage Trust",
        html_only=True,
        body="""
Hi Rosalind,

Thanks for applying for the Collections Manager job at Lothian Heritage Trust. We've got
your application and our hiring team will review it soon.

If your experience fits what we are looking for, someone from the team will reach out to
you about next steps.

Best wishes,
The Lothian Heritage Trust Team
""",
    ),
    msg(
        id="northbridge_ack", kind=K, lang="en", company="Northbridge Fine Art Storage",
        frm=("Northbridge Fine Art Storage Careers", "careers-northbridge@icims.com"),
        zone="UK", date="2026-02-18 10:12",
        subject="Northbridge Fine Art Storage - Thank you for your application", html="auto",
        body="""
Dear Rosalind Achterberg,

Thank you for your interest in the Inventory & Registrar Coordinator position (Req ID
2026-0113) at Northbridge Fine Art Storage, Edinburgh.

This is an automated confirmation that we have received your application. Due to the high
volume of applications we receive, we cannot respond to every applicant individually.
If your qualifications match the requirements of the role, a member of our Talent team
will contact you directly.

Thank you again for considering Northbridge.

Talent Acquisition
Northbridge Fine Art Storage
""",
    ),
    msg(
        id="rheinbogen_ack", kind=K, lang="de", company="Museum Rheinbogen", frm=RB_PERSONIO,
        name_enc=("utf-8", "b"), date="2026-03-02 08:47", reply="rheinbogen_apply",
        subject="Ihre Bewerbung als Registrar (m/w/d) bei Museum Rheinbogen Köln",
        html="auto",
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Bewerbung als Registrar (m/w/d) und Ihr Interesse am Museum
Rheinbogen Köln.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig
und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Mit freundlichen Grüßen
Ihr Personalteam des Museum Rheinbogen Köln
""",
    ),
    msg(
        id="severin_ack", kind=K, lang="de", company="Severin & Cie Kunstauktionen",
        frm=("Severin & Cie Kunstauktionen", "noreply@softgarden.io"),
        date="2026-03-04 13:15", subject="Eingangsbestätigung Ihrer Bewerbung", cs="iso-8859-1",
        body="""
Guten Tag Frau Achterberg,

vielen Dank für Ihre Bewerbung auf die Position "Sachbearbeitung Objektlogistik und
Registratur" bei Severin & Cie Kunstauktionen in Köln. Ihre Unterlagen sind
vollständig bei uns eingegangen.

Wir werden Ihre Bewerbung nun sichten. Bitte haben Sie Verständnis dafür, dass dies
einige Zeit in Anspruch nehmen kann.

Freundliche Grüße
Ihr Recruiting-Team
Severin & Cie Kunstauktionen

Diese Nachricht wurde automatisch über softgarden versendet.
""",
    ),
    msg(
        id="ijhaven_ack", kind=K, lang="en", company="IJhaven Museum of Design",
        frm=("IJhaven Museum of Design", "no-reply@hire.lever.co"),
        date="2026-03-09 07:58",
        subject="Thank you for your application to IJhaven Museum of Design",
        html="auto",
        body="""
Hi Rosalind,

Thank you for your interest in IJhaven Museum of Design! We wanted to let you know we
received your application for Registrar, Loans & Exhibitions, and we are delighted that
you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match
our needs for the role. If you are not selected for this position, we will let you know
once the role has been filled.

Regards,
IJhaven Museum of Design
""",
    ),
    msg(
        id="vk_ack", kind=K, lang="en", company="Veldhuis & Kroon", frm=VK_TT,
        date="2026-03-20 12:44", subject="Veldhuis & Kroon | We received your application",
        html_only=True,
        body="""
Hi Rosalind,

Thanks a lot for your application for the role of Consignment Registrar at Veldhuis &
Kroon Auctioneers in Amsterdam. We have received it and will get back to you as soon as
possible.

In the meantime, feel free to take a look at our upcoming sales on our website.

Best regards,
The people team at Veldhuis & Kroon
""",
    ),
    msg(
        id="av_ack", kind=K, lang="en", company="Artvault Logistics",
        frm=("Artvault Logistics", "no-reply@greenhouse-mail.io"), zone="UTC",
        date="2026-04-02 08:14",
        subject="Thank you for applying to Artvault Logistics", html="auto",
        body="""
Hi Rosalind,

Thank you for your interest in Artvault Logistics! We've received your application for
Senior Registrar, Collections & Storage (Amsterdam) and our team is reviewing it now.

If your background is a fit, a member of our recruiting team will reach out about next
steps. In the meantime, you can learn more about how we move and store art on our blog.

Best,
Artvault Logistics Talent Team

This email was sent by Greenhouse on behalf of Artvault Logistics.
""",
    ),
    msg(
        id="rheinknie_ack", kind=K, lang="de", company="Sammlung Rheinknie",
        frm=("Sammlung Rheinknie Basel", "noreply@successfactors.eu"),
        date="2026-04-10 10:03",
        subject="Bestätigung: Bewerbung Sammlungsmanagerin/Sammlungsmanager 80-100 %",
        cte="base64",
        body="""
Sehr geehrte Frau Achterberg

Wir bestätigen Ihnen den Eingang Ihrer Bewerbung für die Stelle
Sammlungsmanagerin/Sammlungsmanager 80-100 % bei der Sammlung Rheinknie Basel.

Ihre Unterlagen werden nun von der zuständigen Fachperson geprüft. Über den weiteren
Verlauf informieren wir Sie so bald wie möglich.

Freundliche Grüsse

Sammlung Rheinknie Basel
Human Resources
St. Alban-Vorstadt 40, 4052 Basel
""",
    ),
    msg(
        id="prov_ack", kind=K, lang="en", company="Provenio", frm=PROV_ASHBY, zone="UTC",
        date="2026-04-15 09:20", subject="Thanks for applying to Provenio!",
        html="auto",
        body="""
Hi Rosalind,

Thanks for applying to the Collections Data Registrar role at Provenio. We read every
application ourselves, and we'll get back to you within two weeks either way.

Provenio builds the collection-management software used by small and mid-sized museums,
so a registrar's eye is exactly what we need.

Cheers,
The Provenio team
""",
    ),
    msg(
        id="kp_ack", kind=K, lang="de", company="Kulturpersonal Basel", frm=KP,
        date="2026-05-04 15:37", subject="AW: Bewerbung temporäre Einsätze Sammlungsbereich",
        reply="kp_apply", quote="kp_apply", attrib="de",
        body="""
Guten Tag Frau Achterberg

Herzlichen Dank für Ihre Bewerbung und Ihren Lebenslauf, die wir gerne erhalten haben.
Ihr Dossier ist in unserer Kandidatendatenbank erfasst.

Ich schaue mir Ihre Unterlagen in den nächsten Tagen genauer an und melde mich dann
telefonisch oder per E-Mail bei Ihnen.

Freundliche Grüsse
Nadja Brunner
Beraterin Kultur & Museen
Kulturpersonal Basel
Gerbergasse 14, 4001 Basel
T +41 61 555 38 20
""",
    ),
    msg(
        id="dussac_ack", kind=K, lang="fr", company="Fondation Dussac", frm=DUSSAC_RH,
        date="2026-05-06 11:10",
        subject="Re: Candidature - Chargée des collections et du récolement",
        subj_enc=("utf-8", "q"), reply="dussac_apply", quote="dussac_apply", attrib="fr",
        body="""
Madame,

Nous accusons bonne réception de votre candidature au poste de chargé(e) des collections
et du récolement au sein de la Fondation Dussac, et vous en remercions.

Votre dossier sera examiné avec attention par le comité de recrutement. Nous reviendrons
vers vous d'ici la fin du mois de mai.

Bien cordialement,

Le service des ressources humaines
Fondation Dussac
12, rue de Sévigné, 75004 Paris
""",
    ),
    msg(
        id="marceau_ack", kind=K, lang="fr", company="Hôtel des Ventes Marceau",
        frm=MARCEAU_SR, name_enc=("iso-8859-1", "q"), date="2026-06-01 17:55",
        subject="Votre candidature chez Hôtel des Ventes Marceau", subj_enc=("utf-8", "b"),
        html_only=True,
        body="""
Bonjour Rosalind,

Merci pour votre candidature au poste de Régisseuse des œuvres / Régisseur des œuvres chez
Hôtel des Ventes Marceau.

Nous avons bien reçu votre dossier. Notre équipe l'étudiera dans les meilleurs délais et
reviendra vers vous si votre profil correspond à nos besoins.

Cordialement,
L'équipe Recrutement
Hôtel des Ventes Marceau
""",
    ),
    msg(
        id="vauquelin_ack", kind=K, lang="fr", company="Musée Vauquelin",
        frm=("Musée Vauquelin - Recrutement", "recrutement-vauquelin@taleo.net"),
        name_enc=("iso-8859-1", "q"), date="2026-06-03 09:28",
        subject="Accusé de réception - Offre 2600412 Régisseur des collections (H/F)",
        subj_enc=("iso-8859-1", "q"), cs="iso-8859-1", cte="quoted-printable",
        body="""
Madame Achterberg,

Nous vous remercions de l'intérêt que vous portez au Musée Vauquelin et accusons réception
de votre candidature pour l'offre 2600412 Régisseur des collections (H/F).

Compte tenu du nombre important de candidatures, nous ne sommes pas en mesure de répondre
individuellement à chacune d'entre elles. Si votre profil est retenu pour la suite du
processus, vous serez contactée par nos équipes.

Ce message est généré automatiquement, merci de ne pas y répondre.

Direction des ressources humaines
Musée Vauquelin
""",
    ),
    msg(
        id="brunel_ack", kind=K, lang="fr", company="Atelier Brunel Restauration",
        frm=BRUNEL_WK, date="2026-06-20 08:40",
        subject="Candidature reçue : Régisseur·se / coordinateur·rice de chantier",
        html="auto",
        body="""
Bonjour Rosalind,

Merci d'avoir postulé chez Atelier Brunel Restauration ! Votre candidature pour le poste
de régisseur·se / coordinateur·rice de chantier a bien été transmise à l'équipe.

Nous prenons le temps de lire chaque dossier. Vous recevrez de nos nouvelles sous deux à
trois semaines.

À bientôt,
Atelier Brunel Restauration

Envoyé via Workable
""",
    ),
    msg(
        id="zub_ack", kind=K, lang="es", company="Museo Zubiarte", frm=ZUB_RT,
        date="2026-07-03 12:06", subject="Hemos recibido tu candidatura - Museo Zubiarte",
        html="auto",
        body="""
Hola Rosalind:

¡Gracias por tu interés en el Museo Zubiarte! Hemos recibido correctamente tu
candidatura para el puesto de Registro y Gestión de Colecciones.

Nuestro equipo revisará tu perfil en las próximas semanas. Si encaja con lo que
buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Un saludo,
Equipo de Personas
Museo Zubiarte, Bilbao
""",
    ),
    msg(
        id="arrieta_ack", kind=K, lang="es", company="Subastas Arrieta",
        frm=("Subastas Arrieta - Selección", "seleccion@subastasarrieta.example.es"),
        date="2026-08-04 10:50", subject="Acuse de recibo de su candidatura",
        cs="windows-1252", cte="8bit",
        body="""
Estimada Sra. Achterberg:

Le agradecemos el envío de su currículum para el puesto de “técnico/a de registro y
catalogación” en Subastas Arrieta. Le confirmamos que lo hemos recibido correctamente.

El proceso de selección se desarrollará durante el mes de agosto. En caso de que su
perfil sea preseleccionado, nos pondremos en contacto con usted por teléfono.

Atentamente,

Departamento de Selección
Subastas Arrieta
Alameda de Mazarredo 47, 48009 Bilbao
""",
    ),
    msg(
        id="hierros_ack", kind=K, lang="es", company="Fundación Hierros de Deusto",
        frm=("Fundación Hierros de Deusto", "empleo@hierrosdeusto.example.es"),
        name_enc=("utf-8", "q"), date="2026-08-11 13:22",
        subject="Confirmación de recepción - Responsable de archivo y colecciones",
        body="""
Buenas tardes, Rosalind:

Te escribimos para confirmar que tu candidatura para el puesto de responsable de archivo
y colecciones de la Fundación Hierros de Deusto ha llegado correctamente.

Por el volumen de solicitudes no podemos responder de forma individual a cada persona,
pero todas las candidaturas se leerán. Quienes pasen a la fase de entrevistas recibirán
una llamada antes del 15 de septiembre.

Gracias de nuevo por tu interés.

Fundación Hierros de Deusto
Área de Personas
""",
    ),
]
