"""Corpus 167 — applications received (21) and offers (10)."""

from __future__ import annotations

from msgs167_common import (
    AUTO_GENERATED,
    ats_card,
    m,
    mso_paras,
    outlook_block,
    outlook_html,
    paras,
    quote,
    simple_html,
    wrote,
)

ACK = "application_received"
OFF = "offer"
MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== received — French (10)

_mosan_ack = """Bonjour Manon,

Merci d'avoir postulé au poste de Regulatory Affairs Assistant (réf. MSP-0412) chez Mosanpharm.

Votre candidature a bien été enregistrée et sera examinée par notre équipe Talent Acquisition ainsi que par le département concerné. Vous pouvez suivre son statut à tout moment dans votre espace candidat.

Si votre profil correspond à nos attentes, un membre de l'équipe vous contactera dans les prochaines semaines.

Cordialement,
Talent Acquisition – Mosanpharm"""
add(m(ACK, "mosanpharm_workday_ack", "fr", company="Mosanpharm",
      frm=("Mosanpharm Carrières", "mosanpharm@myworkday.com"),
      frm_enc=("iso-8859-1", "q"),
      subject="Nous avons bien reçu votre candidature – Regulatory Affairs Assistant",
      date="2026-01-28 22:14 +0100", key="mosan-ack",
      headers=AUTO_GENERATED,
      text=_mosan_ack,
      html=ats_card(paras(_mosan_ack), "Mosanpharm", "#00457c",
                    "Message automatique envoyé par Workday – ne pas répondre."),
      cte="qp"))

add(m(ACK, "tremplin_registration_confirmed", "fr", company="Tremplin Intérim",
      contact="jessica.halleux@tremplin-interim.example.be",
      frm=("Jessica Halleux", "jessica.halleux@tremplin-interim.example.be"),
      subject="Bienvenue chez Tremplin Intérim – ton inscription",
      subj_enc=("utf-8", "q"),
      date="2026-01-12 15:20 +0100", key="tremplin-reg",
      text="""Bonjour Manon,

Merci pour ta visite à l'agence ce matin. Je te confirme ton inscription dans notre fichier de candidats, secteur Santé & Pharma : ton CV, ta copie de diplôme et ta carte d'identité sont bien enregistrés.

Comme convenu, je te rappelle jeudi à 10h pour un court entretien de qualification par téléphone, histoire de préciser tes attentes (temps plein, région Liège-Verviers, intérim avec vue sur un CDI).

Tu peux déjà télécharger l'application Tremplin pour suivre tes missions et tes fiches de paie.

À jeudi,
Jessica Halleux
Consultante Santé & Pharma
Tremplin Intérim – Agence de Liège
Place Saint-Lambert 18, 4000 Liège
04 221 36 90""", cte="8bit"))

_vesdra_ack = """Chère candidate, cher candidat,

Nous accusons réception de votre candidature pour le poste d'Assistant(e) Affaires Réglementaires (R-01873).

Nous recevons un très grand nombre de candidatures et nous ne pouvons malheureusement pas répondre individuellement à chaque personne. Si votre profil est retenu pour la suite du processus, notre équipe vous contactera directement.

Vous pouvez suivre l'avancement de votre dossier dans votre espace candidat Workday.

Merci pour votre intérêt envers Vesdra Biologics."""
add(m(ACK, "vesdra_cannot_reply_individually", "fr", company="Vesdra Biologics",
      frm=("Vesdra Biologics", "vesdrabio@myworkday.com"),
      subject="Confirmation de réception : R-01873",
      subj_enc=("iso-8859-1", "b"),
      date="2026-01-08 19:03 +0100", key="vesdra-ack",
      headers=AUTO_GENERATED,
      text=_vesdra_ack,
      html=ats_card(paras(_vesdra_ack), "Vesdra Biologics", "#5b2c6f",
                    "Ceci est un message automatique. Merci de ne pas y répondre."),
      cte="b64"))

_labsm_ack = """Bonjour Manon,

Merci pour votre candidature au poste de Regulatory Affairs Assistant chez Laboratoires Sambre-Meuse !

Notre équipe la lira avec attention. Le processus de sélection prend généralement trois à quatre semaines ; nous vous tiendrons informée de chaque étape par e-mail.

À bientôt,
L'équipe Talent Acquisition"""
add(m(ACK, "labsm_smartrecruiters_ack", "fr", company="Laboratoires Sambre-Meuse",
      frm=("Laboratoires Sambre-Meuse", "no-reply@smartrecruiters.com"),
      subject="Merci d'avoir postulé chez Laboratoires Sambre-Meuse",
      date="2026-02-20 08:55 +0100", key="labsm-ack",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_labsm_ack), "Laboratoires Sambre-Meuse", "#00695c",
                    "Powered by SmartRecruiters · Politique de confidentialité"),
      cte="qp"))

_moselle_ack = """Madame Tshibangu-Roux,

Nous vous remercions de votre candidature pour le poste de Regulatory Affairs Assistant (Req. 4471) à Luxembourg.

Votre dossier a été transmis à l'équipe de recrutement. Nous reviendrons vers vous dès que l'analyse des candidatures sera terminée.

Cordialement,
Moselle Pharma – Ressources Humaines

Merci de ne pas répondre à cet e-mail généré automatiquement."""
add(m(ACK, "moselle_successfactors_ack", "fr", company="Moselle Pharma",
      frm=("Moselle Pharma Recruiting", "noreply@successfactors.eu"),
      subject="Moselle Pharma : confirmation de votre candidature (Req. 4471)",
      date="2026-03-03 07:30 +0100", key="moselle-ack",
      headers=AUTO_GENERATED,
      text=_moselle_ack, cte="b64"))

add(m(ACK, "arcp_accuse_reception_noreply", "fr",
      company="Agence régionale de contrôle pharmaceutique",
      frm=("ARCP – Sélection", "no-reply@arcp.example.be"),
      frm_enc=("windows-1252", "q"),
      subject="Accusé de réception – ARCP-2026-014",
      subj_enc=("windows-1252", "q", "mixed"),
      date="2026-01-21 12:00 +0100", key="arcp-ack", irt="arcp-own",
      headers=AUTO_GENERATED,
      charset="windows-1252", cte="qp",
      text="""Madame, Monsieur,

Nous accusons réception de votre candidature dans le cadre de la procédure de sélection ARCP-2026-014 (assistant(e) administratif(ve) en affaires réglementaires, niveau B).

Numéro de dossier : 2026-014-0087
Date de réception : 20/01/2026

La recevabilité de votre dossier sera examinée après la clôture des inscriptions, le 6 février 2026. Vous serez informé(e) par courriel de la suite réservée à votre candidature.

Ce message est envoyé automatiquement ; pour toute question, utilisez le formulaire « Contact » de notre site.

Agence régionale de contrôle pharmaceutique – Service Sélection et Recrutement"""))

add(m(ACK, "namurgen_cv_bien_recu", "fr", company="Namurgen",
      contact="antoine.pirard@namurgen.example.be",
      frm=("Antoine Pirard", "antoine.pirard@namurgen.example.be"),
      subject="RE: Candidature spontanée – assistante affaires réglementaires",
      date="2026-04-21 11:42 +0200", key="namurgen-ack", irt="namurgen-own",
      text=f"""Bonjour Madame Tshibangu-Roux,

Nous avons bien reçu votre CV et votre lettre, merci. Je les ai transmis à notre responsable Regulatory, qui est en déplacement cette semaine ; je reviens vers vous dès que j'ai son avis.

Bien à vous,

Antoine Pirard
HR Business Partner
Namurgen SA | Rue Saint-Nicolas 3, 5000 Namur

{outlook_block("fr", "Manon Tshibangu-Roux", "manon.tr@example.be", "lundi 20 avril 2026 21:08", "jobs@namurgen.example.be", "Candidature spontanée – assistante affaires réglementaires")}
Madame, Monsieur,

Assistante pharmaceutique depuis sept ans dans une officine liégeoise, je souhaite aujourd'hui mettre mon expérience au service d'une équipe d'affaires réglementaires. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Bien cordialement,
Manon Tshibangu-Roux
""",
      html=outlook_html(mso_paras(f"""Bonjour Madame Tshibangu-Roux,

Nous avons bien reçu votre CV et votre lettre, merci. Je les ai transmis à notre responsable Regulatory, qui est en déplacement cette semaine ; je reviens vers vous dès que j'ai son avis.

Bien à vous,

Antoine Pirard
HR Business Partner
Namurgen SA | Rue Saint-Nicolas 3, 5000 Namur

{outlook_block("fr", "Manon Tshibangu-Roux", "manon.tr@example.be", "lundi 20 avril 2026 21:08", "jobs@namurgen.example.be", "Candidature spontanée – assistante affaires réglementaires")}
Madame, Monsieur,

Assistante pharmaceutique depuis sept ans dans une officine liégeoise, je souhaite aujourd'hui mettre mon expérience au service d'une équipe d'affaires réglementaires. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Bien cordialement,
Manon Tshibangu-Roux""")),
      cte="qp"))

_remacle_ack = """Bonjour Manon,

Votre candidature pour le poste « Assistante qualité & affaires réglementaires » est bien arrivée chez nous.

Que se passe-t-il ensuite ? Laurence, du service du personnel, examine chaque dossier personnellement. Vous aurez de nos nouvelles, quelle que soit la décision, d'ici trois semaines environ.

Merci et à bientôt,
Clinique Saint-Remacle"""
add(m(ACK, "saint_remacle_recruitee_ack", "fr", company="Clinique Saint-Remacle",
      frm=("Clinique Saint-Remacle", "cliniquesaintremacle@jobs.recruitee.com"),
      subject="Candidature bien reçue !",
      date="2026-09-07 20:31 +0200", key="remacle-ack",
      headers=AUTO_GENERATED,
      text=_remacle_ack,
      html=ats_card(paras(_remacle_ack), "Clinique Saint-Remacle", "#8e244d",
                    "Envoyé avec Recruitee"), cte="qp"))

add(m(ACK, "flandre_artois_taleo_ack", "fr", company="Laboratoires Flandre-Artois",
      frm=("Laboratoires Flandre-Artois", "flandreartois@taleo.net"),
      subject="Accusé de réception de votre candidature - Réf. 26-0318",
      subj_enc=("iso-8859-1", "q"),
      date="2026-05-05 13:17 +0200", key="flandre-ack",
      headers=AUTO_GENERATED,
      charset="iso-8859-1", cte="qp",
      text="""Madame Manon Tshibangu-Roux,

Nous vous confirmons l'enregistrement de votre candidature au poste d'Assistante affaires réglementaires (réf. 26-0318), Lille (59).

Toutes les candidatures font l'objet d'une étude attentive. En raison du volume de réponses, seules les personnes dont le profil sera retenu seront contactées ; sans nouvelles de notre part d'ici quatre semaines, vous pourrez considérer que votre candidature n'a pas été retenue pour ce poste.

Nous vous remercions de l'intérêt que vous portez aux Laboratoires Flandre-Artois.

Direction des Ressources Humaines
Laboratoires Flandre-Artois - 210 rue du Faubourg d'Arras, 59000 Lille"""))

add(m(ACK, "hdf_interim_sante_inscription", "fr", company="Hauts-de-France Intérim Santé",
      contact="m.caron@hdf-interim-sante.example.fr",
      frm=("Mélanie Caron", "m.caron@hdf-interim-sante.example.fr"),
      frm_enc=("utf-8", "b"),
      subject="Votre inscription chez Hauts-de-France Intérim Santé",
      date="2026-06-23 10:05 +0200",
      text="""Bonjour Madame Tshibangu-Roux,

Je vous confirme votre inscription auprès de notre agence lilloise spécialisée dans les métiers de la santé et de l'industrie pharmaceutique. Votre dossier est complet : CV, diplôme belge d'assistante pharmaceutico-technique et pièce d'identité.

Votre profil est désormais visible par nos chargées de recrutement. Nous vous proposerons des missions correspondant à vos critères (affaires réglementaires, assurance qualité, Lille et métropole) dès qu'elles se présenteront.

Bien cordialement,

Mélanie Caron
Chargée de recrutement
Hauts-de-France Intérim Santé
27 boulevard Carnot, 59800 Lille
03 20 55 61 40""", cte="qp"))

# ================================================================== received — English (5)

_leyden_ack = """Hi Manon,

Thanks for applying to Leyden BioSciences! Your application for Regulatory Affairs Assistant has been received.

Our team will review it and get back to you if there's a fit. In the meantime, you can learn more about life at Leyden on our careers page.

Best,
The Leyden BioSciences Recruiting Team"""
add(m(ACK, "leyden_greenhouse_ack", "en", company="Leyden BioSciences",
      frm=("Leyden BioSciences", "no-reply@greenhouse-mail.io"),
      subject="Thank you for applying to Leyden BioSciences",
      date="2026-02-16 20:44 +0100", key="leyden-ack",
      headers=AUTO_GENERATED,
      text=_leyden_ack,
      html=ats_card(paras(_leyden_ack), "Leyden BioSciences", "#00558c",
                    "Powered by Greenhouse")))

add(m(ACK, "northgate_workday_received", "en", company="Northgate Pharma Europe",
      frm=("Northgate Pharma Europe", "northgate@myworkday.com"),
      subject="Application received: Regulatory Affairs Associate (Junior) – JR-22817",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-01-19 18:27 +0100", key="northgate-ack",
      headers=AUTO_GENERATED,
      text="""Dear Manon,

Thank you for your interest in Northgate Pharma Europe. We have received your application for Regulatory Affairs Associate (Junior), JR-22817, Brussels.

Due to the high volume of applications we receive, unfortunately we cannot reply to every applicant individually. If your qualifications match the requirements of the role, a recruiter will contact you.

You can check the status of your application at any time by signing in to your candidate home account.

Kind regards,
Talent Acquisition, Northgate Pharma Europe""", cte="qp"))

_rijnland_ack = """Hi Manon,

Thanks for your application for Regulatory Start-up Assistant at Rijnland Clinical Research! We've got it and will be in touch once the hiring team has had a look.

Emma Visser
Recruiter"""
add(m(ACK, "rijnland_lever_ack", "en", company="Rijnland Clinical Research",
      contact="emma.visser@rijnland-cr.example.nl",
      frm=("Emma Visser", "no-reply@hire.lever.co"),
      reply_to=("Emma Visser", "emma.visser@rijnland-cr.example.nl"),
      subject="Thanks for applying to Rijnland Clinical Research",
      date="2026-06-22 09:58 +0200", key="rijnland-ack",
      text=_rijnland_ack, html=simple_html(paras(_rijnland_ack))))

add(m(ACK, "polder_registration_confirmed", "en",
      company="Polder Life Science Recruitment",
      contact="femke.jansen@polderls.example.nl",
      frm=("Femke Jansen", "femke.jansen@polderls.example.nl"),
      subject="Welcome to Polder Life Science Recruitment",
      date="2026-08-10 13:40 +0200", key="polder-reg",
      text="""Dear Manon,

Lovely to speak with you this morning. This is to confirm that you are now registered with Polder Life Science Recruitment and that your CV is on file with us.

Based on our conversation I'll be looking for junior regulatory roles in the Leiden and The Hague area where English is the working language. I will always check with you before sending your details to any client.

Speak soon,
Femke

Femke Jansen
Senior Consultant – Polder Life Science Recruitment
Stationsweg 8, 2312 AV Leiden
+31 71 820 44 19"""))

add(m(ACK, "orbis_bamboohr_received", "en", company="Orbis Pharmacovigilance Services",
      frm=("Orbis Pharmacovigilance Services", "notifications@bamboohr.com"),
      subject="We received your application",
      date="2026-09-01 08:16 +0200", key="orbis-ack",
      headers=AUTO_GENERATED,
      html=ats_card(paras("""Hello Manon,

Thank you for applying for PV & Regulatory Assistant (Brussels). We're excited that you're interested in joining Orbis.

Your application is now with our People & Culture team. We review every application and will contact you about next steps.

Best regards,
Orbis Pharmacovigilance Services"""), "Orbis Pharmacovigilance Services", "#374151",
          "This email was sent by BambooHR on behalf of Orbis Pharmacovigilance Services.")))

# ================================================================== received — German (3)

_aquisgran_ack = """Sehr geehrte Frau Tshibangu-Roux,

vielen Dank für Ihre Bewerbung als Assistenz Regulatory Affairs (m/w/d) und Ihr Interesse an Aquisgran Pharma.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns so bald wie möglich bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Aquisgran Pharma GmbH"""
add(m(ACK, "aquisgran_personio_eingang", "de", company="Aquisgran Pharma",
      frm=("Aquisgran Pharma GmbH", "noreply@personio.de"),
      subject="Eingangsbestätigung Ihrer Bewerbung",
      subj_enc=("utf-8", "b"),
      date="2026-04-01 12:02 +0200", key="aquisgran-ack",
      headers=AUTO_GENERATED,
      text=_aquisgran_ack,
      html=ats_card(paras(_aquisgran_ack), "Aquisgran Pharma", "#7a1f1f",
                    "Diese E-Mail wurde automatisch über Personio versendet."),
      cte="b64"))

add(m(ACK, "dreilaender_bewerberdatenbank", "de", company="Dreiländer Personal",
      contact="s.brandt@dreilaender-personal.example.de",
      frm=("Stefan Brandt", "s.brandt@dreilaender-personal.example.de"),
      subject="Ihre Registrierung bei Dreiländer Personal",
      date="2026-09-02 16:05 +0200", key="dreil-reg",
      charset="iso-8859-1", cte="qp",
      text="""Sehr geehrte Frau Tshibangu-Roux,

vielen Dank, dass Sie sich bei uns registriert haben. Ihr Profil ist nun in unserer Bewerberdatenbank hinterlegt, und ich bin Ihr persönlicher Ansprechpartner.

Wie vereinbart rufe ich Sie am Freitag, 4. September, um 10:00 Uhr für ein kurzes Kennenlerngespräch an. Dabei klären wir Ihre Wünsche zu Arbeitszeit, Gehalt und Einsatzort (Aachen, Stolberg, Eschweiler).

Viele Grüße
Stefan Brandt
Personalberater Healthcare
Dreiländer Personal GmbH · Theaterstraße 24 · 52062 Aachen
Tel. 0241 475 83 10"""))

_wurmtal_ack = """Sehr geehrte Frau Tshibangu-Roux,

herzlichen Dank für Ihre Online-Bewerbung als Pharmazeutisch-technische Assistenz (m/w/d), Arzneimittelsicherheit.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir werden diese nun sichten und uns innerhalb der nächsten drei Wochen bei Ihnen melden.

Ihr Klinikum Wurmtal
Personalabteilung"""
add(m(ACK, "wurmtal_softgarden_eingang", "de", company="Klinikum Wurmtal",
      frm=("Klinikum Wurmtal", "noreply@softgarden.io"),
      subject="Ihre Bewerbung ist bei uns eingegangen",
      date="2026-07-20 23:10 +0200", key="wurmtal-ack",
      headers=AUTO_GENERATED,
      text=_wurmtal_ack,
      html=ats_card(paras(_wurmtal_ack), "Klinikum Wurmtal", "#005a9c",
                    "softgarden e-recruiting"),
      charset="iso-8859-1", cte="qp"))

# ================================================================== received — Spanish (3)

_cast_ack = """Hola Manon:

Hemos recibido correctamente tu candidatura para el puesto de Auxiliar de Registros (Regulatory Affairs) – Ref. LC-2026-051.

Nuestro equipo de Selección revisará tu perfil en los próximos días. Si encaja con lo que buscamos, nos pondremos en contacto contigo para los siguientes pasos.

Gracias por tu interés en Laboratorios Castellana.

Equipo de Talento"""
add(m(ACK, "castellana_icims_acuse", "es", company="Laboratorios Castellana",
      frm=("Laboratorios Castellana", "labcastellana@icims.com"),
      subject="Hemos recibido tu candidatura – Ref. LC-2026-051",
      subj_enc=("utf-8", "b"),
      date="2026-05-04 19:42 +0200", key="castellana-ack", irt="castellana-own",
      headers=AUTO_GENERATED,
      text=_cast_ack,
      html=ats_card(paras(_cast_ack), "Laboratorios Castellana", "#b71c1c",
                    "Este mensaje se ha generado automáticamente. Por favor, no respondas."),
      cte="qp"))

_meseta_ack = """Hola Manon,

¡Gracias por tu solicitud para Asistente de Start-up y Regulatorio en Meseta Clinical!

Hemos recibido tu candidatura y nuestro equipo la revisará pronto. Debido al gran número de solicitudes, no podemos responder personalmente a cada persona, pero te escribiremos si pasas a la siguiente fase.

Saludos,
Meseta Clinical"""
add(m(ACK, "meseta_workable_recibida", "es", company="Meseta Clinical",
      frm=("Meseta Clinical", "noreply@workablemail.com"),
      subject="Meseta Clinical – solicitud recibida",
      date="2026-06-08 11:21 +0200", key="meseta-ack",
      headers=AUTO_GENERATED,
      html=ats_card(paras(_meseta_ack), "Meseta Clinical", "#6d4c41",
                    "Powered by Workable"),
      charset="windows-1252", cte="qp"))

add(m(ACK, "talento_alta_candidata", "es", company="Talento Sanitario",
      contact="javier.ortega@talentosanitario.example.es",
      frm=("Javier Ortega", "javier.ortega@talentosanitario.example.es"),
      subject="Alta en Talento Sanitario ETT",
      date="2026-07-06 13:33 +0200", key="talento-alta",
      text="""Hola Manon:

Te confirmo que ya estás dada de alta en nuestra base de candidatos de Talento Sanitario ETT. Tenemos tu CV, la copia del NIE y la solicitud de homologación del título.

Tu perfil queda activo para ofertas de calidad, registros y farmacia hospitalaria en la Comunidad de Madrid. Te llamaré en cuanto tenga algo que encaje.

Un saludo,
Javier Ortega
Consultor · Talento Sanitario ETT
Calle de Alcalá 180, 28028 Madrid
Tel. 91 726 40 11""", cte="8bit"))

# ================================================================== offers — French (5)

_mosan_thanks = """Bonjour Madame Deprez,

Je tenais à vous remercier, ainsi que le Dr Hardy et Mme Piron, pour l'entretien de ce matin. La présentation du circuit des variations m'a confortée dans mon envie de rejoindre votre équipe.

Bien cordialement,
Manon Tshibangu-Roux"""
_mosan_offer = f"""Bonjour Madame Tshibangu-Roux,

J'ai le plaisir de vous confirmer, au nom de Mosanpharm, notre proposition d'engagement pour le poste de Regulatory Affairs Assistant au sein de l'équipe du Dr Hardy.

Vous trouverez en pièce jointe notre lettre d'offre reprenant les conditions principales : contrat à durée indéterminée, temps plein, entrée en fonction souhaitée le 4 mai 2026, salaire brut mensuel de 3 150 EUR, chèques-repas, assurance groupe et hospitalisation.

Nous vous serions reconnaissants de nous faire part de votre décision d'ici le 13 mars. Je reste à votre disposition pour toute question, et le Dr Hardy se propose de vous appeler si vous souhaitez parler du contenu du poste.

Toute l'équipe se réjouit à l'idée de vous accueillir.

Julie Deprez
Talent Acquisition Partner
Mosanpharm SA
T +32 4 239 58 14

Mosanpharm SA – Rue de l'Aéroport 12, 4460 Grâce-Hollogne – TVA BE 0455.318.207
Ce message et ses pièces jointes sont confidentiels. S'il ne vous est pas destiné, merci de le détruire et d'en informer l'expéditeur.

{wrote("fr", "ven. 20 févr. 2026 à 17:41", "Manon Tshibangu-Roux", "manon.tr@example.be")}
{quote(_mosan_thanks)}"""
add(m(OFF, "mosanpharm_offer_letter_pdf", "fr", company="Mosanpharm",
      contact="julie.deprez@mosanpharm.example.be",
      frm=("Julie Deprez", "julie.deprez@mosanpharm.example.be"),
      subject="Proposition d'engagement – Regulatory Affairs Assistant",
      date="2026-03-03 11:18 +0100", key="mosan-offer", irt="mosan-thanks",
      refs=["mosan-ack", "mosan-inv", "mosan-move"],
      text=_mosan_offer, html=outlook_html(mso_paras(_mosan_offer)), cte="qp",
      pdfs=[("Mosanpharm_lettre_offre_Tshibangu-Roux.pdf", "Lettre d'offre",
             ["Mosanpharm SA - Lettre d'offre", "Fonction : Regulatory Affairs Assistant",
              "Contrat : duree indeterminee, temps plein", "Entree en fonction : 4 mai 2026",
              "Remuneration : 3 150 EUR brut / mois", "Reponse souhaitee avant le 13 mars 2026",
              "Julie Deprez, Talent Acquisition Partner"])]))

add(m(OFF, "verrier_client_wants_offer", "fr", company="Galenia Santé",
      contact="h.marchetti@verrier-rh.example.fr",
      frm=("Hélène Marchetti", "h.marchetti@verrier-rh.example.fr"),
      subject="Galenia Santé : très bonne nouvelle",
      subj_enc=("utf-8", "q", "mixed"),
      date="2026-05-12 19:20 +0200", key="verrier-offer", irt="galenia-inv2",
      refs=["verrier-approach", "verrier-inv", "verrier-move"],
      text="""Bonjour Manon,

Je sors d'un appel avec Bertrand Kessler : Galenia Santé souhaite vous faire une offre pour le poste d'assistante affaires réglementaires !

Les grandes lignes qu'il m'a données : CDI statut agent de maîtrise, 34 000 EUR bruts annuels sur 13 mois, prime d'intéressement, télétravail deux jours par semaine après la période d'essai, et une aide à la relocalisation de 2 000 EUR pour votre installation à Paris. La prise de poste serait idéalement le 1er juillet.

La promesse d'embauche écrite vous parviendra directement de Galenia d'ici la fin de semaine. D'ici là, appelez-moi quand vous voulez pour en parler, notamment si vous souhaitez négocier la date ou le package.

Félicitations, c'est amplement mérité.

Hélène Marchetti
Consultante senior Life Sciences
Cabinet Verrier & Associés
01 44 51 27 60 – 06 72 18 44 09""", cte="8bit"))

add(m(OFF, "chsm_contract_for_signature", "fr", company="Centre Hospitalier Sambre-et-Meuse",
      contact="isabelle.gilson@chsm.example.be",
      frm=("Isabelle Gilson", "isabelle.gilson@chsm.example.be"),
      subject="Votre contrat de travail – à signer",
      date="2026-09-15 10:44 +0200", key="chsm-offer", irt="chsm-inv",
      text="""Bonjour Madame Tshibangu-Roux,

Suite à votre journée d'essai du 1er septembre et à l'avis très positif de Mme Renard, la direction a validé votre engagement comme assistante pharmaceutique chargée du suivi réglementaire.

Vous trouverez ci-joint votre contrat de travail (CDI, 4/5e temps, barème IFIC catégorie 9, entrée en service le 1er octobre 2026). Je vous remercie de le parapher, de le signer et de nous le renvoyer par retour de mail ou de le déposer au service du personnel avant le 22 septembre.

Le jour de votre arrivée, merci de vous présenter à 8h00 à l'accueil du site de Salzinnes pour votre journée d'intégration.

Bienvenue parmi nous !

Isabelle Gilson
Cellule Recrutement
Centre Hospitalier Sambre-et-Meuse – Avenue Albert Ier 185, 5000 Namur
081 72 61 00""", cte="qp",
      pdfs=[("Contrat_CHSM_Tshibangu-Roux.pdf", "Contrat de travail",
             ["Centre Hospitalier Sambre-et-Meuse", "Contrat de travail a duree indeterminee",
              "Travailleuse : Manon Tshibangu-Roux",
              "Fonction : assistante pharmaceutique - suivi reglementaire",
              "Regime : 4/5e temps - Debut : 1er octobre 2026",
              "Signature de la travailleuse : ____________________"])]))

add(m(OFF, "meuse_verbal_offer_followup", "fr", company="Meuse Regulatory",
      contact="olivier@meuse-regulatory.example.be",
      frm=("Olivier Collard", "olivier@meuse-regulatory.example.be"),
      subject="Suite à notre coup de fil",
      date="2026-10-06 18:30 +0200", key="meuse-offer", irt="meuse-missed",
      refs=["meuse-inv"],
      text="""Salut Manon,

Comme promis au téléphone tout à l'heure, je te mets noir sur blanc ce qu'on s'est dit : on aimerait vraiment que tu nous rejoignes chez Meuse Regulatory.

- mi-temps (19h/semaine) dès le 2 novembre, avec passage à temps plein prévu au printemps si les dossiers suivent
- 1 650 EUR brut pour le mi-temps, plus chèques-repas et abonnement TEC
- formation eCTD prise en charge dès le premier mois

Notre comptable prépare le contrat, je te l'envoie dès que je l'ai. Prends le temps d'y réfléchir et dis-moi d'ici lundi si c'est oui !

Olivier""", cte="qp"))

_ardenne_offer = """Chère Manon,

Nous avons été ravis de vous rencontrer la semaine dernière. À l'issue de nos entretiens, j'ai le grand plaisir de vous proposer le poste d'Assistante Affaires Réglementaires au sein d'Ardenne Galenics.

Conditions proposées :
• contrat à durée déterminée de 12 mois, temps plein, avec perspective de CDI ;
• rémunération brute mensuelle : 2 980 € ;
• entrée en fonction : lundi 16 novembre 2026.

La lettre d'offre officielle est jointe à ce message. Pourriez-vous nous faire connaître votre décision avant le 27 octobre ?

Bien cordialement,

Gaëlle Lambotte
Responsable RH – Ardenne Galenics SA
Rue de l'Industrie 4, 5002 Namur – 081 40 19 77"""
add(m(OFF, "ardenne_offer_cp1252", "fr", company="Ardenne Galenics",
      contact="gaelle.lambotte@ardenne-galenics.example.be",
      frm=("Gaëlle Lambotte", "gaelle.lambotte@ardenne-galenics.example.be"),
      frm_enc=("iso-8859-1", "b"),
      subject="Proposition de poste – Assistante Affaires Réglementaires",
      subj_enc=("utf-8", "b"),
      date="2026-10-20 16:02 +0200", key="ardenne-offer", irt="ardenne-inv",
      text=_ardenne_offer, html=outlook_html(mso_paras(_ardenne_offer)),
      charset="windows-1252", cte="qp",
      pdfs=[("Lettre_offre_Ardenne_Galenics.pdf", "Lettre d'offre",
             ["Ardenne Galenics SA - Lettre d'offre",
              "Poste : Assistante Affaires Reglementaires",
              "CDD 12 mois - temps plein - 2 980 EUR brut / mois",
              "Debut : 16 novembre 2026", "Reponse avant le 27 octobre 2026"])]))

# ================================================================== offers — English (2)

add(m(OFF, "voorhout_verbal_offer_followup", "en", company="Voorhout Pharma Services",
      contact="lotte.vandam@voorhout-ps.example.nl",
      frm=("Lotte van Dam", "lotte.vandam@voorhout-ps.example.nl"),
      subject="Following up on our call",
      date="2026-06-26 17:05 +0200",
      text="""Hi Manon,

It was great to share the news with you on the phone earlier — we'd love you to join Voorhout Pharma Services as Regulatory Operations Assistant!

To recap what we discussed: a one-year contract with the intention of making it permanent, 36 hours a week, a gross monthly salary of EUR 3,050 plus 8% holiday allowance, and a start date of 1 September. We can also help with the 30% ruling paperwork and your first month of housing in Leiden.

Our HR team will send the formal offer letter and contract early next week. Until then, feel free to reach out with any questions.

Warm regards,
Lotte

Lotte van Dam
Head of Regulatory Operations
Voorhout Pharma Services B.V.
Galileiweg 8, 2333 BD Leiden
+31 71 760 22 84"""))

_atomium = """Dear Manon,

Further to your interviews with Sofie and myself, I am delighted to offer you the position of Regulatory Affairs Assistant at Atomium Clinical Services in Brussels.

The attached offer letter sets out the terms: a permanent full-time contract, a gross monthly salary of EUR 3,300, meal vouchers, eco-vouchers, a company pension plan and hospitalisation insurance, with a start date of 2 November 2026.

To accept, please sign the letter and return a scanned copy to me by 21 October. I'm very happy to talk through any of the details beforehand.

We are very much looking forward to having you on the team.

Kind regards,

Greg Peeters
Director, Regulatory & Start-up
Atomium Clinical Services SRL
Avenue de Tervueren 270, 1150 Brussels
+32 2 761 45 90

DISCLAIMER: The information in this e-mail is confidential and intended solely for the addressee. Any disclosure, copying or distribution by others is prohibited. Atomium Clinical Services SRL – BE 0789.116.352 – RPM Brussels."""
add(m(OFF, "atomium_offer_letter_pdf", "en", company="Atomium Clinical Services",
      contact="g.peeters@atomium-clinical.example.be",
      frm=("Greg Peeters", "g.peeters@atomium-clinical.example.be"),
      subject="Offer of employment – Regulatory Affairs Assistant",
      date="2026-10-14 12:26 +0200",
      text=_atomium, html=outlook_html(mso_paras(_atomium), "EN-GB"), cte="b64",
      pdfs=[("Atomium_Offer_Letter_MTR.pdf", "Offer letter",
             ["Atomium Clinical Services SRL - Offer of employment",
              "Position: Regulatory Affairs Assistant",
              "Contract: permanent, full-time", "Salary: EUR 3,300 gross per month",
              "Start date: 2 November 2026", "Please sign and return by 21 October 2026"])]))

# ================================================================== offers — German (2)

add(m(OFF, "lousberg_vertragsangebot_pdf", "de", company="Lousberg Labor",
      contact="jan.wirtz@lousberg-labor.example.de",
      frm=("Dr. Jan Wirtz", "jan.wirtz@lousberg-labor.example.de"),
      subject="Ihr Vertragsangebot – Regulatory Affairs Assistenz",
      date="2026-07-24 10:10 +0200",
      charset="iso-8859-1", cte="qp",
      text="""Sehr geehrte Frau Tshibangu-Roux,

es hat uns sehr gefreut, Sie in der vergangenen Woche kennenzulernen. Wir möchten Ihnen die Stelle als Regulatory Affairs Assistenz in unserem Labor anbieten.

Anbei erhalten Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit (39 Stunden), Bruttojahresgehalt 44.500 Euro, 30 Urlaubstage, Jobticket und Zuschuss zur betrieblichen Altersvorsorge. Als Eintrittsdatum schlagen wir den 1. Oktober 2026 vor.

Bitte lassen Sie uns bis zum 7. August wissen, ob Sie das Angebot annehmen. Für Rückfragen stehe ich Ihnen jederzeit zur Verfügung.

Mit freundlichen Grüßen

Dr. Jan Wirtz
Laborleiter
Lousberg Labor GmbH
Kupferstraße 5, 52070 Aachen
Tel. 0241 990 31 40""",
      pdfs=[("Vertragsangebot_Lousberg_Labor.pdf", "Vertragsangebot",
             ["Lousberg Labor GmbH - Vertragsangebot",
              "Position: Regulatory Affairs Assistenz", "Unbefristet, Vollzeit 39 Std.",
              "Bruttojahresgehalt: 44.500 EUR", "Eintritt: 1. Oktober 2026",
              "Annahme bis 7. August 2026"])]))

add(m(OFF, "dreilaender_kunde_vaalser_angebot", "de", company="Vaalser Medizintechnik",
      contact="s.brandt@dreilaender-personal.example.de",
      frm=("Stefan Brandt", "s.brandt@dreilaender-personal.example.de"),
      subject="Vaalser Medizintechnik möchte Ihnen ein Angebot machen",
      subj_enc=("iso-8859-1", "q", "mixed"),
      date="2026-10-12 15:50 +0200", key="dreil-offer",
      text="""Hallo Frau Tshibangu-Roux,

endlich die Nachricht, auf die wir gewartet haben: Unser Kunde Vaalser Medizintechnik möchte Ihnen nach dem Gespräch vom Donnerstag ein Angebot für die Stelle als Junior Regulatory Affairs Specialist (Medizinprodukte) machen.

Eckdaten: Festanstellung direkt beim Kunden, 40 Stunden, 46.000 Euro brutto im Jahr, Start am 1. Dezember, zwei Tage Homeoffice pro Woche. Der Vertrag kommt direkt von Vaalser; ich habe darum gebeten, ihn Ihnen bis Mittwoch zu schicken.

Herzlichen Glückwunsch! Rufen Sie mich an, wenn Sie über das Gehalt oder den Starttermin noch sprechen möchten.

Viele Grüße
Stefan Brandt
Personalberater Healthcare
Dreiländer Personal GmbH
Tel. 0241 475 83 10""", cte="qp"))

# ================================================================== offers — Spanish (1)

_cast_offer = """Estimada Manon:

Tras las entrevistas con la Dra. Vidal y con el equipo de Registros, nos complace ofrecerte el puesto de Auxiliar de Registros en Laboratorios Castellana.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido a jornada completa, salario bruto anual de 27.500 euros en 14 pagas, seguro médico y ayuda de comida, con incorporación el 1 de septiembre de 2026 en nuestra sede de Alcobendas.

Te agradeceríamos que nos confirmes tu respuesta antes del 12 de junio. Si tienes cualquier duda, llámame sin problema.

Un cordial saludo,
Elena Ruiz
Responsable de Selección
Laboratorios Castellana, S.A.
Avenida de Bruselas 22 · 28108 Alcobendas · Tel. 91 662 18 30"""
add(m(OFF, "castellana_oferta_pdf", "es", company="Laboratorios Castellana",
      contact="elena.ruiz@labcastellana.example.es",
      frm=("Elena Ruiz", "elena.ruiz@labcastellana.example.es"),
      subject="Oferta de empleo – Auxiliar de Registros",
      subj_enc=("utf-8", "q"),
      date="2026-06-03 13:45 +0200", key="castellana-offer", irt="castellana-cancel",
      refs=["castellana-ack", "castellana-inv"],
      text=_cast_offer, html=simple_html(paras(_cast_offer)), cte="b64",
      pdfs=[("Carta_oferta_Castellana.pdf", "Carta de oferta",
             ["Laboratorios Castellana, S.A. - Carta de oferta",
              "Puesto: Auxiliar de Registros", "Contrato indefinido, jornada completa",
              "Salario: 27.500 EUR brutos anuales (14 pagas)",
              "Incorporacion: 1 de septiembre de 2026", "Respuesta antes del 12 de junio"])]))
