"""Corpus 177, acknowledgements and offers: 21 application_received and 10 offer messages."""

from __future__ import annotations

from msgs177_common import (
    CANDIDATE_ADDR,
    CANDIDATE_NAME,
    ats_card,
    button,
    forwarded_block,
    paras,
    simple_html,
    wrote,
)

ACK = "application_received"
OFF = "offer"
MESSAGES: list[dict] = []


def add(**spec: object) -> None:
    MESSAGES.append(spec)


# ================================================================ received, fr

_stroch_ack = """Madame Brunetti-Okafor,

Nous accusons réception de votre candidature au poste de Coordinatrice bio-nettoyage et logistique hôtelière (réf. CSRL-2026-07) et vous remercions de l'intérêt que vous portez à la Clinique Saint-Roch Lumière.

Notre équipe de recrutement étudiera votre dossier avec attention. Si votre profil correspond à nos besoins, nous prendrons contact avec vous dans les prochaines semaines.

Cordialement,
Direction des ressources humaines
Clinique Saint-Roch Lumière

Ceci est un message automatique. Merci de ne pas y répondre."""
add(
    kind=ACK, slug="stroch_taleo_ack", lang="fr", company="Clinique Saint-Roch Lumière", contact="",
    frm=("Clinique Saint-Roch Lumière", "noreply@taleo.net"),
    subject="Accusé de réception – Coordinatrice bio-nettoyage et logistique hôtelière",
    date="2026-01-19 19:16 +0000", text=_stroch_ack, cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
)

_ghp_ack = """Bonjour Maëlle,

Nous avons bien reçu votre candidature pour le poste d'Agent(e) de coordination logistique hospitalière (R-04417).

En raison du nombre important de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si votre profil est retenu pour un entretien, un membre de notre équipe vous contactera directement.

Vous pouvez suivre l'état de votre dossier à tout moment depuis votre espace candidat.

La Direction des Ressources Humaines
Groupe Hospitalier Phocéen"""
add(
    kind=ACK, slug="ghp_workday_ack", lang="fr", company="Groupe Hospitalier Phocéen", contact="",
    frm=("Groupe Hospitalier Phocéen", "ghphoceen@myworkday.com"),
    subject="Nous avons bien reçu votre candidature (R-04417)", subj_enc="utf-8:B",
    date="2026-01-12 08:31 +0000",
    html=ats_card("Groupe Hospitalier Phocéen", "#00567a", "Candidature reçue",
                  paras(_ghp_ack) + button("Suivre ma candidature",
                                           "https://ghphoceen.wd3.myworkday.com/fr-FR/candidat"),
                  "Message automatique – ne pas répondre."),
    cte="base64",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Workday Recruiting")],
)

add(
    kind=ACK, slug="riviera_aero_icims_ack", lang="fr", company="Riviera Aéroservices", contact="",
    frm=("Riviera Aéroservices", "riviera-aeroservices@talent.icims.com"),
    subject="Riviera Aéroservices : candidature enregistrée",
    date="2026-03-02 06:58 +0000",
    text="""Bonjour Maëlle,

Merci d'avoir postulé au poste de Chef d'équipe propreté aérogare (H/F) – Nice.

Votre candidature a bien été enregistrée sous le numéro 2026-0311. Nos recruteurs l'examineront dans les meilleurs délais.

Vous pouvez modifier vos informations ou retirer votre candidature depuis le portail carrières de Riviera Aéroservices.

Cordialement,
Le service recrutement
Riviera Aéroservices
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="provence_interim_registration", lang="fr", company="Provence Intérim Plus",
    contact="n.aubanel@provence-interim.example.fr",
    frm=("Nicolas Aubanel", "n.aubanel@provence-interim.example.fr"),
    subject="Votre inscription chez Provence Intérim Plus",
    date="2026-01-06 15:12 +0100", charset="windows-1252", cte="8bit",
    text="""Bonjour Madame Brunetti-Okafor,

Merci pour votre passage à l'agence ce matin. Votre inscription est désormais complète : nous avons votre CV, votre pièce d'identité, votre attestation de sécurité sociale et votre RIB.

Vous êtes enregistrée sur les postes d'agent de service hospitalier, de chef d'équipe propreté et de gouvernante, secteur Marseille et Nice. Je vous proposerai des missions dès qu'elles correspondront à votre profil.

Pensez à télécharger l'application pour signer vos contrats et relevés d'heures.

Bien à vous,
Nicolas Aubanel
Consultant recrutement
Provence Intérim Plus – Agence Marseille Prado
112 avenue du Prado, 13008 Marseille
Tél. : 04 91 77 30 52
""",
)

add(
    kind=ACK, slug="mediterranee_cv_received", lang="fr", company="Polyclinique des Oliviers",
    contact="s.terzian@mediterranee-talents.example.fr",
    frm=("Sabrina Terzian", "s.terzian@mediterranee-talents.example.fr"),
    subject="RE: CV – mission coordination bio-nettoyage Toulon",
    date="2026-03-30 09:47 +0200", reply="<CAM177.mediterranee.cv.0329@mail.example.fr>",
    text=f"""Bonjour Maëlle,

J'ai bien reçu votre CV pour la mission de coordination du bio-nettoyage à la Polyclinique des Oliviers, merci. Je le relis aujourd'hui et je le présente à la cadre de santé demain.

Je vous tiens au courant dès que j'ai un retour.

Sabrina Terzian
Méditerranée Talents Intérim – Agence de Toulon
04 94 62 30 18

{wrote("fr", "dim. 29 mars 2026 à 21:14", CANDIDATE_NAME, CANDIDATE_ADDR)}
> Bonjour Madame Terzian,
> Suite à notre conversation de vendredi, voici mon CV pour la mission à
> la Polyclinique des Oliviers. Je suis disponible dès le 13 avril.
> Bonne soirée,
> Maëlle
""",
)

_azurel_ack = """Bonjour Maëlle,

Merci pour votre candidature au poste de Coordinateur·rice multi-sites (Nice Est) ! Nous l'avons bien reçue.

Notre équipe la lit avec attention et reviendra vers vous, quelle que soit la réponse, d'ici trois semaines environ.

En attendant, découvrez nos équipes et nos sites sur notre page carrières.

L'équipe Talents d'Azurel Facility"""
add(
    kind=ACK, slug="azurel_teamtailor_ack", lang="fr", company="Azurel Facility", contact="",
    frm=("Azurel Facility", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature, Maëlle !",
    date="2026-02-11 19:03 +0000", text=_azurel_ack,
    html=ats_card("Azurel Facility", "#e4572e", "Candidature bien reçue", paras(_azurel_ack),
                  "Propulsé par Teamtailor"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="terrasses_ack_human", lang="fr", company="Hôtel Les Terrasses du Vieux-Port",
    contact="d.abitbol@terrasses-vieuxport.example.fr",
    frm=("Delphine Abitbol", "d.abitbol@terrasses-vieuxport.example.fr"),
    subject="Re: Candidature gouvernante adjointe",
    date="2026-04-02 12:09 +0200", charset="iso-8859-1", cte="quoted-printable",
    reply="<CAM177.terrasses.0401@mail.example.fr>",
    text="""Bonjour Madame,

Nous avons bien reçu votre candidature pour le poste de gouvernante adjointe, merci.

Nous l'étudions avec la gouvernante générale et nous reviendrons vers vous d'ici trois semaines.

Cordialement,
Delphine Abitbol
Responsable du personnel
Hôtel Les Terrasses du Vieux-Port
""",
)

_nettalia_ack = """Bonjour Maëlle,

Merci d'avoir postulé chez Nettalia FM !

Nous confirmons la réception de votre candidature au poste de Chef de site propreté – Toulon Ouest. Votre dossier va maintenant être examiné par notre équipe recrutement.

À bientôt,
L'équipe recrutement Nettalia FM"""
add(
    kind=ACK, slug="nettalia_smartrecruiters_ack", lang="fr", company="Nettalia FM", contact="",
    frm=("Nettalia FM", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature chez Nettalia FM",
    date="2026-07-20 07:44 +0000", text=_nettalia_ack,
    html=ats_card("Nettalia FM", "#1d4ed8", "Candidature reçue", paras(_nettalia_ack),
                  "SmartRecruiters · Politique de confidentialité"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="roseraie_successfactors_ack", lang="fr", company="EMS La Roseraie du Lac",
    contact="",
    frm=("Fondation EMS La Roseraie du Lac", "noreply@successfactors.eu"),
    subject="Confirmation de votre candidature – Responsable intendance (80-100 %)",
    date="2026-06-08 13:20 +0000",
    text="""Madame,

Nous confirmons la bonne réception de votre dossier de candidature pour le poste de Responsable intendance (80-100 %).

Nous vous informons que seules les personnes dont le profil correspond au poste seront contactées. Nous vous remercions de votre compréhension.

Fondation EMS La Roseraie du Lac – Ressources humaines
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="fourviere_ack_base64", lang="fr", company="Clinique Fourvière-Saône",
    contact="m.ferrand@fourviere-saone.example.fr",
    frm=("Service recrutement – Clinique Fourvière-Saône", "recrutement@fourviere-saone.example.fr"),
    reply_to=("Mathilde Ferrand", "m.ferrand@fourviere-saone.example.fr"),
    subject="Votre candidature – Référente hygiène des locaux",
    date="2026-05-11 16:38 +0200", cte="base64",
    text="""Madame,

Nous vous remercions pour votre candidature au poste de référente hygiène des locaux, reçue ce jour.

Votre dossier a été transmis à la responsable du service hôtelier. Vous serez informée de la suite qui lui sera donnée.

Mathilde Ferrand
Chargée de recrutement
Clinique Fourvière-Saône – 8 montée du Chemin-Neuf, 69005 Lyon
""",
)

# ================================================================ received, en

add(
    kind=ACK, slug="navigli_greenhouse_ack", lang="en", company="Navigli Facility Partners",
    contact="",
    frm=("Navigli Facility Partners", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Navigli Facility Partners",
    date="2026-06-01 07:02 +0000", cte="7bit",
    text="""Hi Maelle,

Thanks for applying for the Facilities Coordinator (English-speaking) position at Navigli Facility Partners. Your application has been received and our team will review it shortly.

If your experience is a good match, a member of our team will be in touch to discuss next steps.

Best regards,
The Navigli Facility Partners Recruiting Team

**Please note: this inbox is not monitored.**
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

_harbour_ack = """Hi Maëlle,

Thanks for applying to the Housekeeping Operations Coordinator role at Harbourline Hospitality Group. We've received your application and our team will review it over the coming days.

You don't need to do anything else for now – we'll be in touch by email.

Harbourline Hospitality Group – Talent Team"""
add(
    kind=ACK, slug="harbourline_ashby_ack", lang="en", company="Harbourline Hospitality Group",
    contact="",
    frm=("Harbourline Hospitality Group", "no-reply@ashbyhq.com"),
    subject="We received your application – Housekeeping Operations Coordinator",
    date="2026-02-24 09:31 +0000", text=_harbour_ack,
    html=ats_card("Harbourline Hospitality Group", "#0b3954", "Application received",
                  paras(_harbour_ack), "Sent with Ashby", lang="en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="gir_lever_ack", lang="en", company="Geneva International Residence",
    contact="",
    frm=("Geneva International Residence", "no-reply@hire.lever.co"),
    subject="Your application to Geneva International Residence",
    date="2026-01-20 11:40 +0000", cte="base64",
    text="""Dear Maëlle,

Thank you for your application for Residence Operations Assistant. We confirm that it has reached us.

Due to the high volume of applications, unfortunately we cannot reply to every applicant individually. Our team will contact you if your profile is shortlisted.

Kind regards,
Talent Acquisition
Geneva International Residence
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

_darsena_ack = """Hi Maëlle,

Thank you for your interest in Darsena Property Services! We have received your application for Facilities Coordinator – Navigli & Darsena portfolio.

Our hiring team will review your application, and if your background is a fit we'll reach out to schedule a conversation.

Thanks again,
Darsena Property Services"""
add(
    kind=ACK, slug="darsena_bamboohr_ack", lang="en", company="Darsena Property Services", contact="",
    frm=("Darsena Property Services", "notifications@app.bamboohr.com"),
    subject="Thanks for applying to Darsena Property Services",
    date="2026-09-14 08:26 +0000", text=_darsena_ack,
    html=simple_html(paras(_darsena_ack), "en"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="brera_icims_ack", lang="en", company="Clinica Internazionale Brera", contact="",
    frm=("Clinica Internazionale Brera", "careers-brera@talent.icims.com"),
    subject="Application received: Environmental Services Coordinator (Req 2026-118)",
    date="2026-04-13 10:14 +0000",
    text="""Dear Maëlle Brunetti-Okafor,

Thank you for submitting your application for Environmental Services Coordinator (Req 2026-118) at Clinica Internazionale Brera.

Your application is now under review. You can check its status at any time on our careers portal.

Human Resources
Clinica Internazionale Brera
This mailbox is not monitored.
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

# ================================================================ received, es

add(
    kind=ACK, slug="mirador_ack_human", lang="es", company="Hotel Mirador del Port",
    contact="mcasals@miradordelport.example.es",
    frm=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="RE: Candidatura – Coordinadora de pisos y limpieza",
    date="2026-05-05 10:03 +0200", reply="own_application_mirador",
    text=f"""Hola Maëlle:

Hemos recibido tu candidatura y tu currículum, muchas gracias. Lo revisaremos con la gobernanta general esta semana y te diremos algo en cuanto podamos.

Un saludo,
Marta Casals Roig
Responsable de Personas – Hotel Mirador del Port

{wrote("es", "lun, 4 may 2026 a las 21:40", CANDIDATE_NAME, CANDIDATE_ADDR)}
> Estimada Sra. Casals:
>
> Le adjunto mi candidatura para el puesto de coordinadora de pisos y limpieza.
""",
)

_llevant_ack = """Hola Maëlle:

¡Gracias por presentar tu candidatura a Coordinadora de Servicios de Limpieza (Poblenou)!

Hemos recibido tus datos correctamente. Nuestro equipo revisará tu perfil y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Equipo de Selección
Servicios Integrales Llevant"""
add(
    kind=ACK, slug="llevant_workable_ack", lang="es", company="Servicios Integrales Llevant",
    contact="",
    frm=("Servicios Integrales Llevant", "noreply@workablemail.com"),
    subject="Hemos recibido tu candidatura", date="2026-03-23 15:50 +0000",
    text=_llevant_ack,
    html=ats_card("Servicios Integrales Llevant", "#16a34a", "Candidatura recibida",
                  paras(_llevant_ack), "Powered by Workable", lang="es"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="talentia_registration", lang="es", company="Talentia Temporal",
    contact="jordi.pons@talentia-temporal.example.es",
    frm=("Jordi Pons", "jordi.pons@talentia-temporal.example.es"),
    subject="Alta completada en Talentia Temporal",
    date="2026-02-09 13:25 +0100", charset="iso-8859-1", cte="8bit",
    text="""Hola Maëlle,

Tu alta en Talentia Temporal ya está completada: tenemos tu CV, tu NIE y la copia de tu título de técnica en limpieza hospitalaria.

Te hemos dado de alta para ofertas de supervisión de limpieza, gobernanta y coordinación de servicios en Barcelona y área metropolitana. En cuanto tengamos algo que encaje, te llamo.

Un saludo,
Jordi Pons
Consultor - Talentia Temporal Barcelona
Carrer de Balmes 150, 08008 Barcelona
""",
)

# ================================================================ received, de

_mh_ack = """Sehr geehrte Frau Brunetti-Okafor,

vielen Dank für Ihre Bewerbung als Koordinatorin Hauswirtschaft und Reinigungsdienste (Kennziffer MK-2026-044) und Ihr Interesse am Mainhafen Klinikum.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns innerhalb der nächsten drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalmanagement
Mainhafen Klinikum gGmbH"""
add(
    kind=ACK, slug="mainhafen_softgarden_ack", lang="de", company="Mainhafen Klinikum", contact="",
    frm=("Mainhafen Klinikum gGmbH", "noreply@softgarden.io"),
    subject="Eingangsbestätigung Ihrer Bewerbung (MK-2026-044)",
    date="2026-04-07 08:19 +0000", cte="base64", text=_mh_ack,
    html=ats_card("Mainhafen Klinikum", "#0f766e", "Eingangsbestätigung", paras(_mh_ack),
                  "Versendet über softgarden", lang="de"),
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="rheinmain_personio_ack", lang="de", company="Rhein-Main Gebäudedienste",
    contact="",
    frm=("Rhein-Main Gebäudedienste GmbH", "no-reply@personio.de"),
    subject="Vielen Dank für Ihre Bewerbung", subj_enc="iso-8859-1:B",
    date="2026-06-22 17:05 +0000",
    text="""Sehr geehrte Frau Brunetti-Okafor,

vielen Dank für Ihre Bewerbung als Objektleiterin (m/w/d) Unterhaltsreinigung. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Bewerbung individuell beantworten. Sollte Ihr Profil zu unseren Anforderungen passen, kommen wir auf Sie zu.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Rhein-Main Gebäudedienste GmbH
""",
    headers=[("Auto-Submitted", "auto-generated")],
)

add(
    kind=ACK, slug="zeitwerk_registration", lang="de", company="Zeitwerk Personal",
    contact="j.boettcher@zeitwerk-personal.example.de",
    frm=("Jan Böttcher", "j.boettcher@zeitwerk-personal.example.de", "iso-8859-1:Q"),
    subject="Ihre Registrierung bei Zeitwerk Personal",
    date="2026-01-26 16:48 +0100",
    text="""Hallo Frau Brunetti-Okafor,

danke für das Gespräch per Video heute Nachmittag. Ihre Registrierung bei Zeitwerk Personal ist damit abgeschlossen; Ihre Unterlagen (Lebenslauf, Zeugnisse, Ausweiskopie) liegen mir vollständig vor.

Ich habe Sie für Einsätze als Hausdame, Objektleitung Reinigung und Hauswirtschaft in Kliniken im Raum Frankfurt vorgemerkt und melde mich, sobald ich etwas Passendes habe.

Viele Grüße
Jan Böttcher
Personaldisponent
Zeitwerk Personal GmbH – Niederlassung Frankfurt
Hanauer Landstraße 88, 60314 Frankfurt am Main
""",
)

# ================================================================ offers

add(
    kind=OFF, slug="stroch_offer_pdf", lang="fr", company="Clinique Saint-Roch Lumière",
    contact="s.ollivier@stroch-lumiere.example.fr",
    frm=("Sandrine Ollivier", "s.ollivier@stroch-lumiere.example.fr"),
    subject="Proposition d'embauche – Coordinatrice bio-nettoyage et logistique hôtelière",
    date="2026-02-20 17:40 +0100", reply="stroch_moved_ics",
    text="""Madame Brunetti-Okafor,

Suite à votre entretien du 12 février, nous avons le plaisir de vous proposer le poste de coordinatrice bio-nettoyage et logistique hôtelière au sein de la Clinique Saint-Roch Lumière.

Il s'agit d'un CDI à temps plein, à pourvoir à compter du lundi 16 mars 2026, avec une rémunération annuelle brute de 27 600 € sur 12 mois, hors prime d'assiduité.

Vous trouverez ci-joint la promesse d'embauche détaillant ces conditions. Merci de nous la retourner signée avant le vendredi 27 février. Je reste à votre disposition pour toute question.

Bien cordialement,

Sandrine Ollivier
Chargée de recrutement – Direction des ressources humaines
Clinique Saint-Roch Lumière
45 boulevard Baille, 13005 Marseille
04 91 80 44 27
""",
    attach=[{"type": "pdf", "name": "Promesse_embauche_Brunetti-Okafor.pdf", "lines": [
        "Clinique Saint-Roch Lumière - Direction des ressources humaines",
        "Marseille, le 20 février 2026",
        "",
        "PROMESSE D'EMBAUCHE",
        "Madame Maëlle Brunetti-Okafor",
        "Poste : Coordinatrice bio-nettoyage et logistique hôtelière",
        "Contrat : CDI, temps plein (35 h)",
        "Date de prise de poste : 16 mars 2026",
        "Rémunération annuelle brute : 27 600 euros",
        "",
        "Bon pour accord, date et signature :",
    ]}],
)

_zufferey = """Bonjour Monsieur Favre,

Suite à l'entretien de mercredi dernier, nous souhaitons engager Mme Brunetti-Okafor comme responsable intendance et hygiène, à 100 %, dès le 1er septembre 2026.

Nous proposons un salaire annuel brut de CHF 78 000 versé en 13 mensualités, avec une période d'essai de trois mois. Merci de lui transmettre notre offre ; nous lui ferons parvenir le contrat dès son accord.

Meilleures salutations,
Martine Zufferey
Directrice des soins – Clinique du Léman Ouest"""
add(
    kind=OFF, slug="helvetic_client_offer", lang="fr", company="Clinique du Léman Ouest",
    contact="l.favre@helvetic-interim.example.ch",
    frm=("Laurent Favre | Helvetic Intérim Santé", "l.favre@helvetic-interim.example.ch"),
    subject="TR: Clinique du Léman Ouest – Mme Brunetti-Okafor",
    date="2026-07-22 11:06 +0200", reply="helvetic_interviewer_ill",
    text=f"""Bonjour Madame Brunetti-Okafor,

Excellente nouvelle : la clinique souhaite vous faire une offre ! Je vous transfère le message de Mme Zufferey ci-dessous.

Prenez le temps de lire les conditions ; je vous appelle cet après-midi pour en parler et, si vous êtes d'accord, je confirme votre réponse à la clinique.

Meilleures salutations,
Laurent Favre
Helvetic Intérim Santé SA – Rue du Rhône 65 – 1204 Genève
+41 22 310 77 45

{forwarded_block("fr", "Martine Zufferey <m.zufferey@clinique-leman-ouest.example.ch>", "mar. 21 juil. 2026 à 18:02", "Mme Brunetti-Okafor", "Laurent Favre <l.favre@helvetic-interim.example.ch>")}

{_zufferey}
""",
)

add(
    kind=OFF, slug="jardins_verbal_offer", lang="fr", company="Les Jardins d'Ambroise",
    contact="c.mouret@jardins-ambroise.example.fr",
    frm=("Céline Mouret", "c.mouret@jardins-ambroise.example.fr", "iso-8859-1:Q"),
    subject="Suite à notre appel – votre embauche",
    date="2026-04-27 14:55 +0200", charset="windows-1252", cte="8bit",
    reply="jardins_trial_moved",
    text="""Bonjour Maëlle,

Comme convenu au téléphone ce midi, je vous confirme par écrit que nous souhaitons vous recruter comme coordinatrice hôtelière à la résidence d’Aix-en-Provence.

Les conditions dont nous avons parlé :
– CDI à temps plein, 35 h, planning du lundi au vendredi, un week-end sur quatre d’astreinte
– prise de poste le lundi 1er juin 2026
– 2 150 € brut mensuel, plus la prime Ségur et le 13e mois après un an

Le service paie du groupe vous enverra le contrat dans la semaine. L’équipe a adoré votre journée d’immersion vendredi, bravo !

Céline Mouret
Directrice de résidence – Les Jardins d’Ambroise
04 42 27 65 10
""",
)

_promenade_offer = """Bonjour Maëlle,

Suite à nos échanges et à votre accord de la semaine dernière, votre contrat de travail pour le poste de Coordinatrice des services d'étage est prêt.

CDI – temps plein – prise de poste le lundi 28 septembre 2026.

Vous pouvez le consulter et le signer électroniquement en cliquant sur le bouton ci-dessous. Le lien est valable 7 jours.

Bienvenue dans l'équipe !

Lucas Bensimon
Directeur d'hébergement
Résidence Hôtelière Promenade – 58 promenade des Anglais, 06000 Nice"""
add(
    kind=OFF, slug="promenade_contract_esign", lang="fr", company="Résidence Hôtelière Promenade",
    contact="l.bensimon@residence-promenade.example.fr",
    frm=("Lucas Bensimon via Recruitee", "noreply@jobs.recruitee.com"),
    reply_to=("Lucas Bensimon", "l.bensimon@residence-promenade.example.fr"),
    subject="Votre contrat de travail à signer",
    date="2026-09-10 10:20 +0200", reply="promenade_recruitee_moved",
    html=simple_html(paras(_promenade_offer) + button(
        "Signer mon contrat", "https://sign.example.com/envelope/promenade-7731-brunetti")),
)

add(
    kind=OFF, slug="mfb_offer_letter_pdf", lang="fr", company="Monaco Facility Bureau",
    contact="s.gastaud@mfb.example.mc",
    frm=("Stéphane Gastaud", "s.gastaud@mfb.example.mc"),
    subject="Lettre d'offre – Responsable d'exploitation adjointe",
    date="2026-07-06 18:12 +0200", reply="mfb_onsite_instead", cte="base64",
    text="""Madame Brunetti-Okafor,

Merci encore pour votre venue à Monaco mardi dernier. J'ai le plaisir de vous adresser ci-joint notre lettre d'offre pour le poste de responsable d'exploitation adjointe.

En résumé : contrat à durée indéterminée, 39 heures hebdomadaires, salaire mensuel brut de 3 100 €, début souhaité le 1er septembre 2026. Le permis de travail monégasque sera demandé par nos soins.

Je vous remercie de me faire part de votre décision d'ici le 15 juillet.

Bien à vous,
Stéphane Gastaud
Directeur d'exploitation
Monaco Facility Bureau S.A.M. – 9 rue Grimaldi, MC 98000 Monaco
""",
    attach=[{"type": "pdf", "name": "Lettre_offre_MFB_Brunetti-Okafor.pdf", "lines": [
        "Monaco Facility Bureau - 9 rue Grimaldi - MC 98000 Monaco",
        "Monaco, le 6 juillet 2026",
        "",
        "Objet : lettre d'offre d'emploi",
        "Madame,",
        "Nous avons le plaisir de vous proposer le poste de",
        "Responsable d'exploitation adjointe, en CDI, à compter du 1er septembre 2026.",
        "Salaire mensuel brut : 3 100 euros sur 13 mois.",
        "Cette offre est valable jusqu'au 15 juillet 2026.",
        "",
        "Stéphane Gastaud, Directeur d'exploitation",
    ]}],
)

_lakeview_offer = """Dear Maëlle,

Following your interview with the panel on 9 June, I am delighted to offer you the post of Facilities and Housekeeping Coordinator at Lakeview International School.

Please find attached your offer letter setting out the main terms: a permanent contract at 100%, starting on 17 August 2026, with an annual gross salary of CHF 82,000 paid in 13 instalments.

To accept, please sign and return the letter by Friday 26 June. Do get in touch if you have any questions.

With warm regards,
Helen Marsh
HR Officer
Lakeview International School
Route de Lausanne 301, 1293 Bellevue
+41 22 959 12 40
"""
add(
    kind=OFF, slug="lakeview_offer_pdf", lang="en", company="Lakeview International School",
    contact="h.marsh@lakeview-school.example.ch",
    frm=("Helen Marsh", "h.marsh@lakeview-school.example.ch"),
    subject="Offer of employment – Facilities and Housekeeping Coordinator",
    date="2026-06-19 16:45 +0200", reply="lakeview_cancel_ics",
    text=_lakeview_offer, html=simple_html(paras(_lakeview_offer), "en"),
    attach=[{"type": "pdf", "name": "Lakeview_Offer_Letter_Brunetti-Okafor.pdf", "lines": [
        "Lakeview International School - Human Resources",
        "Bellevue, 19 June 2026",
        "",
        "OFFER OF EMPLOYMENT",
        "Position: Facilities and Housekeeping Coordinator",
        "Start date: 17 August 2026",
        "Salary: CHF 82,000 gross per year (13 instalments)",
        "",
        "Signature of acceptance: ______________________",
    ]}],
)

add(
    kind=OFF, slug="darsena_verbal_offer", lang="en", company="Darsena Property Services",
    contact="g.valli@darsena-ps.example.it",
    frm=("Giorgio Valli", "g.valli@darsena-ps.example.it"),
    cc=("Darsena People Team", "people@darsena-ps.example.it"),
    subject="Following our call – offer summary",
    date="2026-09-30 17:28 +0200", cte="7bit",
    text="""Hi Maelle,

Great speaking with you earlier - I'm really pleased you're as keen as we are.

As promised, here is a summary of what we discussed on the phone:
- Role: Facilities Coordinator, Navigli & Darsena portfolio
- Contract: permanent, full time (CCNL Commercio, level 3)
- Salary: EUR 34,000 gross per year, plus meal vouchers
- Start: Monday 2 November 2026

Our People team (copied) will send the formal contract next week. In the meantime, if anything in the summary doesn't match your understanding, tell me.

Welcome aboard,
Giorgio Valli
Head of Operations
Darsena Property Services
Viale Gorizia 24, 20144 Milano
""",
)

add(
    kind=OFF, slug="mirador_offer_pdf", lang="es", company="Hotel Mirador del Port",
    contact="mcasals@miradordelport.example.es",
    frm=("Marta Casals Roig", "mcasals@miradordelport.example.es"),
    subject="Carta de oferta – Coordinadora de pisos y limpieza",
    date="2026-05-27 13:05 +0200", reply="mirador_moved_ics", cte="base64",
    text="""Hola Maëlle:

¡Enhorabuena! Después de la entrevista del martes con Rosa y conmigo, nos encantaría que te incorporaras al Hotel Mirador del Port como coordinadora de pisos y limpieza.

Te adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 26.500 € en 14 pagas e incorporación el 15 de junio.

Si estás de acuerdo, devuélvenosla firmada antes del 3 de junio y empezamos con la documentación.

Un abrazo,
Marta Casals Roig
Responsable de Personas
Hotel Mirador del Port – Barcelona
""",
    attach=[{"type": "pdf", "name": "Carta_oferta_Brunetti-Okafor.pdf", "lines": [
        "Hotel Mirador del Port - Departamento de Personas",
        "Barcelona, 27 de mayo de 2026",
        "",
        "CARTA DE OFERTA",
        "Puesto: Coordinadora de pisos y limpieza",
        "Contrato: indefinido, jornada completa",
        "Salario bruto anual: 26.500 euros (14 pagas)",
        "Fecha de incorporación: 15 de junio de 2026",
    ]}],
)

add(
    kind=OFF, slug="mirasol_contract_sign", lang="es", company="Residencia Mirasol",
    contact="paranda@residenciamirasol.example.es",
    frm=("Pilar Aranda", "paranda@residenciamirasol.example.es"),
    subject="Contrato para firma – Gobernanta de la Residencia Mirasol",
    date="2026-10-06 12:48 +0200",
    text="""Hola Maëlle:

Tal como hablamos el viernes, te adjunto el contrato de trabajo para el puesto de gobernanta de la Residencia Mirasol (Sant Gervasi).

Revísalo con calma. Si todo está correcto, fírmalo en todas las páginas y envíanoslo escaneado antes del 13 de octubre; el original lo firmaremos juntas el primer día, el 2 de noviembre.

Cualquier duda, llámame al 934 17 25 60.

Un saludo,
Pilar Aranda
Recursos Humanos – Residencia Mirasol
""",
    attach=[{"type": "pdf", "name": "Contrato_laboral_Brunetti-Okafor.pdf", "lines": [
        "CONTRATO DE TRABAJO INDEFINIDO",
        "Empresa: Residencia Mirasol",
        "Trabajadora: Maëlle Brunetti-Okafor",
        "Categoría: Gobernanta",
        "Fecha de inicio: 2 de noviembre de 2026",
        "Jornada: completa, 40 horas semanales",
        "",
        "Firma de la trabajadora:",
    ]}],
)

add(
    kind=OFF, slug="sachsenhausen_offer_pdf", lang="de", company="Sachsenhausen Immobilienverwaltung",
    contact="d.hensel@sachsenhausen-iv.example.de",
    frm=("Dirk Hensel", "d.hensel@sachsenhausen-iv.example.de"),
    subject="Ihr Arbeitsvertrag als Objektbetreuerin",
    date="2026-10-07 11:32 +0200", reply="sachsenhausen_trial_day",
    text="""Guten Tag Frau Brunetti-Okafor,

nach Ihrem Probearbeitstag waren Herr Yilmaz und ich uns schnell einig: Wir möchten Ihnen die Stelle als Objektbetreuerin in unserem Team anbieten.

Im Anhang finden Sie den Arbeitsvertrag – unbefristet, Vollzeit (40 Stunden), Bruttomonatsgehalt 3.250 €, Beginn am 1. Dezember 2026. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 21. Oktober zurück.

Wir freuen uns auf die Zusammenarbeit!

Viele Grüße
Dirk Hensel
Leiter Objektmanagement
Sachsenhausen Immobilienverwaltung GmbH & Co. KG
Textorstraße 25 · 60594 Frankfurt am Main
Geschäftsführer: Werner Hensel · Amtsgericht Frankfurt am Main HRA 48213
""",
    attach=[{"type": "pdf", "name": "Arbeitsvertrag_Brunetti-Okafor.pdf", "lines": [
        "ARBEITSVERTRAG",
        "zwischen der Sachsenhausen Immobilienverwaltung",
        "und Frau Maëlle Brunetti-Okafor",
        "Tätigkeit: Objektbetreuerin",
        "Beginn: 1. Dezember 2026, unbefristet",
        "Arbeitszeit: 40 Stunden pro Woche",
        "Vergütung: 3.250 Euro brutto monatlich",
    ]}],
)
