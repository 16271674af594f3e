"""Corpus 196: application acknowledgements (21) and offers (10), each written by hand."""

from __future__ import annotations

from msgs196_common import (
    ats_card,
    forwarded,
    pdf,
)

MESSAGES: list[dict] = []

# ================================================================== application_received
# ------------------------------------------------------------------ fr

_t = """Bonjour Anaïs,

Merci pour votre candidature au poste d'Assistant(e) Recrutement (R-0142) à Colomiers. Nous confirmons sa bonne réception.

Notre équipe Talent Acquisition va l'étudier dans les prochains jours. Vous pouvez suivre son avancement à tout moment depuis votre espace candidat :
https://wd3.myworkday.com/garonneaero/d/home.htmld

Cordialement,
Aérostructures Garonne - Talent Acquisition"""
MESSAGES.append(dict(
    id="garonne_workday_ack", kind="application_received", lang="fr",
    company="Aérostructures Garonne", contact="",
    frm=("Aérostructures Garonne", "garonneaero@myworkday.com"),
    subject="Candidature reçue : Assistant(e) Recrutement (R-0142)",
    date="2026-06-08 12:47 -0700",
    text=_t,
    html=ats_card("Aérostructures Garonne", "#1b3a6b", _t,
                  footer="Message automatique envoyé par Workday. Merci de ne pas répondre."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Bonjour Anaïs,

Merci pour ta candidature au poste d'Assistante RH boutiques chez Maison Caudéran ! Nous l'avons bien reçue.

Notre équipe lit chaque dossier avec attention. En raison du grand nombre de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'entre elles ; si ton profil correspond à nos besoins, nous te contacterons dans les trois semaines.

À très vite peut-être,
L'équipe RH de Maison Caudéran"""
MESSAGES.append(dict(
    id="cauderan_recruitee_ack", kind="application_received", lang="fr",
    company="Maison Caudéran", contact="",
    frm=("Maison Caudéran - Recrutement", "no-reply@jobs.recruitee.com"),
    subject="Nous avons bien reçu ta candidature !",
    date="2026-04-20 19:12 +0200",
    text=_t,
    html=ats_card("Maison Caudéran", "#2e5e4e", _t,
                  footer="Envoyé via Recruitee pour le compte de Maison Caudéran."),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="pyrene_taleo_ack", kind="application_received", lang="fr",
    company="Banque Pyrène", contact="",
    frm=("Banque Pyrène Recrutement", "banquepyrene@taleo.net"), frm_enc=("iso-8859-1", "Q"),
    subject="Accusé de réception de votre candidature (réf. BP-2026-031)",
    subj_enc=("iso-8859-1", "Q"),
    date="2026-03-30 08:15 +0200",
    text="""Madame,

Nous accusons réception de votre candidature au poste de Chargée de recrutement junior (réf. BP-2026-031) et vous remercions de l'intérêt que vous portez à la Banque Pyrène.

Votre dossier va être examiné par nos équipes. Si votre profil est retenu pour la suite du processus, un chargé de recrutement prendra contact avec vous.

Vous pouvez consulter le statut de votre candidature sur notre site carrières, rubrique « Mon compte ».

La Direction des Ressources Humaines
Banque Pyrène

Ceci est un message automatique, merci de ne pas y répondre.""",
    charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="capitole_registration", kind="application_received", lang="fr",
    company="Capitole Intérim", contact="julien.estrade@capitole-interim.example.fr",
    frm=("Julien Estrade", "julien.estrade@capitole-interim.example.fr"),
    subject="Votre inscription chez Capitole Intérim",
    date="2026-01-13 10:02 +0100",
    text="""Bonjour Anaïs,

Merci pour votre passage à l'agence ce matin. Votre inscription chez Capitole Intérim est finalisée : votre dossier est complet (pièce d'identité, carte Vitale, RIB et CV) et vous apparaissez désormais dans notre vivier pour les missions administratives et RH sur Toulouse et sa périphérie.

Je vous contacte dès qu'une mission correspond à vos disponibilités entre deux rotations.

Julien Estrade
Chargé de recrutement - Capitole Intérim
5 boulevard Lazare-Carnot, 31000 Toulouse
05 61 55 20 14""",
))

MESSAGES.append(dict(
    id="interim_gd_registration", kind="application_received", lang="fr",
    company="Intérim Grand-Duché", contact="sandrine.kremer@interim-gd.example.lu",
    frm=("Sandrine Kremer", "sandrine.kremer@interim-gd.example.lu"),
    subject="Confirmation d'inscription - dossier n° IGD-26-0418",
    date="2026-05-04 11:37 +0200",
    text="""Bonjour Madame Grünewald-Sow,

Je vous confirme votre inscription auprès d'Intérim Grand-Duché sous le numéro de dossier IGD-26-0418.

Pour que je puisse vous proposer des missions, merci de me faire parvenir une copie de votre diplôme et, si vous l'avez déjà, votre numéro de matricule luxembourgeois. Votre CV a bien été enregistré.

Sandrine Kremer
Conseillère en recrutement
Intérim Grand-Duché - 11 rue du Fort Wallis, L-2714 Luxembourg
+352 26 55 48 20""",
))

_t = """Madame Grünewald-Sow,

Nous vous remercions pour votre candidature au poste d'Assistante RH - Acquisition de talents (réf. 4471) à Genève.

Votre dossier a été transmis à notre équipe de recrutement. Nous étudions chaque candidature avec soin et reviendrons vers vous dans les meilleurs délais.

Banque Lémanique - Ressources Humaines"""
MESSAGES.append(dict(
    id="lemanique_successfactors_ack", kind="application_received", lang="fr",
    company="Banque Lémanique", contact="",
    frm=("Banque Lémanique Carrières", "careers-noreply@successfactors.eu"),
    subject="Votre candidature - Assistante RH Acquisition de talents (4471)",
    date="2026-04-08 07:12 +0200",
    text=_t,
    html=ats_card("Banque Lémanique", "#00205b", _t,
                  footer="Message envoyé par SAP SuccessFactors. Merci de ne pas répondre à ce courriel."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Bonjour Anaïs,

Merci d'avoir postulé au poste de Gestionnaire recrutement (CDD 12 mois) chez Occitane Avionique.

Votre candidature a bien été transmise à l'équipe Ressources Humaines. Si votre profil correspond à nos attentes, nous vous contacterons pour la suite du processus.

Cordialement,
L'équipe Ressources Humaines d'Occitane Avionique"""
MESSAGES.append(dict(
    id="occitane_smartrecruiters_ack", kind="application_received", lang="fr",
    company="Occitane Avionique", contact="",
    frm=("Occitane Avionique", "noreply@smartrecruiters.com"),
    subject="Merci pour votre candidature chez Occitane Avionique",
    date="2026-02-16 12:48 +0000",
    html=ats_card("Occitane Avionique", "#00558c", _t,
                  footer="Powered by SmartRecruiters - Politique de confidentialité"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="sillage_cv_recu", kind="application_received", lang="fr",
    company="Sillage Conseil", contact="elodie.garnier@sillage-conseil.example.fr",
    frm=("Élodie Garnier", "elodie.garnier@sillage-conseil.example.fr"),
    subject="Re: Candidature - Chargée de recrutement",
    date="2026-02-04 12:21 +0100",
    refs=["<20260203202258.a41c@example.fr>"],
    text="""Bonjour Anaïs,

Merci, nous avons bien reçu votre CV et votre lettre pour le poste de Chargée de recrutement.

Je les partage avec Bertrand, notre associé, et je reviens vers vous d'ici deux semaines environ.

Bonne journée,
Élodie Garnier
Office & People Manager - Sillage Conseil
21 cours de Verdun, 33000 Bordeaux""",
))

_t = """Bonjour Anaïs,

Merci d'avoir postulé au poste d'Assistante Recrutement PNC chez Air Pastel ! Votre candidature est bien arrivée chez nous.

Nous étudions les candidatures au fil de l'eau ; vous aurez de nos nouvelles dans les prochaines semaines.

À bientôt à bord (ou au sol) !
L'équipe recrutement Air Pastel"""
MESSAGES.append(dict(
    id="airpastel_teamtailor_ack", kind="application_received", lang="fr",
    company="Air Pastel", contact="",
    frm=("Air Pastel", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature - Assistante Recrutement PNC",
    date="2026-01-21 22:04 +0100",
    text=_t,
    html=ats_card("Air Pastel", "#e07a9b", _t, footer="Envoyé avec Teamtailor"),
    cte="b64", headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="recrutis_cv_recu", kind="application_received", lang="fr",
    company="Recrutis", contact="ines.haddad@recrutis.example.fr",
    frm=("Inès Haddad", "ines.haddad@recrutis.example.fr"),
    subject="Votre CV - mission assistante recrutement (Paris 15e)",
    date="2026-07-13 09:48 +0200",
    text="""Bonjour Anaïs,

Nous avons bien reçu votre CV pour la mission d'assistante recrutement que Recrutis gère pour un client du secteur des services, au siège parisien (15e arrondissement).

Je prends le temps de l'étudier cette semaine et je vous appelle si votre profil correspond aux critères du client.

Bien à vous,
Inès Haddad
Chargée de recrutement RPO - Recrutis
48 rue de la Convention, 75015 Paris - 01 45 55 31 62""",
))

# ------------------------------------------------------------------ en

_t = """Hi Anaïs,

Thanks for applying to Heathmoor Airways! Your application for HR Recruitment Coordinator has been received.

Our team will review it and be in touch if your experience is a good match for the role.

Best regards,
Talent Acquisition, Heathmoor Airways"""
MESSAGES.append(dict(
    id="heathmoor_greenhouse_ack", kind="application_received", lang="en",
    company="Heathmoor Airways", contact="",
    frm=("Heathmoor Airways", "no-reply@us.greenhouse-mail.io"),
    subject="Thank you for applying to Heathmoor Airways",
    date="2026-02-10 14:03 +0000",
    text=_t,
    html=ats_card("Heathmoor Airways", "#0b2545", _t, lang="en",
                  footer="Please do not reply to this email; this mailbox is not monitored."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Hi Anaïs,

Thank you for applying for the Store People Assistant role at Bramble & Finch. We've got your application.

Due to the volume of applications we receive, unfortunately we are unable to respond to every applicant individually. If your application is successful, a member of our team will contact you within 14 days.

Thanks again for your interest,
The Bramble & Finch Talent Team"""
MESSAGES.append(dict(
    id="bramble_workable_ack", kind="application_received", lang="en",
    company="Bramble & Finch", contact="",
    frm=("Bramble & Finch", "noreply@candidates.workablemail.com"),
    subject="Thanks for applying to Bramble & Finch",
    date="2026-01-12 19:31 +0000",
    text=_t,
    html=ats_card("Bramble & Finch", "#6d4c41", _t, lang="en",
                  footer="This message was sent via Workable on behalf of Bramble & Finch."),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Hi Anaïs,

Thanks for your application for Talent Acquisition Assistant (Geneva). We've received it and our recruiting team is taking a look.

You don't need to do anything else for now.

Alpavia Talent Team"""
MESSAGES.append(dict(
    id="alpavia_lever_ack", kind="application_received", lang="en", company="Alpavia",
    contact="",
    frm=("Alpavia", "no-reply@hire.lever.co"),
    subject="Thanks for applying to Alpavia",
    date="2026-06-29 08:02 +0200",
    text=_t, html=ats_card("Alpavia", "#c8102e", _t, lang="en", footer="Sent via Lever"),
))

_t = """Hello Anaïs,

Thank you for applying for HR Assistant at Ardennes Air Cargo in Luxembourg-Findel. This email confirms we have your application.

A member of our People team will review it shortly.

Ardennes Air Cargo People Team"""
MESSAGES.append(dict(
    id="ardennes_ashby_ack", kind="application_received", lang="en",
    company="Ardennes Air Cargo", contact="",
    frm=("Ardennes Air Cargo", "no-reply@ashbyhq.com"),
    subject="Application received - HR Assistant",
    date="2026-03-24 11:55 -0400",
    text=_t, html=ats_card("Ardennes Air Cargo", "#14532d", _t, lang="en",
                           footer="Sent via Ashby"),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="thamesgate_wexford_ack", kind="application_received", lang="en",
    company="Wexford & Lyle", contact="",
    frm=("Wexford & Lyle Careers (Thamesgate RPO)", "careers-noreply@thamesgate-rpo.example.co.uk"),
    subject="Wexford & Lyle - we have received your application",
    date="2026-05-19 08:30 +0100",
    text="""Dear Anaïs,

Thank you for applying for the Recruitment Assistant role at Wexford & Lyle. Thamesgate Recruitment Partners manages recruitment on the bank's behalf, and we confirm that your application has reached us.

Applications are reviewed weekly. If you are shortlisted, a Thamesgate consultant will contact you by phone or email.

Wexford & Lyle Resourcing Team (delivered by Thamesgate Recruitment Partners)

This mailbox is not monitored.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ------------------------------------------------------------------ de

_t = """Hallo Frau Grünewald-Sow,

vielen Dank für Ihre Bewerbung als Recruiting-Assistenz (m/w/d) bei der Flugwerk Isar GmbH. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir sehen uns Ihre Bewerbung in Ruhe an und melden uns innerhalb von zwei Wochen bei Ihnen.

Viele Grüße
Ihr Personal-Team der Flugwerk Isar"""
MESSAGES.append(dict(
    id="flugwerk_personio_ack", kind="application_received", lang="de",
    company="Flugwerk Isar", contact="",
    frm=("Flugwerk Isar GmbH", "no-reply@mail.personio.de"),
    subject="Eingangsbestätigung Ihrer Bewerbung",
    date="2026-01-26 11:20 +0100",
    text=_t,
    html=ats_card("Flugwerk Isar", "#0a3d62", _t, lang="de",
                  footer="Diese Nachricht wurde über Personio versendet."),
    cte="b64", headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Sehr geehrte Frau Grünewald-Sow,

herzlichen Dank für Ihre Bewerbung als Assistenz Talent Acquisition bei der Isartal Bank.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen. Bitte haben Sie Verständnis, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Ihr Recruiting-Team der Isartal Bank"""
MESSAGES.append(dict(
    id="isartal_softgarden_ack", kind="application_received", lang="de",
    company="Isartal Bank", contact="",
    frm=("Isartal Bank Recruiting", "no-reply@softgarden.io"),
    subject="Ihre Bewerbung ist eingegangen – Assistenz Talent Acquisition",
    subj_enc=("utf-8", "B"),
    date="2026-09-14 09:05 +0200",
    text=_t,
    html=ats_card("Isartal Bank", "#004b87", _t, lang="de",
                  footer="Diese E-Mail wurde automatisch über softgarden versendet."),
    headers=[("Auto-Submitted", "auto-generated")],
))

MESSAGES.append(dict(
    id="zeitwerk_registrierung", kind="application_received", lang="de",
    company="Zeitwerk Personal", contact="jana.vogt@zeitwerk-personal.example.de",
    frm=("Jana Vogt", "jana.vogt@zeitwerk-personal.example.de"),
    subject="Ihre Registrierung bei Zeitwerk Personal",
    date="2026-07-01 15:12 +0200",
    text="""Hallo Frau Grünewald-Sow,

schön, dass Sie sich bei Zeitwerk Personal registriert haben. Ihr Bewerberprofil ist angelegt, Lebenslauf und Zeugnisse haben wir erhalten.

Ich bin ab sofort Ihre Ansprechpartnerin und melde mich, sobald ein Einsatz im Bereich Personal/HR in München oder am Flughafen passt.

Viele Grüße
Jana Vogt
Personaldisponentin
Zeitwerk Personal | Landsberger Straße 110 | 80339 München
Tel. +49 89 5550 6630""",
))

# ------------------------------------------------------------------ es

_t = """Hola Anaïs:

¡Gracias por postularte como Técnica de Selección en Mercat Blau! Hemos recibido tu candidatura correctamente.

Nuestro equipo de personas la revisará en los próximos días y te escribiremos para contarte los siguientes pasos.

Un saludo,
Equipo de Personas de Mercat Blau"""
MESSAGES.append(dict(
    id="mercat_teamtailor_ack", kind="application_received", lang="es",
    company="Mercat Blau", contact="",
    frm=("Mercat Blau", "no-reply@teamtailor-mail.com"),
    subject="Hemos recibido tu candidatura - Técnica de Selección",
    date="2026-08-17 12:30 +0200",
    text=_t,
    html=ats_card("Mercat Blau", "#1565c0", _t, lang="es", footer="Enviado con Teamtailor"),
    headers=[("Auto-Submitted", "auto-generated")],
))

_t = """Hola Anaïs:

Gracias por tu interés en Vuelos Brisa. Te confirmamos que hemos recibido tu candidatura para el puesto de Técnica de Selección - Tripulantes (Barcelona-El Prat).

Si tu perfil encaja con lo que buscamos, nos pondremos en contacto contigo.

Equipo de Talento - Vuelos Brisa"""
MESSAGES.append(dict(
    id="vuelosbrisa_smartrecruiters_ack", kind="application_received", lang="es",
    company="Vuelos Brisa", contact="",
    frm=("Vuelos Brisa", "noreply@smartrecruiters.com"),
    subject="Gracias por tu candidatura en Vuelos Brisa",
    date="2026-02-17 10:44 +0100",
    text=_t,
    html=ats_card("Vuelos Brisa", "#0097a7", _t, lang="es", footer="Powered by SmartRecruiters"),
    cte="b64",
))

MESSAGES.append(dict(
    id="talentomed_alta", kind="application_received", lang="es",
    company="Talento Mediterráneo", contact="",
    frm=("Talento Mediterráneo ETT", "no-reply@talentomed.example.es"),
    subject="Tu alta como candidata se ha completado",
    date="2026-06-01 10:10 +0200",
    text="""Hola Anaïs:

Tu alta como candidata en Talento Mediterráneo se ha completado correctamente. Ya puedes acceder a tu área privada para actualizar tu CV y tu disponibilidad:
https://candidatos.talentomed.example.es/acceso

Una consultora de nuestra oficina de Poblenou revisará tu perfil y te contactará cuando haya una oferta adecuada.

Talento Mediterráneo ETT
Este correo se ha generado automáticamente; por favor, no respondas.""",
    headers=[("Auto-Submitted", "auto-generated")],
))

# ================================================================== offer

MESSAGES.append(dict(
    id="garonne_offer_pdf", kind="offer", lang="fr",
    company="Aérostructures Garonne", contact="mathieu.roques@garonne-aero.example.fr",
    frm=("Mathieu Roques", "mathieu.roques@garonne-aero.example.fr"),
    cc=[("Claire Vidal", "claire.vidal@garonne-aero.example.fr")],
    subject="Proposition d'embauche - Assistant(e) Recrutement",
    date="2026-08-04 16:20 +0200", parent="own_thanks_garonne",
    text="""Bonjour Anaïs,

À la suite de votre entretien du 21 juillet, j'ai le plaisir de vous proposer de rejoindre Aérostructures Garonne en qualité d'Assistante Recrutement, en contrat à durée indéterminée, au sein de la Direction des Ressources Humaines à Colomiers.

Vous trouverez en pièce jointe notre proposition détaillée : rémunération annuelle brute de 31 500 €, statut ETAM, 35 heures avec RTT, prise de poste envisagée le 1er octobre 2026.

Nous vous remercions de nous faire part de votre réponse avant le 14 août. Claire et moi restons à votre disposition pour en parler de vive voix.

Bien cordialement,

Mathieu Roques
Responsable Ressources Humaines
Aérostructures Garonne
3 rue Marcel-Doret - 31770 Colomiers
Tél. 05 34 55 62 00""",
    attach=[pdf("Proposition_embauche_Grünewald-Sow.pdf", [
        "Aérostructures Garonne - Direction des Ressources Humaines",
        "Colomiers, le 4 août 2026",
        "Madame Anaïs Grünewald-Sow",
        "Objet : proposition d'embauche",
        "Poste : Assistante Recrutement - CDI - statut ETAM",
        "Rémunération annuelle brute : 31 500 EUR sur 13 mois",
        "Date de prise de poste envisagée : 1er octobre 2026",
        "Période d'essai : 2 mois renouvelable une fois",
        "Réponse souhaitée avant le 14 août 2026.",
        "Mathieu Roques, Responsable Ressources Humaines",
    ], title="Proposition d'embauche")],
))

MESSAGES.append(dict(
    id="moselle_contract_signature", kind="offer", lang="fr",
    company="Banque Moselle Privée", contact="n.hoffmann@moselle-privee.example.lu",
    frm=("Nathalie Hoffmann", "n.hoffmann@moselle-privee.example.lu"),
    cc=[("Laurent Weber", "laurent.weber@moselle-privee.example.lu")],
    subject="Votre contrat de travail - signature électronique",
    date="2026-10-14 17:05 +0200", parent="moselle_assessment_moved",
    text="""Madame Grünewald-Sow,

Suite à votre accord téléphonique avec Monsieur Weber, nous avons le plaisir de vous adresser votre contrat de travail à durée indéterminée pour le poste d'Assistante Talent Acquisition, avec une entrée en fonction au 4 janvier 2027.

Le contrat est à signer électroniquement via le lien suivant, valable 10 jours :
https://sign.moselle-privee.example.lu/envelope/7Q2K-99F1

Une copie en PDF est jointe pour relecture. N'hésitez pas à me contacter pour toute question relative aux formalités (certificat de résidence, affiliation à la CNS).

Veuillez agréer, Madame, nos salutations distinguées.

Nathalie Hoffmann
Administration du personnel
Banque Moselle Privée
18 boulevard Grande-Duchesse-Charlotte, L-1330 Luxembourg
+352 27 55 31 20

Ce message est confidentiel et peut contenir des informations couvertes par le secret bancaire. S'il ne vous est pas destiné, merci d'en avertir l'expéditeur et de le supprimer.""",
    attach=[pdf("Contrat_CDI_Grunewald-Sow.pdf", [
        "Banque Moselle Privée - Contrat de travail à durée indéterminée",
        "Entre Banque Moselle Privée et Madame Anaïs Grünewald-Sow",
        "Fonction : Assistante Talent Acquisition",
        "Entrée en fonction : 4 janvier 2027",
        "Durée hebdomadaire : 40 heures",
        "Rémunération : selon convention collective du secteur bancaire",
        "Fait à Luxembourg, en deux exemplaires.",
    ], title="Contrat de travail")],
))

MESSAGES.append(dict(
    id="galeries_verbal_followup", kind="offer", lang="fr",
    company="Galeries Capitole", contact="nadia.benali@galeries-capitole.example.fr",
    frm=("Nadia Benali", "nadia.benali@galeries-capitole.example.fr"),
    subject="Confirmation de notre proposition",
    date="2026-10-02 14:50 +0200", parent="galeries_trial_moved",
    text="""Bonjour Anaïs,

Suite à notre appel de ce matin, je vous confirme par écrit notre proposition pour le poste d'assistante recrutement aux Galeries Capitole :

- CDI à temps plein, statut employé, niveau 4
- salaire mensuel brut de 2 150 €, treizième mois et remise du personnel de 20 %
- prise de poste le lundi 2 novembre 2026

Toute l'équipe a été ravie de votre journée d'immersion. Dès que vous m'aurez donné votre accord, je lance la rédaction du contrat.

Nadia Benali
Responsable des ressources humaines
Galeries Capitole - 40 rue d'Alsace-Lorraine, 31000 Toulouse
05 61 55 90 02""",
    cte="8bit",
))

_fwd = forwarded("fr", "Paul Muller <p.muller@fiduciaire-kirchberg.example.lu>",
                 "lun. 5 oct. 2026 à 09:12", "Candidate A. Grünewald-Sow",
                 "Sandrine Kremer <sandrine.kremer@interim-gd.example.lu>",
                 """Bonjour Sandrine,

Nous avons été convaincus par Mme Grünewald-Sow lors de l'entretien de jeudi. Nous souhaitons lui proposer le poste d'assistante RH, d'abord en mission de trois mois via votre agence, puis en CDI chez nous si tout se passe bien.

Pouvez-vous lui transmettre et nous dire quand elle pourrait commencer ?

Paul Muller
Associé gérant - Fiduciaire Kirchberg""")
MESSAGES.append(dict(
    id="interim_gd_client_offer", kind="offer", lang="fr",
    company="Fiduciaire Kirchberg", contact="sandrine.kremer@interim-gd.example.lu",
    frm=("Sandrine Kremer", "sandrine.kremer@interim-gd.example.lu"),
    subject="Fwd: Candidate A. Grünewald-Sow",
    date="2026-10-05 10:03 +0200",
    text=f"""Bonjour Anaïs,

Excellente nouvelle : le client souhaite vous faire une offre ! Je vous transfère le message de la Fiduciaire Kirchberg ci-dessous.

Pouvez-vous m'appeler aujourd'hui pour que nous parlions de la date de démarrage et du taux horaire de la mission ?

Sandrine Kremer
Intérim Grand-Duché
+352 26 55 48 20

{_fwd}""",
))

MESSAGES.append(dict(
    id="talentis_offer", kind="offer", lang="fr",
    company="Méditerranée Assurances", contact="camille.fabre@talentis-sud.example.fr",
    frm=("Camille Fabre", "camille.fabre@talentis-sud.example.fr"),
    subject="Méditerranée Assurances souhaite vous recruter !",
    date="2026-07-24 11:10 +0200", parent="talentis_cancel_ics",
    text="""Bonjour Anaïs,

J'ai eu Mme Roussel au téléphone ce matin : Méditerranée Assurances souhaite vous faire une offre pour le poste d'Assistante recrutement en CDI à Montpellier !

Les grandes lignes : 29 000 € bruts annuels plus intéressement, télétravail deux jours par semaine, arrivée souhaitée mi-septembre. La proposition écrite vous sera envoyée directement par leur service RH en début de semaine prochaine.

Je vous appelle à 14h pour en parler et répondre à vos questions.

Félicitations !
Camille Fabre
Chargée de recrutement RPO - Talentis Sud
04 67 55 09 38""",
    charset="windows-1252", cte="qp",
))

MESSAGES.append(dict(
    id="kingsbridge_client_offer", kind="offer", lang="en",
    company="Fenwick Aerospace", contact="ruth.baptiste@kingsbridge-staffing.example.co.uk",
    frm=("Ruth Baptiste", "ruth.baptiste@kingsbridge-staffing.example.co.uk"),
    subject="Great news from Fenwick Aerospace",
    date="2026-10-08 16:35 +0100", parent="own_application_kingsbridge",
    text="""Hi Anaïs,

I've just come off the phone with Fenwick Aerospace and the client wants to make you an offer for the HR Recruitment Assistant position in Farnborough!

The headline terms are £31,000 plus a 5% bonus, hybrid three days on site, and a start date in early December. They'll send the formal offer letter once you've confirmed you're happy in principle.

Give me a ring when you can - I'd like to talk you through the package and the relocation support before you reply to them.

Ruth Baptiste
Senior Recruitment Consultant
Kingsbridge Staffing | 22 Borough High Street, London SE1 9QG
+44 20 7946 0881""",
))

MESSAGES.append(dict(
    id="thamesgate_wexford_offer", kind="offer", lang="en",
    company="Wexford & Lyle", contact="oliver.pemberton@thamesgate-rpo.example.co.uk",
    frm=("Oliver Pemberton", "oliver.pemberton@thamesgate-rpo.example.co.uk"),
    subject="Offer of employment - Recruitment Assistant, Wexford & Lyle",
    date="2026-07-03 16:40 +0100", parent="thamesgate_cancel",
    text="""Dear Anaïs,

Following your interviews with the resourcing team last week, I'm delighted to confirm that Wexford & Lyle would like to offer you the position of Recruitment Assistant, based at their Moorgate office.

The attached letter sets out the terms: a salary of £30,500, 25 days' holiday plus bank holidays, and a proposed start date of 7 September 2026, subject to references and right-to-work checks.

Please read it carefully and let me know by Friday 10 July whether you wish to accept.

Congratulations - it has been a pleasure working with you on this.

Oliver Pemberton
Senior Consultant | Thamesgate Recruitment Partners
3 Mitre Square, London EC3A 5AN | +44 20 7946 0377

Thamesgate Recruitment Partners Ltd is registered in England and Wales. This e-mail is confidential and intended solely for the addressee.""",
    attach=[pdf("Offer_Letter_Wexford_Lyle.pdf", [
        "Wexford & Lyle - Offer of Employment",
        "3 July 2026",
        "Dear Ms Grünewald-Sow,",
        "We are pleased to offer you the position of Recruitment Assistant.",
        "Salary: GBP 30,500 per annum. Holiday: 25 days plus bank holidays.",
        "Proposed start date: 7 September 2026.",
        "This offer is subject to satisfactory references and right-to-work checks.",
        "Head of Resourcing, Wexford & Lyle",
    ], title="Offer of Employment")],
))

MESSAGES.append(dict(
    id="zeitwerk_kunde_angebot", kind="offer", lang="de",
    company="Hangartechnik Erding", contact="jana.vogt@zeitwerk-personal.example.de",
    frm=("Jana Vogt", "jana.vogt@zeitwerk-personal.example.de"),
    subject="Angebot von Hangartechnik Erding",
    date="2026-09-08 11:25 +0200", parent="zeitwerk_registrierung",
    text="""Hallo Frau Grünewald-Sow,

gute Nachrichten: Hangartechnik Erding möchte Ihnen nach dem Gespräch von letzter Woche ein Angebot machen! Geplant ist ein Einsatz als HR-Assistenz ab 1. Oktober, zunächst für sechs Monate über uns, mit der Option auf direkte Übernahme.

Der Stundenlohn läge bei 19,80 Euro brutto, dazu Fahrtkostenzuschuss. Den Arbeitsvertrag schicke ich Ihnen, sobald Sie mir Ihr Okay geben.

Viele Grüße
Jana Vogt
Personaldisponentin, Zeitwerk Personal
Tel. +49 89 5550 6630""",
))

MESSAGES.append(dict(
    id="alpensee_vertrag", kind="offer", lang="de",
    company="Alpensee Hotels", contact="v.staudinger@alpensee-hotels.example.de",
    frm=("Verena Staudinger", "v.staudinger@alpensee-hotels.example.de"),
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    date="2026-10-12 13:10 +0200",
    text="""Sehr geehrte Frau Grünewald-Sow,

wie telefonisch besprochen, freuen wir uns sehr, Sie als Referentin Recruiting in unserer Zentrale in München begrüßen zu dürfen.

Anbei erhalten Sie Ihren Arbeitsvertrag in zweifacher Ausfertigung. Bitte senden Sie uns ein unterschriebenes Exemplar bis zum 23. Oktober zurück, gerne auch eingescannt per E-Mail.

Mit herzlichen Grüßen
Verena Staudinger
Leitung Personal
Alpensee Hotels | Prinzregentenstraße 78 | 81675 München
Tel. +49 89 5550 1190""",
    attach=[pdf("Arbeitsvertrag_Gruenewald-Sow.pdf", [
        "Alpensee Hotels - Arbeitsvertrag",
        "zwischen Alpensee Hotels und Frau Anaïs Grünewald-Sow",
        "Position: Referentin Recruiting",
        "Beginn des Arbeitsverhältnisses: 1. Dezember 2026",
        "Bruttojahresgehalt: 46.000 Euro",
        "Probezeit: sechs Monate",
        "München, den 12. Oktober 2026",
    ], title="Arbeitsvertrag")],
))

MESSAGES.append(dict(
    id="mercat_oferta", kind="offer", lang="es",
    company="Mercat Blau", contact="nuria.puigdomenech@mercatblau.example.es",
    frm=("Núria Puigdomènech", "nuria.puigdomenech@mercatblau.example.es"),
    subject="Oferta de empleo - Técnica de Selección", subj_enc=("utf-8", "B"),
    date="2026-09-10 13:45 +0200", parent="own_agradecimiento_mercat",
    text="""Hola Anaïs:

¡Tenemos una buena noticia! Nos encantaría que te unieras a Mercat Blau como Técnica de Selección en nuestras oficinas de Barcelona.

Te adjunto la carta de oferta con las condiciones: contrato indefinido, 28.000 € brutos anuales, horario flexible y un día de teletrabajo a la semana. La incorporación sería el 1 de octubre.

Si tienes cualquier duda, llámame. Te agradeceríamos una respuesta antes del miércoles 16 de septiembre.

Un abrazo,
Núria Puigdomènech
Talent Acquisition - Mercat Blau
+34 93 555 80 64""",
    attach=[pdf("Carta_oferta_Mercat_Blau.pdf", [
        "Mercat Blau - Carta de oferta",
        "Barcelona, 10 de septiembre de 2026",
        "Estimada Anaïs Grünewald-Sow:",
        "Puesto: Técnica de Selección",
        "Contrato indefinido, 28.000 EUR brutos anuales",
        "Incorporación: 1 de octubre de 2026",
        "Respuesta antes del 16 de septiembre de 2026.",
    ], title="Carta de oferta")],
))
