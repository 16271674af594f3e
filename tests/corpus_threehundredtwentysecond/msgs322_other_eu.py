"""Corpus 322, German, French and Spanish `other` mail: job-alert letters, newsletters, media and
user-research interviews, parcels, bank positions, viewings, medical appointments, refused
course places, a friend's own rejection and the candidate's own mail."""

from __future__ import annotations

from msgs322_common import html_from_text, html_page, para_html, t


def bulk(list_id: str, unsub: str) -> dict[str, str]:
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>", "Precedence": "bulk"}


JOBLETTER = t("""
    Ihr Jobletter: 6 neue Stellen für "Studienkoordination Berlin"

    • Study Nurse (m/w/d) Onkologie – Charlottenburg – Vorstellungsgespräche ab KW 24
    • Clinical Research Associate – Medizintechnik-Start-up – Remote möglich
    • Projektmanager*in Register – Stiftung – Teilzeit

    Karriere-Tipp der Woche: Absage erhalten? So holen Sie sich konstruktives Feedback
    und nutzen es für das nächste Vorstellungsgespräch.

    Sie erhalten diese E-Mail, weil Sie einen Jobletter abonniert haben.
    Abmelden: https://karrierenetz.example.de/jobletter/abmelden
    """)

SPECS = [
    # ------------------------------------------------------------ German
    {
        "slug": "jobletter_karrierenetz",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-03 06:30 +0200",
        "frm": ("KarriereNetz Jobletter", "jobletter@karrierenetz.example.de"),
        "headers": bulk("<jobletter.karrierenetz.example.de>",
                        "https://karrierenetz.example.de/jobletter/abmelden"),
        "subject": "6 neue Jobs für Sie – und was tun nach einer Absage?",
        "text": JOBLETTER,
        "html": html_from_text(JOBLETTER, brand="KarriereNetz", colour="#026466", lang="de"),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
    },
    {
        "slug": "wohnung_besichtigung_verschoben",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-06-26 18:12 +0200",
        "frm": ("Hausverwaltung Reinholz", "vermietung@hv-reinholz.example.de"),
        "subject": "Besichtigung Wiener Straße 12 – Terminverschiebung",
        "text": t("""
            Sehr geehrte Frau Ní Bhriain,

            leider müssen wir den Besichtigungstermin für die 2-Zimmer-Wohnung in der Wiener
            Straße 12 (Kreuzberg) am 1. Juli verschieben, da der Vormieter noch nicht
            ausgezogen ist. Neuer Termin: Donnerstag, 2. Juli, 18:00 Uhr.

            Bitte bringen Sie eine Mieterselbstauskunft und die letzten drei
            Gehaltsnachweise mit.

            Mit freundlichen Grüßen
            Hausverwaltung Reinholz
            """),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "paket_verzoegert",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-07-02 08:03 +0200",
        "frm": ("Paketblitz Sendungsverfolgung", "noreply@paketblitz.example.de"),
        "subject": "Ihre Sendung verzögert sich leider",
        "html": html_page(para_html([
            "Hallo Siobhán Ní Bhriain,",
            "leider verzögert sich die Zustellung Ihrer Sendung <b>PB 0049 8812 77</b> "
            "aufgrund eines Streiks im Verteilzentrum Ludwigsfelde.",
            "Neuer voraussichtlicher Zustelltag: <b>Montag, 6. Juli</b>.",
            "Wir bitten um Entschuldigung.",
        ]), brand="Paketblitz", colour="#ffb703", lang="de",
            footer="Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "deutschkurs_kein_platz",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-08-13 11:50 +0200",
        "frm": ("Sprachschule Spreeufer", "kurse@sprachschule-spreeufer.example.de"),
        "subject": "Ihre Anmeldung zum Intensivkurs Deutsch B2",
        "text": t("""
            Liebe Frau Ní Bhriain,

            vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B2 (Online, ab 7.
            September). Leider ist der Kurs bereits ausgebucht, und wir können Ihnen keinen
            Platz mehr anbieten. Gern setzen wir Sie auf die Warteliste oder reservieren
            einen Platz im Oktoberkurs.

            Herzliche Grüße
            Ihr Team der Sprachschule Spreeufer
            """),
    },
    # ------------------------------------------------------------ French
    {
        "slug": "lettre_recherche_clinique",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-02-18 07:00 +0100",
        "frm": ("La Lettre de la Recherche Clinique", "lettre@rechercheclinique-info.example.fr"),
        "headers": bulk("<lettre.rechercheclinique-info.example.fr>",
                        "https://rechercheclinique-info.example.fr/desinscription"),
        "subject": "La Lettre n°112 : entretiens, refus et premiers pas d'ARC",
        "html": html_page(para_html([
            "<b>Au sommaire ce mois-ci</b>",
            "• Réussir son entretien d'ARC : les 10 questions qui reviennent toujours",
            "• « Votre candidature n'a pas été retenue » : comment rebondir après un refus",
            "• Offre de formation : DU de recherche clinique, inscriptions ouvertes",
            "• Agenda : journée des TEC le 26 mars à Lyon",
        ]), brand="La Lettre de la Recherche Clinique", colour="#264653", lang="fr",
            footer='<a href="https://rechercheclinique-info.example.fr/desinscription">'
                   "Se désinscrire</a>"),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "radio_sante_interview",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-15 14:22 +0200",
        "frm": ("Juliette Armand", "juliette.armand@radiosanteparis.example.fr"),
        "subject": "Demande d'interview – infirmières européennes à Paris",
        "text": t("""
            Bonjour Madame Ní Bhriain,

            Je prépare pour Radio Santé Paris une émission sur les infirmières européennes qui
            candidatent dans les hôpitaux parisiens. Un collègue de l'AP-HP m'a transmis vos
            coordonnées.

            Accepteriez-vous une interview de quinze minutes par téléphone, enregistrée la
            semaine prochaine ? Elle serait diffusée début mai.

            Bien cordialement,
            Juliette Armand
            Journaliste, Radio Santé Paris
            """),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "rdv_medecin_deplace",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-09-05 10:02 +0200",
        "frm": ("RdvSanté", "no-reply@rdvsante.example.fr"),
        "subject": "Votre rendez-vous a été déplacé",
        "text": t("""
            Bonjour Siobhán,

            Votre rendez-vous avec le Dr Pauline Mercier (médecine générale) initialement
            prévu le mardi 8 septembre à 9h30 a été déplacé par le cabinet au mercredi
            9 septembre à 17h15.

            Si ce nouvel horaire ne vous convient pas, vous pouvez l'annuler depuis
            l'application.

            L'équipe RdvSanté
            """),
    },
    {
        "slug": "amie_camille_refus",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-04-24 21:37 +0200",
        "frm": ("Camille Jourdan", "camille.jourdan@example.fr"),
        "subject": "Moi aussi, refusée à Sainte-Clotilde…",
        "text": t("""
            Coucou Siobhán,

            Tu ne vas pas le croire : j'ai reçu le même mail que toi de Sainte-Clotilde,
            « nous ne pouvons pas donner une suite favorable à votre candidature ». Après
            deux entretiens ! Je suis dégoûtée.

            On s'appelle ce week-end ? Et dis-moi si tu passes à Paris en mai, je t'invite
            à dîner.

            Bises,
            Camille
            """),
        "charset": "windows-1252", "cte": "8bit",
    },
    {
        "slug": "visite_appartement",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-22 12:48 +0200",
        "frm": ("Agence Lumière Immobilier", "location@lumiere-immo.example.fr"),
        "subject": "Visite du studio rue Oberkampf – changement d'horaire",
        "text": t("""
            Bonjour Madame,

            La visite du studio meublé situé 112 rue Oberkampf, prévue samedi à 10h, est
            avancée à 9h15 à la demande du propriétaire. Merci de prévoir votre dossier
            (pièce d'identité, trois derniers bulletins de salaire, garant).

            Bien à vous,
            Agence Lumière Immobilier
            """),
    },
    {
        "slug": "entretien_utilisateur_appli",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-06-11 09:30 +0200",
        "frm": ("L'équipe Soigner+", "recherche@soignerplus.example.fr"),
        "subject": "Participez à un entretien utilisateur (30 min)",
        "html": html_page(para_html([
            "Bonjour Siobhán,",
            "Vous utilisez Soigner+ pour vos transmissions ? Nous recherchons des infirmières "
            "pour un <b>entretien utilisateur</b> de 30 minutes en visio afin d'améliorer "
            "l'application.",
            "En remerciement, vous recevrez une carte cadeau de 30 €.",
            '<a href="https://soignerplus.example.fr/recherche">Je choisis mon créneau</a>',
        ]), brand="Soigner+", colour="#e76f51", lang="fr",
            footer="Vous recevez cet e-mail car vous avez accepté d'être contactée pour des "
                   "études utilisateurs."),
        "html_cte": "base64",
        "name_enc": ("b", "utf-8"),
    },
    {
        "slug": "alerte_emploi_sante",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-07-08 06:45 +0200",
        "frm": ("SantéEmploi Alertes", "alertes@sante-emploi.example.fr"),
        "headers": bulk("<alertes.sante-emploi.example.fr>",
                        "https://sante-emploi.example.fr/alertes/stop"),
        "subject": "Alerte emploi : 8 nouvelles offres « coordinatrice recherche clinique »",
        "text": t("""
            8 nouvelles offres correspondent à votre alerte :

            - Coordinatrice de recherche clinique – CHU (Lille) – entretiens prévus fin juillet
            - ARC promoteur – CRO internationale (Paris La Défense)
            - TEC – Centre de lutte contre le cancer (Nantes)

            Conseil : un refus n'est jamais définitif, relancez poliment au bout de 15 jours.

            Pour ne plus recevoir ces alertes : https://sante-emploi.example.fr/alertes/stop
            """),
        "cte": "quoted-printable",
    },
    {
        "slug": "own_fr_visite_confirmation",
        "kind": "other", "lang": "fr", "company": "", "contact": "",
        "date": "2026-05-22 14:05 +0100",
        "frm": ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie"),
        "to": [("Agence Lumière Immobilier", "location@lumiere-immo.example.fr")],
        "parent": "visite_appartement", "quote": "fr",
        "subject": "Re: Visite du studio rue Oberkampf – changement d'horaire",
        "text": t("""
            Bonjour,

            C'est noté pour samedi à 9h15, merci. J'apporterai mon dossier complet ; mon
            contrat de travail n'étant pas encore signé, puis-je fournir une promesse
            d'embauche à la place des bulletins de salaire ?

            Cordialement,
            Siobhán Ní Bhriain
            """),
    },
    # ------------------------------------------------------------ Spanish
    {
        "slug": "alerta_empleo_es",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-03-12 07:15 +0100",
        "frm": ("EmpleoSalud Alertas", "alertas@empleosalud.example.es"),
        "headers": bulk("<alertas.empleosalud.example.es>",
                        "https://empleosalud.example.es/alertas/baja"),
        "subject": "5 nuevas ofertas de coordinador/a de ensayos clínicos en Barcelona",
        "text": t("""
            Nuevas ofertas para tu alerta "ensayos clínicos Barcelona":

            · Coordinador/a de Ensayos Clínicos – Hospital privado – entrevistas en abril
            · Data Manager – CRO internacional – remoto parcial
            · Enfermera de investigación – Instituto de investigación

            ¿Te han rechazado en un proceso? Lee nuestra guía: "Cómo pedir feedback tras
            una entrevista".

            Darte de baja: https://empleosalud.example.es/alertas/baja
            """),
        "html": html_from_text(t("""
            Nuevas ofertas para tu alerta "ensayos clínicos Barcelona":

            · Coordinador/a de Ensayos Clínicos – Hospital privado – entrevistas en abril
            · Data Manager – CRO internacional – remoto parcial
            · Enfermera de investigación – Instituto de investigación

            ¿Te han rechazado en un proceso? Lee nuestra guía: "Cómo pedir feedback tras
            una entrevista".
            """), brand="EmpleoSalud", colour="#2b9348", lang="es",
            footer="Darte de baja: https://empleosalud.example.es/alertas/baja"),
    },
    {
        "slug": "paquete_retrasado",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-08-18 09:02 +0200",
        "frm": ("RápidoEnvíos", "avisos@rapidoenvios.example.es"),
        "subject": "Lamentablemente tu paquete se ha retrasado",
        "text": t("""
            Hola Siobhán:

            Lamentablemente tu paquete RE-77120455 se ha retrasado por una incidencia en el
            centro logístico de El Prat. La nueva fecha estimada de entrega es el jueves
            20 de agosto.

            No tienes que hacer nada. Gracias por tu paciencia.

            RápidoEnvíos
            """),
        "name_enc": ("q", "iso-8859-1"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
    },
    {
        "slug": "banco_posicion_global",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-09-01 03:30 +0200",
        "frm": ("Banco Mediterráneo Digital", "comunicaciones@bmdigital.example.es"),
        "subject": "Tu posición global a 31 de agosto",
        "html": html_page(para_html([
            "Hola Siobhán:",
            "Ya puedes consultar tu <b>posición global</b> a 31 de agosto de 2026: saldo en "
            "cuentas, tarjetas y la posición de tu fondo indexado.",
            '<a href="https://bmdigital.example.es/posicion">Ver mi posición</a>',
            "Nunca te pediremos tus claves por correo electrónico.",
        ]), brand="Banco Mediterráneo Digital", colour="#1d3557", lang="es"),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "podcast_salud_conectada",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-29 17:30 +0200",
        "frm": ("Lucía Benítez", "lucia@saludconectada.example.es"),
        "subject": "¿Una entrevista para el pódcast Salud Conectada?",
        "text": t("""
            Hola Siobhán:

            Soy Lucía, presento el pódcast Salud Conectada sobre innovación en enfermería.
            Begoña, de Nexalud, me habló de ti y de tu experiencia como enfermera de ensayos
            clínicos en Irlanda.

            ¿Te animarías a una entrevista de media hora para un episodio sobre enfermeras
            que dan el salto a la informática sanitaria? Grabamos por videollamada cuando te
            venga bien.

            ¡Gracias!
            Lucía Benítez
            """),
    },
    {
        "slug": "visita_piso_barcelona",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-06-16 20:10 +0200",
        "frm": ("Jordi Vilaró", "jordi.vilaro@example.es"),
        "subject": "Visita al piso de Gràcia – cambio de día",
        "text": t("""
            Hola Siobhán:

            Te escribo por la visita al piso de la calle Verdi. Al final no puedo el jueves;
            ¿te va bien el viernes a las 19:00? Si sigues en Irlanda, te puedo hacer la
            visita por videollamada.

            Un saludo,
            Jordi
            """),
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "master_no_admitida",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-07-24 12:00 +0200",
        "frm": ("Secretaría de Másteres", "masters@universitat-mar.example.es"),
        "subject": "Resolución de admisión – Máster en Ensayos Clínicos",
        "text": t("""
            Estimada Sra. Ní Bhriain:

            Le comunicamos que, una vez resuelto el proceso de admisión al Máster
            Universitario en Ensayos Clínicos (curso 2026-2027), su solicitud no ha sido
            admitida por haberse cubierto todas las plazas disponibles. Ha quedado en la
            posición 11 de la lista de espera.

            Atentamente,
            Secretaría de Másteres
            Universitat del Mar
            """),
        "cte": "base64",
    },
    {
        "slug": "dentista_cita_anulada",
        "kind": "other", "lang": "es", "company": "", "contact": "",
        "date": "2026-08-27 11:25 +0200",
        "frm": ("Clínica Dental Sagrada Família", "citas@dentalsf.example.es"),
        "subject": "Recordatorio: su cita ha sido anulada",
        "text": t("""
            Estimada paciente:

            Le informamos de que su cita de revisión del 31 de agosto a las 10:00 ha sido
            anulada por vacaciones del Dr. Roig. Puede pedir una nueva cita llamando al
            93 555 40 40 o desde nuestra web.

            Clínica Dental Sagrada Família
            """),
    },
]
