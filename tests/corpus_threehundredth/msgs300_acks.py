"""Acknowledgements of applications (ATS and human, incl. "we cannot answer everyone"
notices) and the remaining offers."""

from __future__ import annotations

from msgs300_common import DISCLAIMER_DE, html_shell, paras, spec

_armor_ack = """Bonjour Théo,

Merci d'avoir postulé chez Armor Restauration !

Nous confirmons la réception de votre candidature pour le poste suivant :
Chef de cuisine collective - site de Saint-Nazaire (R-2026-00381)

Vous pouvez suivre son statut à tout moment en vous connectant à votre compte candidat.

L'équipe Recrutement
Armor Restauration"""

_fennick_ack = """Dear Théo,

Thank you for applying for the role of Production Manager - Central Kitchen (Park Royal), job requisition JR-10442.

We confirm that your application has been successfully submitted. Our recruitment team will now review your application against the requirements of the role.

Due to the volume of applications we receive, we are unable to provide individual feedback to every applicant. If you have not heard from us within 21 days, please assume that your application has not progressed on this occasion.

Kind regards,
Fennick Talent Acquisition"""

_kantinenwerk_ack = """Sehr geehrter Herr Marchand,

wir bestätigen den Eingang Ihrer Bewerbung als Küchenleitung (m/w/d) Potsdamer Platz. Vielen Dank für Ihr Vertrauen!

Bitte haben Sie Verständnis dafür, dass die Prüfung der Unterlagen einige Zeit in Anspruch nehmen kann. Wir melden uns bei Ihnen, sobald wir eine Entscheidung getroffen haben.

Mit freundlichen Grüßen
Ihr Personalteam
Kantinenwerk Berlin"""

MESSAGES = [
    # ---------------- French acknowledgements
    spec(
        key="armor_ack", kind="application_received", lang="fr",
        company="Armor Restauration", contact="",
        frm=("Armor Restauration", "armorrestauration@myworkday.com"),
        date="2026-01-09 11:47 -0500",
        subject="Candidature reçue - Chef de cuisine collective",
        body=_armor_ack,
        html=html_shell(paras(_armor_ack), "Armor Restauration",
                        "Merci de ne pas répondre à ce message."),
        subj_enc=("iso-8859-1", "q"),
    ),
    spec(
        key="sirs_ack", kind="application_received", lang="fr",
        company="SIRS Erdre-et-Cens", contact="rh@sirs-erdre-cens.example.fr",
        frm=("Service RH - SIRS Erdre-et-Cens", "rh@sirs-erdre-cens.example.fr"),
        date="2026-01-16 14:22 +0100",
        subject="Accusé de réception - candidature responsable cuisine centrale",
        body="""Monsieur,

Nous accusons réception de votre candidature au poste de responsable de la cuisine centrale de Carquefou, parvenue le 14 janvier 2026.

Votre dossier sera examiné à la clôture des candidatures, le 31 janvier. Vous serez informé de la suite qui lui sera réservée.

Cordialement,
Nathalie Guérin
Responsable des ressources humaines
SIRS Erdre-et-Cens""",
        charset="iso-8859-1", cte="8bit",
    ),
    spec(
        key="estuaire_ack", kind="application_received", lang="fr",
        company="Groupe hospitalier Estuaire", contact="",
        frm=("Groupe hospitalier Estuaire", "ghestuaire@taleo.net"),
        date="2026-02-05 07:02 +0000",
        subject="Votre candidature a bien été transmise - Réf. 26-0412",
        body="""Madame, Monsieur,

Nous vous remercions de l'intérêt que vous portez au Groupe hospitalier Estuaire.

Votre candidature au poste de Chef de cuisine collective (H/F) - Unité centrale de production (réf. 26-0412) a bien été transmise au service recruteur.

Compte tenu du nombre de candidatures reçues, nous ne pourrons pas répondre personnellement à chacune d'entre elles dans l'immédiat. Vous serez informé(e) par courriel de l'évolution de votre dossier.

La Direction des ressources humaines

Ce courriel est généré automatiquement, merci de ne pas y répondre.""",
        subj_enc=("utf-8", "b"), cte="quoted-printable",
    ),
    spec(
        key="eurocantine_ack", kind="application_received", lang="fr",
        company="Eurocantine", contact="",
        frm=("Eurocantine", "no-reply@recruitee.com"),
        date="2026-04-14 16:20 +0200",
        subject="Merci pour votre candidature chez Eurocantine",
        body="""Bonjour Théo,

Merci pour votre candidature au poste de Responsable de production - site d'Evere (Bruxelles). Nous l'avons bien reçue !

Notre équipe RH reviendra vers vous dès que possible.

À bientôt,
L'équipe RH d'Eurocantine""",
        html=html_shell(paras("""Bonjour Théo,

Merci pour votre candidature au poste de Responsable de production - site d'Evere (Bruxelles). Nous l'avons bien reçue !

Notre équipe RH reviendra vers vous dès que possible.

À bientôt,
L'équipe RH d'Eurocantine"""), "Eurocantine", "Envoyé avec Recruitee", "#e67e22"),
        charset="windows-1252",
    ),
    spec(
        key="begles_ack", kind="application_received", lang="fr",
        company="Ville de Bègles", contact="",
        frm=("Ville de Bègles - Recrutement", "ne-pas-repondre@mairie-begles.example.fr"),
        date="2026-05-06 08:03 +0200", system=True,
        subject="Ville de Bègles : accusé de réception de votre candidature",
        body="""Monsieur Théo Marchand,

Votre candidature pour l'offre « Responsable de production - cuisine centrale (catégorie B/C) » a bien été enregistrée sur le portail emploi de la Ville de Bègles.

Les candidatures seront étudiées après la date limite de dépôt fixée au 18 mai 2026. Seuls les candidats retenus pour un entretien seront contactés ; en l'absence de réponse, chacun recevra un courriel à l'issue du recrutement.

Ceci est un message automatique.""",
        name_enc=("windows-1252", "q"), subj_enc=("iso-8859-1", "b"),
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="riviera_ack", kind="application_received", lang="fr",
        company="Riviera Gastronomie", contact="",
        frm=("Riviera Gastronomie SA", "rivieragastronomie@icims.com"),
        date="2026-05-18 12:30 +0200",
        subject="Riviera Gastronomie - candidature enregistrée",
        body="""Bonjour Théo,

Merci d'avoir postulé au poste de Responsable de production traiteur (Montreux). Votre candidature a été enregistrée sous le numéro 2026-1187.

Notre équipe RH prend connaissance de chaque dossier. Nous vous contacterons si votre profil correspond aux exigences du poste.

Meilleures salutations,
Ressources humaines - Riviera Gastronomie""",
        cte="base64",
    ),
    spec(
        key="delvaux_ack", kind="application_received", lang="fr",
        company="Traiteur Delvaux", contact="sophie.lambert@delvaux-traiteur.example.be",
        frm=("Sophie Lambert", "sophie.lambert@delvaux-traiteur.example.be"),
        date="2026-06-09 15:14 +0200",
        subject="RE: Candidature Production Manager",
        body="""Bonjour Monsieur Marchand,

Merci pour votre candidature spontanée et votre CV, bien reçus. Je les ai transmis à notre Directeur des opérations, qui cherche justement à renforcer l'encadrement de la production à Anderlecht.

Je reviens vers vous d'ici une dizaine de jours.

Bien à vous,
Sophie Lambert
Recruitment Officer - Traiteur Delvaux""",
    ),

    # ---------------- English acknowledgements
    spec(
        key="fennick_ack", kind="application_received", lang="en",
        company="Fennick Contract Catering", contact="",
        frm=("Fennick Contract Catering", "fennick@myworkday.com"),
        date="2026-01-30 06:40 -0800",
        subject="Application received: Production Manager - Central Kitchen (JR-10442)",
        html=html_shell(paras(_fennick_ack), "Fennick Contract Catering",
                        "This is an automated message from our recruitment system.", "#6c3483"),
        html_cte="base64",
    ),
    spec(
        key="kestrel_ack", kind="application_received", lang="en",
        company="Kestrel Hotels", contact="",
        frm=("Kestrel Hotels", "no-reply@hire.lever.co"),
        date="2026-04-02 10:15 +0100",
        subject="Thanks for applying to Kestrel Hotels!",
        body="""Hi Théo,

Thanks for your interest in Kestrel Hotels - we've received your application for Head Chef - Staff Restaurant & Banqueting (Shoreditch).

Our team will review it and get back to you as soon as we can. In the meantime, why not follow us on social media to see what our kitchens are cooking up?

Cheers,
The Kestrel Hotels People Team""",
        cte="quoted-printable",
    ),
    spec(
        key="larder_ack", kind="application_received", lang="en",
        company="Larder & Co", contact="",
        frm=("Larder & Co", "no-reply@ashbyhq.com"),
        date="2026-05-12 09:33 +0000",
        subject="We've received your application to Larder & Co",
        body="""Hi Théo,

Thank you for applying for the Central Kitchen Manager position at Larder & Co. We've received your application and our team is reviewing it.

We aim to get back to every applicant within two weeks.

The Larder & Co Team""",
    ),

    # ---------------- German acknowledgements
    spec(
        key="lindenhof_ack", kind="application_received", lang="de",
        company="Hotelgruppe Lindenhof", contact="",
        frm=("Hotelgruppe Lindenhof", "lindenhof@softgarden.io"),
        date="2026-03-05 17:11 +0100",
        subject="Ihre Bewerbung ist bei uns eingegangen",
        body="""Sehr geehrter Herr Marchand,

vielen Dank für Ihre Bewerbung als F&B Manager (m/w/d) im Hotel Lindenhof Mitte. Hiermit bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir werden Ihre Bewerbung nun sorgfältig prüfen und uns so schnell wie möglich bei Ihnen melden. Den aktuellen Status können Sie jederzeit in Ihrem Bewerberkonto einsehen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Hotelgruppe Lindenhof""",
        charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="charlotten_ack", kind="application_received", lang="de",
        company="Charlottenklinik Berlin", contact="",
        frm=("Charlottenklinik Berlin Karriere", "charlottenklinik@successfactors.eu"),
        date="2026-04-16 06:58 +0000",
        subject="Eingangsbestätigung - Küchenleitung Patientenverpflegung (CK-2026-031)",
        body="""Sehr geehrter Herr Marchand,

Ihre Bewerbung für die Position Küchenleitung Patientenverpflegung (Kennziffer CK-2026-031) ist bei uns eingegangen. Vielen Dank!

Aufgrund der Vielzahl an Bewerbungen ist es uns leider nicht möglich, jede Bewerbung individuell zu beantworten, bevor das Auswahlverfahren abgeschlossen ist. Wir bitten um Ihr Verständnis.

Mit freundlichen Grüßen
Personalabteilung der Charlottenklinik Berlin

Diese E-Mail wurde automatisch generiert. Bitte antworten Sie nicht darauf.""",
        cte="8bit",
    ),
    spec(
        key="kantinenwerk_ack", kind="application_received", lang="de",
        company="Kantinenwerk Berlin", contact="",
        frm=("Kantinenwerk Berlin", "bewerbung-noreply@kantinenwerk.example.de"),
        date="2026-06-30 13:45 +0200",
        subject="Eingang Ihrer Bewerbung - Küchenleitung (m/w/d)",
        body=_kantinenwerk_ack,
        html=html_shell(paras(_kantinenwerk_ack), "Kantinenwerk Berlin"),
        subj_enc=("utf-8", "b"), charset="iso-8859-1",
    ),

    # ---------------- Spanish acknowledgements
    spec(
        key="kontxa_ack", kind="application_received", lang="es",
        company="Grupo Hostelero Kontxa", contact="",
        frm=("Grupo Hostelero Kontxa", "no-reply@teamtailor-mail.com"),
        date="2026-03-10 11:02 +0000",
        subject="¡Gracias por tu candidatura, Théo!",
        body="""Hola Théo:

Te confirmamos que hemos recibido tu candidatura para el puesto de Responsable de Alimentos y Bebidas en el Hotel Kontxa Playa.

Vamos a revisarla con calma y te diremos algo en las próximas semanas.

¡Gracias por pensar en nosotros!
Equipo de Personas - Grupo Hostelero Kontxa""",
        subj_enc=("iso-8859-1", "q"), charset="iso-8859-1", cte="quoted-printable",
    ),
    spec(
        key="igeldo_ack", kind="application_received", lang="es",
        company="Clínica Igeldo", contact="",
        frm=("Clínica Igeldo", "noreply@workablemail.com"),
        date="2026-07-06 08:30 +0000",
        subject="Clínica Igeldo: hemos recibido tu solicitud",
        body="""Hola Théo,

Gracias por presentar tu solicitud para el puesto de Responsable de Cocina Hospitalaria en Clínica Igeldo. La hemos recibido correctamente.

Nuestro equipo revisará tu perfil. Si avanzas a la siguiente fase, nos pondremos en contacto contigo.

Recursos Humanos - Clínica Igeldo""",
        name_enc=("utf-8", "b"), cte="base64",
    ),

    # ---------------- remaining offers
    spec(
        key="garance_offer", kind="offer", lang="fr",
        company="Maison Garance Réceptions", contact="louise@maison-garance.example.fr",
        frm=("Louise Garance", "louise@maison-garance.example.fr"),
        date="2026-10-01 10:25 +0200",
        subject="On relance le projet : poste de chef de production",
        body="""Bonjour Théo,

Comme promis au printemps, je reviens vers toi : nous avons signé deux gros contrats de séminaires pour 2027 et nous créons finalement le poste de chef de production.

Je te le propose officiellement : CDI à partir du 4 janvier 2027, 2 900 € brut mensuels sur 12 mois, plus une prime sur les événements de plus de 300 couverts, véhicule de service pour les livraisons.

Je sais que tu as peut-être d'autres pistes ; dis-moi d'ici le 15 octobre si ça t'intéresse, et je t'envoie la promesse d'embauche.

À très vite j'espère,
Louise
Maison Garance Réceptions - traiteur événementiel, Bordeaux
07 81 00 36 52""",
        charset="windows-1252", cte="quoted-printable",
    ),
    spec(
        key="festmahl_angebot", kind="offer", lang="de",
        company="Festmahl Eventcatering", contact="nils.hoffmeister@festmahl.example.de",
        frm=("Nils Hoffmeister", "nils.hoffmeister@festmahl.example.de"),
        date="2026-07-27 17:55 +0200",
        subject="Unser Angebot: Produktionsleitung bei Festmahl",
        body=f"""Hallo Théo,

der Probearbeitstag letzte Woche war richtig stark, das ganze Team war begeistert. Wir möchten Dir deshalb die Stelle als Produktionsleitung anbieten.

Die Eckdaten:
- unbefristeter Vertrag, Start zum 1. Oktober 2026
- 52.000 Euro brutto im Jahr, plus Umzugspauschale von 2.000 Euro
- 40 Stunden/Woche, Zeitausgleich für Wochenendeinsätze

Den Arbeitsvertrag schicke ich Dir, sobald Du zusagst. Lass Dir ruhig ein paar Tage Zeit, bis zum 7. August wäre schön.

Viele Grüße
Nils Hoffmeister
Küchendirektor, Festmahl Eventcatering

{DISCLAIMER_DE}""",
        charset="iso-8859-1", cte="base64",
    ),
]
