"""Corpus 201, kinds `application_received` (21) and `offer` (10), hand-written."""

from __future__ import annotations

from msgs201_common import CANDIDATE, card, doc, paras, replied, word

ME = CANDIDATE
RECEIVED: list[dict] = []
OFFERS: list[dict] = []
ack, off = RECEIVED.append, OFFERS.append

# ===================================================================== application_received ==

_acr_ack = (
    "Bonjour Odile,\n\n"
    "Merci pour votre candidature au poste d'Assistante d'études cliniques (CDI) à "
    "Cesson-Sévigné. Nous l'avons bien reçue et notre équipe recrutement va l'étudier dans les "
    "prochains jours.\n\n"
    "Si votre profil correspond à nos besoins, nous vous contacterons pour un premier "
    "échange. Vous pouvez suivre l'état de votre candidature depuis votre espace.\n\n"
    "À bientôt,\nL'équipe Talent d'Armorique Clinical Research")
ack(dict(
    slug="teamtailor_acr_merci", lang="fr", company="Armorique Clinical Research", contact="",
    date="2026-08-03 09:02 +0200", key="acr_ack",
    frm=("Armorique Clinical Research", "no-reply@teamtailor-mail.com"),
    subject="Merci pour votre candidature chez Armorique Clinical Research !",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Teamtailor")],
    text=_acr_ack,
    html=card("Armorique Clinical Research", "#0b6e4f", paras(_acr_ack),
              footer="Ce message a été envoyé via Teamtailor. Merci de ne pas y répondre."),
    cte="quoted-printable",
))

ack(dict(
    slug="agency_isante_registration", lang="fr", company="Intérim Santé Ouest",
    contact="g.tanguy@interimsanteouest.example.fr", date="2026-01-12 17:30 +0100",
    key="iso_ack",
    frm=("Gwenaëlle Tanguy", "g.tanguy@interimsanteouest.example.fr"),
    subject="Votre inscription chez Intérim Santé Ouest",
    text=(
        "Bonjour Odile,\n\n"
        "Merci d'être passée à l'agence ce matin. Votre inscription est validée : votre "
        "dossier (CV, diplôme de préparatrice, attestations de vaccination) est complet et "
        "vous apparaissez désormais dans notre fichier pour les missions en pharmacie "
        "hospitalière et en recherche clinique sur le bassin rennais.\n\n"
        "Je vous contacte dès qu'une mission correspond à vos souhaits.\n\n"
        "Gwenaëlle Tanguy\nConsultante santé – Intérim Santé Ouest\n"
        "5 place de Bretagne, 35000 Rennes – 02 99 31 44 08"),
))

ack(dict(
    slug="taleo_ferrand_cannot_reply_individually", lang="fr",
    company="Laboratoires Ferrand-Lemoal", contact="", date="2026-01-07 20:14 +0100",
    key="fl_ack",
    frm=("Laboratoires Ferrand-Lemoal", "ferrandlemoal@taleo.net"),
    subject="Accusé de réception - Assistant(e) d'études cliniques - réf. 2600147",
    subject_enc=("iso-8859-1", "q"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Madame Brennan-Achterberg,\n\n"
        "Nous accusons réception de votre candidature au poste d'Assistant(e) d'études "
        "cliniques (réf. 2600147) et vous remercions de l'intérêt que vous portez aux "
        "Laboratoires Ferrand-Lemoal.\n\n"
        "Votre dossier sera examiné avec attention par nos équipes. Compte tenu du nombre "
        "important de candidatures, nous ne pouvons malheureusement pas répondre "
        "individuellement à chaque candidat ; seules les personnes retenues pour un entretien "
        "seront contactées.\n\n"
        "La Direction des Ressources Humaines\n\n"
        "Merci de ne pas répondre à ce message généré automatiquement."),
    charset="iso-8859-1", cte="quoted-printable",
))

ack(dict(
    slug="smartrecruiters_mareva_recu", lang="fr", company="Mareva Biosciences", contact="",
    date="2026-03-16 14:55 +0100", key="mareva_ack",
    frm=("Mareva Biosciences", "noreply@smartrecruiters.com"),
    subject="Nous avons bien reçu votre candidature – Clinical Trial Assistant (H/F)",
    headers=[("Auto-Submitted", "auto-generated")],
    html=card("Mareva Biosciences", "#0e7490", paras(
        "Bonjour Odile,\n\n"
        "Merci de l'intérêt que vous portez à Mareva Biosciences. Votre candidature pour le "
        "poste Clinical Trial Assistant (H/F) – Nantes nous est bien parvenue.\n\n"
        "Notre équipe va l'examiner et reviendra vers vous si votre profil correspond.\n\n"
        "L'équipe Talent de Mareva Biosciences"),
        footer="Powered by SmartRecruiters"),
    cte="base64",
))

ack(dict(
    slug="ch_vilaine_accuse_reception_cv", lang="fr",
    company="Centre Hospitalier de la Vilaine", contact="isabelle.rouxel@ch-vilaine.example.fr",
    date="2026-02-11 10:03 +0100", key="chv_ack", parent="chv_app",
    frm=("Isabelle Rouxel", "isabelle.rouxel@ch-vilaine.example.fr"),
    subject="RE: Candidature technicienne de recherche clinique",
    text=(
        "Madame,\n\n"
        "Nous accusons bonne réception de votre CV et de votre lettre de motivation pour le "
        "poste de technicien(ne) de recherche clinique à l’URC.\n\n"
        "Votre dossier a été transmis au Dr Pellerin, responsable de l’unité. Vous serez "
        "informée de la suite donnée à votre candidature.\n\n"
        "Cordialement,\n\nIsabelle Rouxel\nDirection des ressources humaines – Centre "
        "Hospitalier de la Vilaine\nTél. : 02 99 28 40 12"),
    charset="windows-1252", cte="quoted-printable",
))

ack(dict(
    slug="lever_quadrant_thanks", lang="fr", company="Quadrant Essais Cliniques", contact="",
    date="2026-04-02 08:41 +0200", key="qec_ack",
    frm=("Quadrant Essais Cliniques", "no-reply@hire.lever.co"),
    subject="Quadrant Essais Cliniques – candidature reçue",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Odile,\n\n"
        "Merci d'avoir postulé au poste Assistante d'études cliniques – CDD 12 mois chez "
        "Quadrant Essais Cliniques.\n\n"
        "Nous avons bien reçu votre candidature et la lirons attentivement. Si votre "
        "expérience correspond à ce que nous recherchons, un membre de l'équipe vous "
        "contactera.\n\n"
        "L'équipe Quadrant\n\n(Envoyé via Lever)"),
))

ack(dict(
    slug="universite_dossier_enregistre", lang="fr", company="Université de Rennes-Armor",
    contact="", date="2026-05-11 23:58 +0200",
    frm=("Université de Rennes-Armor", "ne-pas-repondre@univ-rennes-armor.example.fr"),
    subject="Confirmation d'enregistrement de votre candidature n° CTR-2026-0871",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text=(
        "Madame Odile Brennan-Achterberg,\n\n"
        "Votre dossier de candidature pour l'emploi contractuel « Technicien(ne) en essais "
        "cliniques - laboratoire de pharmacologie (CDD 18 mois) » a bien été enregistré sous "
        "le numéro CTR-2026-0871.\n\n"
        "La commission de recrutement se réunira en juin. Les candidats retenus pour "
        "l'audition seront convoqués par courriel.\n\n"
        "Ce message est envoyé automatiquement ; merci de ne pas y répondre."),
    charset="iso-8859-1", cte="base64",
))

ack(dict(
    slug="recruitee_brabant_received", lang="fr", company="Brabant Trial Services", contact="",
    date="2026-02-16 11:12 +0100", key="bts_ack",
    frm=("Brabant Trial Services", "noreply@jobs.recruitee.com"),
    subject="Candidature reçue : Clinical Trial Assistant – Bruxelles",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Bonjour Odile,\n\n"
        "Nous vous confirmons la bonne réception de votre candidature pour le poste Clinical "
        "Trial Assistant à Bruxelles.\n\n"
        "Notre équipe RH l'examine actuellement. Vous recevrez un retour dans un délai de "
        "deux à trois semaines.\n\n"
        "Cordialement,\nBrabant Trial Services\n\nEnvoyé avec Recruitee"),
    html=card("Brabant Trial Services", "#b45309", paras(
        "Bonjour Odile,\n\n"
        "Nous vous confirmons la bonne réception de votre candidature pour le poste Clinical "
        "Trial Assistant à Bruxelles.\n\n"
        "Notre équipe RH l'examine actuellement. Vous recevrez un retour dans un délai de "
        "deux à trois semaines.\n\n"
        "Cordialement,\nBrabant Trial Services"), footer="Envoyé avec Recruitee"),
))

ack(dict(
    slug="headhunter_cv_dans_vivier", lang="fr", company="Marquis Lenoir Search",
    contact="helene.marquis@marquislenoir.example.fr", date="2026-04-21 19:20 +0200",
    key="mls_ack",
    frm=("Hélène Marquis", "helene.marquis@marquislenoir.example.fr", ("utf-8", "b")),
    subject="Bien reçu votre CV",
    text=(
        "Bonsoir Odile,\n\n"
        "Un mot rapide pour vous dire que nous avons bien reçu votre CV suite à votre "
        "réponse à notre annonce « CTA – laboratoire pharmaceutique, Paris 8e ».\n\n"
        "Je le présente cette semaine à mon client et vous tiens informée. Je l'ajoute aussi "
        "à notre vivier pour les missions similaires.\n\n"
        "Hélène Marquis\nAssociée – Marquis Lenoir Search\n+33 1 53 77 19 02"),
))

ack(dict(
    slug="tempomed_registration_html_only", lang="fr", company="TempoMed Intérim",
    contact="", date="2026-05-18 07:05 +0200", key="tempomed_ack",
    frm=("TempoMed Intérim", "ne-pas-repondre@tempomed.example.fr"),
    subject="Bienvenue chez TempoMed : votre inscription est enregistrée",
    headers=[("Auto-Submitted", "auto-generated")],
    html=doc(paras(
        "Bonjour Odile,\n\n"
        "Votre inscription sur l'espace candidat TempoMed Intérim a bien été enregistrée. "
        "Un chargé de recrutement de l'agence Paris 13 étudiera votre profil et vous "
        "contactera pour un entretien d'inscription.\n\n"
        "Pensez à compléter vos documents (pièce d'identité, carte Vitale, diplômes) pour "
        "pouvoir être positionnée rapidement sur des missions.\n\n"
        "L'équipe TempoMed Intérim\n\n"
        "Cet e-mail est envoyé automatiquement, merci de ne pas y répondre."),
        title="Bienvenue chez TempoMed"),
    cte="quoted-printable",
))

# English

ack(dict(
    slug="greenhouse_liffey_thanks_for_applying", lang="en",
    company="Liffey Clinical Research", contact="", date="2026-01-19 13:27 +0000",
    key="liffey_ack",
    frm=("Liffey Clinical Research", "no-reply@greenhouse-mail.io"),
    subject="Thank you for applying to Liffey Clinical Research",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hi Odile,\n\n"
        "Thanks for applying for the Clinical Trial Assistant role at Liffey Clinical "
        "Research. Your application has been received and our team will review it shortly.\n\n"
        "If your experience is a match, someone from our Talent team will be in touch about "
        "next steps.\n\n"
        "Best regards,\nLiffey Clinical Research Talent Team"),
))

ack(dict(
    slug="workday_castlegate_high_volume", lang="en", company="Castlegate Biologics",
    contact="", date="2026-02-02 00:41 +0000", key="castlegate_ack",
    frm=("Castlegate Biologics Careers", "castlegate@myworkday.com"),
    subject="Application received: Clinical Trial Assistant (JR-2026-0318)",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Odile,\n\n"
        "We have received your application for Clinical Trial Assistant (JR-2026-0318) in "
        "Dublin, Ireland.\n\n"
        "Due to the high volume of applications we receive, unfortunately we are unable to "
        "respond to each applicant individually. If your profile is shortlisted, a member of "
        "our Talent Acquisition team will contact you.\n\n"
        "You can check the status of your application at any time in your candidate home.\n\n"
        "Kind regards,\nCastlegate Biologics Talent Acquisition"),
    html=card("Castlegate Biologics", "#14532d", paras(
        "Dear Odile,\n\n"
        "We have received your application for Clinical Trial Assistant (JR-2026-0318) in "
        "Dublin, Ireland.\n\n"
        "Due to the high volume of applications we receive, unfortunately we are unable to "
        "respond to each applicant individually. If your profile is shortlisted, a member of "
        "our Talent Acquisition team will contact you.\n\n"
        "You can check the status of your application at any time in your candidate home.\n\n"
        "Kind regards,\nCastlegate Biologics Talent Acquisition"), lang="en"),
    cte="base64",
))

ack(dict(
    slug="pemberton_registration", lang="en", company="Pemberton Scientific Recruitment",
    contact="orla.brophy@pembertonsci.example.ie", date="2026-01-26 15:10 +0000",
    key="pemberton_ack",
    frm=("Orla Brophy", "orla.brophy@pembertonsci.example.ie"),
    subject="Welcome to Pemberton – registration complete",
    text=(
        "Hi Odile,\n\n"
        "Lovely to speak with you earlier. Just confirming that you're now registered with "
        "Pemberton Scientific Recruitment and I've received your CV and right-to-work "
        "documents.\n\n"
        "I'll be in touch as soon as I have a suitable CTA or study coordinator role in "
        "Dublin.\n\n"
        "Kind regards,\nOrla\n\n"
        "Orla Brophy | Senior Consultant, Life Sciences\n"
        "Pemberton Scientific Recruitment | +353 1 687 4410"),
))

ack(dict(
    slug="icims_solvane_received", lang="en", company="Solvane Pharma", contact="",
    date="2026-03-09 17:03 +0100", key="solvane_ack",
    frm=("Solvane Pharma Talent Team", "solvane+autoreply@talent.icims.com"),
    subject="We've received your application – Clinical Trial Assistant",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Dear Odile,\n\n"
        "Thank you for submitting your application for the position of Clinical Trial "
        "Assistant (Req. 11872) in Brussels. This message confirms that it has been "
        "successfully received.\n\n"
        "Our recruiters will review your qualifications. Please allow up to three weeks "
        "for a response.\n\n"
        "Solvane Pharma Talent Acquisition\n\nPlease do not reply to this e-mail."),
))

ack(dict(
    slug="bamboohr_meridian_got_it", lang="en", company="Meridian Trials Europe", contact="",
    date="2026-05-04 09:26 +0200", key="meridian_ack",
    frm=("Meridian Trials Europe", "notifications@app.bamboohr.com"),
    subject="Meridian Trials Europe: Application Received",
    headers=[("Auto-Submitted", "auto-generated")],
    html=doc(paras(
        "Hi Odile,\n\n"
        "Thank you for your interest in the Clinical Trial Assistant position at Meridian "
        "Trials Europe. We have received your application and our hiring team will be "
        "reviewing it soon.\n\n"
        "Thanks again,\nMeridian Trials Europe HR\n\n"
        "Powered by BambooHR"), lang="en"),
))

# German

ack(dict(
    slug="personio_hanse_eingang", lang="de", company="Hanse Clinical Trials", contact="",
    date="2026-03-02 08:15 +0100", key="hanse_ack",
    frm=("Hanse Clinical Trials", "noreply@personio.de"),
    subject="Ihre Bewerbung bei Hanse Clinical Trials",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Brennan-Achterberg,\n\n"
        "vielen Dank für Ihre Bewerbung als Clinical Trial Assistant (m/w/d) und Ihr Interesse "
        "an Hanse Clinical Trials. Ihre Unterlagen sind vollständig bei uns eingegangen.\n\n"
        "Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei "
        "Ihnen.\n\n"
        "Mit freundlichen Grüßen\nIhr People-&-Culture-Team\n\n"
        "Diese E-Mail wurde automatisch über Personio versendet."),
    cte="quoted-printable",
))

ack(dict(
    slug="successfactors_rheinknie_eingangsbestaetigung", lang="de",
    company="Rheinknie Pharma", contact="", date="2026-09-01 16:44 +0200", key="rhk_ack",
    frm=("Rheinknie Pharma Recruiting", "no-reply@successfactors.eu"),
    subject="Eingangsbestätigung Ihrer Bewerbung - Clinical Trial Assistant",
    subject_enc=("iso-8859-1", "b"),
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Sehr geehrte Frau Brennan-Achterberg\n\n"
        "Wir bestätigen den Eingang Ihrer Bewerbung für die Position Clinical Trial Assistant "
        "(Req. 31907) in Basel.\n\n"
        "Unser Recruiting-Team wird Ihre Unterlagen prüfen und sich so bald wie möglich bei "
        "Ihnen melden.\n\n"
        "Freundliche Grüsse\nRheinknie Pharma - Human Resources"),
    charset="iso-8859-1", cte="8bit",
))

ack(dict(
    slug="personalwerk_registrierung", lang="de", company="Personalwerk Nord",
    contact="timo.brandt@personalwerk-nord.example.de", date="2026-06-01 16:02 +0200",
    key="pwn_ack",
    frm=("Timo Brandt", "timo.brandt@personalwerk-nord.example.de"),
    subject="Ihre Registrierung bei Personalwerk Nord",
    text=(
        "Hallo Frau Brennan-Achterberg,\n\n"
        "vielen Dank für das nette Telefonat. Ich habe Ihren Lebenslauf erhalten und Sie in "
        "unserem Bewerberpool für Life-Science-Positionen in Hamburg registriert.\n\n"
        "Sobald ich eine passende Stelle bei einem unserer Kunden habe, melde ich mich.\n\n"
        "Viele Grüße\nTimo Brandt\nPersonalberater Life Science\n"
        "Personalwerk Nord · Ballindamm 6 · 20095 Hamburg"),
))

# Spanish

ack(dict(
    slug="workable_guadalquivir_recibida", lang="es", company="Guadalquivir Clinical",
    contact="", date="2026-04-06 10:50 +0200", key="gq_ack",
    frm=("Guadalquivir Clinical", "noreply@candidates.workablemail.com"),
    subject="Hemos recibido tu solicitud para Clinical Trial Assistant",
    headers=[("Auto-Submitted", "auto-generated")],
    text=(
        "Hola Odile:\n\n"
        "Gracias por tu interés en Guadalquivir Clinical. Hemos recibido tu solicitud para el "
        "puesto de Clinical Trial Assistant en Sevilla.\n\n"
        "Revisaremos tu perfil y, si encaja, nos pondremos en contacto contigo.\n\n"
        "Saludos,\nEl equipo de Guadalquivir Clinical\n\n"
        "Enviado a través de Workable"),
    html=card("Guadalquivir Clinical", "#0369a1", paras(
        "Hola Odile:\n\n"
        "Gracias por tu interés en Guadalquivir Clinical. Hemos recibido tu solicitud para el "
        "puesto de Clinical Trial Assistant en Sevilla.\n\n"
        "Revisaremos tu perfil y, si encaja, nos pondremos en contacto contigo.\n\n"
        "Saludos,\nEl equipo de Guadalquivir Clinical"), lang="es",
        footer="Enviado a través de Workable"),
    cte="quoted-printable",
))

ack(dict(
    slug="giralda_acuse_de_recibo", lang="es", company="Hospital Universitario Giralda",
    contact="seleccion@hugiralda.example.es", date="2026-08-24 13:15 +0200",
    key="giralda_ack",
    frm=("Selección de Personal - H.U. Giralda", "seleccion@hugiralda.example.es"),
    subject="Acuse de recibo - proceso TEC-EC/2026/14",
    text=(
        "Estimada Sra. Brennan-Achterberg:\n\n"
        "Le confirmamos la recepción de su solicitud y documentación para el proceso de "
        "selección TEC-EC/2026/14 (Técnico/a de apoyo a ensayos clínicos).\n\n"
        "La relación de personas admitidas a la fase de entrevistas se comunicará por correo "
        "electrónico.\n\n"
        "Atentamente,\nUnidad de Selección de Personal - Hospital Universitario Giralda"),
    charset="iso-8859-1", cte="quoted-printable",
))

ack(dict(
    slug="talento_alta_en_bolsa", lang="es", company="Talento Sanitario Sur",
    contact="macarena.osuna@talentosur.example.es", date="2026-09-02 11:40 +0200",
    key="tss_ack",
    frm=("Macarena Osuna", "macarena.osuna@talentosur.example.es"),
    subject="Ya estás dada de alta en Talento Sanitario Sur",
    text=(
        "Hola Odile:\n\n"
        "Encantada de haber hablado contigo esta mañana. Te confirmo que hemos recibido tu "
        "CV y que ya estás dada de alta en nuestra bolsa de candidatos para puestos de "
        "investigación clínica en Sevilla y alrededores.\n\n"
        "En cuanto tenga algo que encaje contigo, te llamo.\n\n"
        "Un saludo,\nMacarena Osuna\nConsultora de selección · Talento Sanitario Sur"),
))

# ==================================================================================== offer ==

_acr_offer = (
    "Bonjour Odile,\n\n"
    "Suite à vos entretiens avec Maëlle Le Goff et le Dr Kerhervé, j'ai le grand plaisir de "
    "vous proposer le poste d'Assistante d'études cliniques en CDI au sein d'Armorique "
    "Clinical Research, à compter du 2 novembre 2026.\n\n"
    "Vous trouverez en pièce jointe notre proposition d'embauche détaillant la rémunération "
    "(28 500 € bruts annuels sur 13 mois), le temps de travail et les avantages. Nous vous "
    "serions reconnaissants de nous faire part de votre réponse d'ici le 18 septembre.\n\n"
    "Toute l'équipe se réjouit de vous accueillir.\n\n"
    "Anne Le Roux\nResponsable des ressources humaines\n"
    "Armorique Clinical Research – 9 rue du Bignon, 35510 Cesson-Sévigné\n02 23 45 18 00")
off(dict(
    slug="acr_formal_offer_pdf", lang="fr", company="Armorique Clinical Research",
    contact="anne.leroux@armorique-cr.example.fr", date="2026-09-08 10:45 +0200",
    key="acr_offer", parent="acr_thanks",
    frm=("Anne Le Roux", "anne.leroux@armorique-cr.example.fr"),
    cc=[("Maëlle Le Goff", "maelle.legoff@armorique-cr.example.fr")],
    subject="Proposition d'embauche – Assistante d'études cliniques",
    text=_acr_offer, html=word(paras(_acr_offer)), cte="quoted-printable",
    pdfs=[dict(name="Proposition_embauche_Brennan-Achterberg.pdf", lines=[
        "ARMORIQUE CLINICAL RESEARCH", "9 rue du Bignon - 35510 Cesson-Sevigne", "",
        "Proposition d'embauche", "",
        "Madame Odile Brennan-Achterberg",
        "Poste : Assistante d'etudes cliniques - CDI - statut technicien",
        "Date d'entree : 2 novembre 2026",
        "Remuneration : 28 500 EUR bruts annuels sur 13 mois",
        "Temps de travail : 35 heures hebdomadaires",
        "Periode d'essai : 2 mois renouvelable une fois",
        "", "Reponse souhaitee avant le 18 septembre 2026", "",
        "Anne Le Roux, Responsable des ressources humaines"])],
))

off(dict(
    slug="ch_abers_verbal_offer_followup", lang="fr", company="Centre Hospitalier des Abers",
    contact="katell.morvan@ch-abers.example.fr", date="2026-07-10 16:30 +0200",
    parent="abers_cancel",
    frm=("Katell Morvan", "katell.morvan@ch-abers.example.fr"),
    subject="Suite à notre appel - poste d'assistante de recherche clinique",
    text=(
        "Madame,\n\n"
        "Comme je vous l'ai annoncé par téléphone cet après-midi, le jury réuni le 7 juillet "
        "a retenu votre candidature : nous vous proposons le poste d'assistante de recherche "
        "clinique au pôle pharmacie-biologie, en CDD d'un an renouvelable, à partir du "
        "1er septembre.\n\n"
        "Je vous adresserai la semaine prochaine le projet de contrat. Pouvez-vous me "
        "confirmer par retour de mail que vous acceptez cette proposition ?\n\n"
        "Bien cordialement,\n\nKatell Morvan\nChargée de recrutement - Direction des "
        "ressources humaines\nCentre Hospitalier des Abers - 02 98 37 20 14"),
    charset="iso-8859-1", cte="quoted-printable",
))

off(dict(
    slug="agency_client_clinique_ille_offer", lang="fr", company="Clinique de l'Ille",
    contact="g.tanguy@interimsanteouest.example.fr", date="2026-05-22 11:55 +0200",
    frm=("Gwenaëlle Tanguy", "g.tanguy@interimsanteouest.example.fr"),
    subject="La Clinique de l'Ille veut vous recruter !",
    text=(
        "Bonjour Odile,\n\n"
        "Je sors d'un appel avec la Clinique de l'Ille : votre entretien de mardi leur a "
        "beaucoup plu et ils souhaitent vous faire une proposition pour le poste de "
        "technicienne d'études cliniques (mission de 6 mois, possibilité d'embauche ensuite). "
        "Démarrage le 8 juin, 2 180 € bruts mensuels plus les indemnités de fin de mission.\n\n"
        "Je vous envoie le contrat de mission dès que vous me donnez votre accord. Appelez-moi "
        "si vous voulez en discuter !\n\n"
        "Gwenaëlle Tanguy\nConsultante santé – Intérim Santé Ouest\n02 99 31 44 08"),
    html=doc(paras(
        "Bonjour Odile,\n\n"
        "Je sors d'un appel avec la Clinique de l'Ille : votre entretien de mardi leur a "
        "beaucoup plu et ils souhaitent vous faire une proposition pour le poste de "
        "technicienne d'études cliniques (mission de 6 mois, possibilité d'embauche ensuite). "
        "Démarrage le 8 juin, 2 180 € bruts mensuels plus les indemnités de fin de mission.\n\n"
        "Je vous envoie le contrat de mission dès que vous me donnez votre accord. Appelez-moi "
        "si vous voulez en discuter !\n\n"
        "Gwenaëlle Tanguy\nConsultante santé – Intérim Santé Ouest\n02 99 31 44 08")),
    cte="base64",
))

off(dict(
    slug="acr_contract_for_signature", lang="fr", company="Armorique Clinical Research",
    contact="anne.leroux@armorique-cr.example.fr", date="2026-09-15 14:12 +0200",
    parent="acr_offer",
    frm=("Anne Le Roux", "anne.leroux@armorique-cr.example.fr"),
    subject="Re: Proposition d'embauche – Assistante d'études cliniques",
    text=(
        "Bonjour Odile,\n\n"
        "Merci pour votre réponse, nous sommes ravis ! Votre contrat de travail est joint à ce "
        "message : merci de le relire, de le parapher et de le signer, puis de nous le "
        "retourner avant le 25 septembre (un scan suffit).\n\n"
        "Nous vous enverrons ensuite le programme de votre intégration.\n\n"
        "Anne Le Roux\nResponsable des ressources humaines – Armorique Clinical Research\n\n"
        + replied("fr", "lun. 14 sept. 2026 à 18:32", ME,
                  "Bonjour Madame Le Roux,\n\nJe vous remercie pour cette proposition, que "
                  "j'accepte avec grand plaisir. J'attends le contrat pour le signer.\n\n"
                  "Bien cordialement,\nOdile Brennan-Achterberg")),
    pdfs=[dict(name="Contrat_CDI_Brennan-Achterberg_a_signer.pdf", lines=[
        "CONTRAT DE TRAVAIL A DUREE INDETERMINEE", "",
        "Entre Armorique Clinical Research, 9 rue du Bignon, 35510 Cesson-Sevigne,",
        "et Madame Odile Brennan-Achterberg,", "",
        "Article 1 - Engagement : assistante d'etudes cliniques a compter du 2 novembre 2026",
        "Article 2 - Remuneration : 28 500 EUR bruts annuels sur 13 mois",
        "Article 3 - Periode d'essai : deux mois", "",
        "Fait a Cesson-Sevigne, le 15 septembre 2026", "",
        "Signature de la salariee, precedee de la mention Lu et approuve :"])],
))

off(dict(
    slug="ghbs_cdd_offer_pdf", lang="fr", company="Groupe hospitalier Bretagne-Sud",
    contact="m.guillou@ghbs.example.fr", date="2026-10-08 09:20 +0200",
    frm=("Morgane Guillou", "m.guillou@ghbs.example.fr"),
    subject="Proposition de recrutement – technicienne de recherche clinique",
    text=(
        "Madame,\n\n"
        "À l'issue de votre entretien du 1er octobre, j'ai le plaisir de vous informer que "
        "le Groupe hospitalier Bretagne-Sud vous propose un contrat à durée déterminée de "
        "12 mois en qualité de technicienne de recherche clinique au sein de la délégation à "
        "la recherche clinique, site de Lorient.\n\n"
        "Les conditions (grille, reprise d'ancienneté, date de prise de poste) figurent dans "
        "le courrier joint. Nous vous remercions de nous faire connaître votre décision sous "
        "huit jours.\n\n"
        "Veuillez agréer, Madame, nos salutations distinguées.\n\n"
        "Morgane Guillou\nAdjointe des cadres – Direction des ressources humaines\n"
        "Groupe hospitalier Bretagne-Sud – 5 avenue de Choiseul, 56100 Lorient\n"
        "02 97 06 90 41\n\n"
        "Ce courriel peut contenir des informations confidentielles. S'il ne vous est pas "
        "destiné, merci de le supprimer et d'en informer l'expéditeur."),
    charset="windows-1252", cte="8bit",
    pdfs=[dict(name="Courrier_proposition_CDD.pdf", lines=[
        "Groupe hospitalier Bretagne-Sud - Direction des ressources humaines", "",
        "Objet : proposition de contrat a duree determinee", "",
        "Madame Odile Brennan-Achterberg",
        "Fonction : technicienne de recherche clinique - DRC, site de Lorient",
        "Duree : 12 mois a compter du 2 novembre 2026",
        "Remuneration : grille des techniciens hospitaliers, 4e echelon",
        "", "Morgane Guillou"])],
))

off(dict(
    slug="harcourt_client_wants_to_offer", lang="en", company="Ballymore Therapeutics",
    contact="declan@harcourt-talent.example.ie", date="2026-10-02 17:48 +0100",
    parent="harc_move",
    frm=("Declan Fitzmaurice", "declan@harcourt-talent.example.ie"),
    subject="Ballymore – they want you!",
    text=(
        "Hi Odile,\n\n"
        "I've just come off the phone with Rory Kinsella: Ballymore Therapeutics want to make "
        "you an offer for the Clinical Trial Assistant role. They're proposing €41,000 base, "
        "a 10% bonus, relocation support of €4,000 and a start date in early December.\n\n"
        "The written offer will come from their HR on Monday. Before then, give me a ring "
        "this weekend and let's talk through the package and any questions about moving to "
        "Dublin.\n\n"
        "Congratulations – well deserved!\n\nDeclan\n\n"
        "Declan Fitzmaurice | Director, Life Sciences Search\n"
        "Harcourt Talent Partners | +353 87 214 6650"),
))

_meridian_invite_q = (
    "Dear Odile,\n\n"
    "Thank you for your application to Meridian Trials Europe. We are pleased to invite you "
    "to our assessment day for Clinical Trial Assistants on Wednesday 27 May 2026, from "
    "9:30 to 15:00, at our Brussels office.\n\nKind regards,\nLotte Janssens")
off(dict(
    slug="meridian_offer_letter_quotes_invite", lang="en", company="Meridian Trials Europe",
    contact="lotte.janssens@meridiantrials.example.be", date="2026-06-05 14:20 +0200",
    parent="meridian_inv",
    frm=("Lotte Janssens", "lotte.janssens@meridiantrials.example.be"),
    subject="RE: Assessment day invitation – Clinical Trial Assistant",
    text=(
        "Dear Odile,\n\n"
        "Following the assessment day on 27 May, I am delighted to offer you the position of "
        "Clinical Trial Assistant at Meridian Trials Europe in Brussels. Your offer letter, "
        "with salary, benefits and proposed start date, is attached.\n\n"
        "Please return a signed copy by 15 June, or let me know if you would like to discuss "
        "any of the terms.\n\n"
        "Warm regards,\nLotte Janssens\nHR Officer – Meridian Trials Europe\n"
        "Rue de la Loi 155, 1040 Etterbeek | +32 2 808 41 90\n\n"
        + replied("en", "Wed, 13 May 2026 at 11:40",
                  ("Lotte Janssens", "lotte.janssens@meridiantrials.example.be"),
                  _meridian_invite_q)),
    pdfs=[dict(name="Meridian_Offer_Letter_OBrennan-Achterberg.pdf", lines=[
        "MERIDIAN TRIALS EUROPE", "Rue de la Loi 155, 1040 Etterbeek, Belgium", "",
        "OFFER OF EMPLOYMENT", "",
        "Dear Ms Brennan-Achterberg,",
        "We are pleased to offer you the position of Clinical Trial Assistant.",
        "Gross monthly salary: EUR 3,250 (13.92 months), meal vouchers, group insurance.",
        "Proposed start date: 1 September 2026. Contract: permanent (CDI/onbepaalde duur).",
        "", "Please sign and return by 15 June 2026.", "", "Lotte Janssens, HR Officer"])],
))

off(dict(
    slug="elbklinikum_zusage_vertrag", lang="de", company="Elbklinikum Altona-Nord",
    contact="frauke.hansen@elbklinikum.example.de", date="2026-07-21 15:05 +0200",
    parent="elb_inv",
    frm=("Dr. Frauke Hansen", "frauke.hansen@elbklinikum.example.de"),
    subject="Zusage: Studienassistenz in der Studienzentrale",
    text=(
        "Liebe Frau Brennan-Achterberg,\n\n"
        "ich freue mich sehr, Ihnen nach Ihrem Probearbeitstag die Stelle als "
        "Studienassistenz in unserer Studienzentrale anbieten zu können – das ganze Team war "
        "begeistert.\n\n"
        "Im Anhang finden Sie den Arbeitsvertrag (TV-KAH, EG 7, Vollzeit, befristet auf zwei "
        "Jahre mit Option auf Entfristung), Beginn zum 1. Oktober 2026. Bitte senden Sie uns "
        "ein unterschriebenes Exemplar bis zum 7. August zurück.\n\n"
        "Herzliche Grüße\nDr. Frauke Hansen\nLeitung Studienzentrale\n"
        "Elbklinikum Altona-Nord · Tel. 040 8891 4470"),
    cte="quoted-printable",
    pdfs=[dict(name="Arbeitsvertrag_Studienassistenz.pdf", lines=[
        "Elbklinikum Altona-Nord - Arbeitsvertrag", "",
        "zwischen dem Elbklinikum Altona-Nord und Frau Odile Brennan-Achterberg", "",
        "Paragraph 1  Taetigkeit: Studienassistenz, Studienzentrale",
        "Paragraph 2  Beginn: 1. Oktober 2026, befristet bis 30. September 2028",
        "Paragraph 3  Verguetung: TV-KAH, Entgeltgruppe 7",
        "", "Hamburg, den 21. Juli 2026"])],
))

off(dict(
    slug="dlco_vertrag_zur_unterschrift", lang="de", company="Dreiländer Clinical Operations",
    contact="reto.baumann@dlco.example.ch", date="2026-08-05 10:02 +0200",
    parent="dlco_move",
    frm=("Reto Baumann", "reto.baumann@dlco.example.ch"),
    cc=[("Mirjam Stöckli", "mirjam.stoeckli@dlco.example.ch")],
    subject="Ihr Arbeitsvertrag zur Unterzeichnung",
    text=(
        "Sehr geehrte Frau Brennan-Achterberg\n\n"
        "Wie mit Mirjam Stöckli besprochen, freuen wir uns, Ihnen die Stelle als Clinical "
        "Trial Assistant in Basel anzubieten. Den Arbeitsvertrag haben wir Ihnen soeben zur "
        "elektronischen Unterschrift zugestellt; Sie erhalten dazu eine separate E-Mail "
        "unseres Signatur-Dienstes.\n\n"
        "Das Jahresgehalt beträgt CHF 78'000 (13 Monatslöhne), Stellenantritt am 1. November. "
        "Bei Fragen zur Grenzgängerbewilligung helfe ich Ihnen gern.\n\n"
        "Freundliche Grüsse\nReto Baumann\nHR Manager\n"
        "Dreiländer Clinical Operations AG · Aeschenvorstadt 48 · 4051 Basel\n"
        "+41 61 225 90 14"),
    charset="iso-8859-1", cte="quoted-printable",
))

off(dict(
    slug="guadalquivir_oferta_tras_llamada", lang="es", company="Guadalquivir Clinical",
    contact="rocio.benjumea@guadalquivir-clinical.example.es", date="2026-05-07 13:30 +0200",
    parent="gq_move",
    frm=("Rocío Benjumea", "rocio.benjumea@guadalquivir-clinical.example.es"),
    subject="Oferta de incorporación: Clinical Trial Assistant",
    subject_enc=("iso-8859-1", "q"),
    text=(
        "Hola Odile:\n\n"
        "Tal como te he adelantado por teléfono, estamos encantados de ofrecerte el puesto "
        "de Clinical Trial Assistant en nuestra oficina de Sevilla.\n\n"
        "Resumen de la oferta: contrato indefinido, 26.000 € brutos anuales en 14 pagas, "
        "jornada de 39 horas con horario flexible e incorporación el 1 de junio.\n\n"
        "Te agradecería que me confirmaras tu respuesta antes del viernes 15. Si aceptas, te "
        "enviaremos el contrato para la firma.\n\n"
        "Un abrazo,\nRocío Benjumea\nTalent Acquisition · Guadalquivir Clinical"),
    html=doc(paras(
        "Hola Odile:\n\n"
        "Tal como te he adelantado por teléfono, estamos encantados de ofrecerte el puesto "
        "de Clinical Trial Assistant en nuestra oficina de Sevilla.\n\n"
        "Resumen de la oferta: contrato indefinido, 26.000 € brutos anuales en 14 pagas, "
        "jornada de 39 horas con horario flexible e incorporación el 1 de junio.\n\n"
        "Te agradecería que me confirmaras tu respuesta antes del viernes 15. Si aceptas, te "
        "enviaremos el contrato para la firma.\n\n"
        "Un abrazo,\nRocío Benjumea\nTalent Acquisition · Guadalquivir Clinical"), lang="es"),
))
