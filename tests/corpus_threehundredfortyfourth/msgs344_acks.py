"""Acknowledgements of receipt (application_received), written by hand for corpus 344."""

from __future__ import annotations

from msgs344_common import m

K = "application_received"

MESSAGES = [
    m(K, "fr", "Clinexa Research", "", ("Clinexa Research", "clinexa@myworkday.com"),
      "Clinexa Research – Confirmation de votre candidature (R-20417)",
      """Bonjour Margaux,

Merci pour l'intérêt que vous portez à Clinexa Research. Nous confirmons la bonne réception de
votre candidature au poste de Coordinatrice d'études cliniques (H/F) – Nantes, réf. R-20417.

Notre équipe Talent Acquisition étudie chaque dossier avec attention. Si votre profil correspond
à nos besoins, un membre de l'équipe vous contactera dans les prochaines semaines.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre espace candidat.

Cordialement,
L'équipe Recrutement Clinexa Research

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
      "2026-02-03 08:14 +0000", id="c1", fmt="alt", brand="Clinexa Research",
      footer="Clinexa Research · 4 quai de la Fosse · 44000 Nantes", slug="clinexa_ack"),
    m(K, "fr", "Hôpital Universitaire de la Vilaine", "sophie.legoff@huv.example.fr",
      ("Sophie Le Goff", "sophie.legoff@huv.example.fr"),
      "RE: Candidature – Technicienne d'études cliniques (URC)",
      """Bonjour Madame Delacourt-Nsimba,

J'accuse bonne réception de votre candidature pour le poste de technicienne d'études cliniques
au sein de notre Unité de Recherche Clinique, transmise par le service des ressources humaines.

Le Dr Kerleau et moi-même examinerons les dossiers à la fin de la semaine prochaine ; je
reviendrai vers vous d'ici le 12 juin au plus tard.

Bien cordialement,

Sophie Le Goff
Cadre de santé – Unité de Recherche Clinique
Hôpital Universitaire de la Vilaine
2 rue Henri Le Guilloux, 35000 Rennes
Tél. 02 99 00 41 27""",
      "2026-06-02 09:41 +0200", id="h1", slug="huv_ack", cte="8bit"),
    m(K, "fr", "Nuvogène", "", ("Nuvogène", "no-reply@ashbyhq.com"),
      "Merci pour votre candidature chez Nuvogène",
      """Bonjour Margaux,

Merci d'avoir postulé au poste de Clinical Operations Associate chez Nuvogène ! Nous avons bien
reçu votre dossier.

Nous sommes une petite équipe et lisons chaque candidature nous-mêmes. Cela peut prendre
jusqu'à deux semaines ; merci de votre patience.

À très vite,
L'équipe Nuvogène

Propulsé par Ashby""",
      "2026-01-20 13:02 +0000", id="n1", fmt="html", brand="Nuvogène",
      name_enc=("utf-8", "q"), slug="nuvogene_ack"),
    m(K, "fr", "Fondation Lumen Oncologie", "",
      ("Fondation Lumen Oncologie", "noreply@smartrecruiters.com"),
      "Votre candidature : Coordinateur·rice de recherche clinique",
      """Bonjour Margaux Delacourt-Nsimba,

Nous vous remercions pour votre candidature au poste de Coordinateur·rice de recherche clinique
(Genève, 80-100 %).

Votre dossier a été transmis à l'équipe responsable du recrutement. En raison du nombre important
de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à
chaque personne dans l'immédiat ; nous vous contacterons si votre profil est retenu pour la suite
du processus.

Fondation Lumen Oncologie – Ressources humaines
Chemin des Sapins 12, 1206 Genève""",
      "2026-04-08 07:30 +0000", id="l1", fmt="alt", charset="iso-8859-1",
      brand="Fondation Lumen Oncologie", slug="lumen_ack"),
    m(K, "fr", "Santé Talents Conseil", "thibault.morvan@santetalents.example.fr",
      ("Thibault Morvan", "thibault.morvan@santetalents.example.fr"),
      "Votre candidature – ARC junior / coordination d'études (réf. STC-2611)",
      """Bonjour Margaux,

Merci pour votre candidature à l'annonce STC-2611 que nous gérons pour l'un de nos clients, un
laboratoire pharmaceutique basé à Paris. Je l'ai bien reçue et je la lirai en détail cette
semaine.

Je vous appellerai si votre parcours correspond au besoin du client ; sans nouvelles de ma part
sous quinze jours, n'hésitez pas à me relancer.

Thibault Morvan
Consultant senior – Santé & Life Sciences
Santé Talents Conseil – Cabinet de recrutement
18 rue de la Pépinière, 75008 Paris – 01 84 60 22 19""",
      "2026-03-17 18:22 +0100", id="s1", slug="stc_ack"),
    m(K, "fr", "Pharmintérim Ouest", "", ("Pharmintérim Ouest", "ne-pas-repondre@pharminterim.example.fr"),
      "Accusé de réception de votre inscription et de votre candidature",
      """Madame,

Votre candidature à l'offre « Technicien(ne) d'études cliniques – mission 6 mois – Nantes Nord »
a bien été enregistrée par notre agence de Nantes.

Une chargée de recrutement étudiera votre profil et vous recontactera si celui-ci correspond à
une mission en cours. Pensez à tenir à jour vos disponibilités dans votre espace intérimaire.

Pharmintérim Ouest – Agence de Nantes
Ceci est un message automatique.""",
      "2026-01-27 10:05 +0100", charset="iso-8859-1", cte="quoted-printable",
      subj_enc=("iso-8859-1", "q"), name_enc=("iso-8859-1", "q"), slug="pharminterim_ack"),
    m(K, "fr", "Vaxarmor", "", ("Vaxarmor Recrutement", "vaxarmor@taleo.net"),
      "Vaxarmor : accusé de réception – Assistant(e) Qualité Essais Cliniques",
      """Madame Delacourt-Nsimba,

Nous accusons réception de votre candidature pour le poste Assistant(e) Qualité Essais Cliniques
(réf. 2600318) sur notre site de Saint-Jacques-de-la-Lande.

Compte tenu du grand nombre de candidatures reçues, nous ne pouvons pas répondre
individuellement à chacune d'elles. Si votre profil retient notre attention, vous serez
contacté(e) par notre équipe dans un délai de quatre semaines.

Nous vous remercions de votre confiance.

Direction des Ressources Humaines – Vaxarmor""",
      "2026-02-18 06:51 +0000", id="x1", fmt="html", cte="base64", slug="vaxarmor_ack"),
    m(K, "fr", "Cellvia Thérapeutiques", "", ("Cellvia Thérapeutiques", "jobs@cellvia.recruitee.com"),
      "Nous avons bien reçu votre candidature 🎉",
      """Bonjour Margaux,

Bonne nouvelle : votre candidature pour le poste de Clinical Trial Assistant (CDI, Nantes) est
bien arrivée chez Cellvia Thérapeutiques.

Et maintenant ? Notre COO, Hugo, regarde les profils chaque vendredi. Vous aurez un retour de
notre part, quelle que soit la décision.

L'équipe Cellvia""",
      "2026-04-14 15:33 +0000", id="cv1", fmt="alt", brand="Cellvia", slug="cellvia_ack"),
    m(K, "fr", "Institut de Recherche Loire-Océan", "",
      ("Institut de Recherche Loire-Océan", "noreply@workablemail.com"),
      "Candidature reçue – Chargé(e) de coordination d'essais précoces",
      """Bonjour Margaux,

Merci d'avoir postulé pour le poste Chargé(e) de coordination d'essais précoces à l'Institut de
Recherche Loire-Océan. Votre candidature a bien été transmise à notre équipe.

Ceci est un accusé de réception automatique : il ne préjuge pas de la suite donnée à votre
candidature.

Institut de Recherche Loire-Océan
Envoyé via Workable""",
      "2026-05-05 08:12 +0000", id="io1", slug="iro_ack"),
    m(K, "fr", "Centre d'Investigation Clinique de Nantes", "a.gueguen@cic-nantes.example.fr",
      ("Anne Guéguen", "a.gueguen@cic-nantes.example.fr"),
      "Re: Candidature spontanée – coordination d'études",
      """Bonjour Madame,

Nous avons bien reçu votre candidature spontanée et votre CV, merci. Le Pr Bréhier souhaite
renforcer l'équipe de coordination à l'automne ; je lui transmets votre dossier dès aujourd'hui.

Bien à vous,

Anne Guéguen
Secrétariat – Centre d'Investigation Clinique de Nantes
Bâtiment Jean Monnet, 5 allée de l'Île Gloriette, 44093 Nantes Cedex""",
      "2026-04-22 11:47 +0200", id="cic1", charset="windows-1252", cte="8bit",
      subj_enc=("windows-1252", "q"), name_enc=("windows-1252", "q"), slug="cic_ack"),
    m(K, "en", "Helvimmun", "", ("Helvimmun Careers", "helvimmun@successfactors.eu"),
      "Helvimmun – Application received: Clinical Trial Coordinator (Basel)",
      """Dear Margaux,

Thank you for applying for the position Clinical Trial Coordinator (Req. 48812) at our Basel
site. This email confirms that we have received your application.

Our Talent Acquisition team will review your profile against the requirements of the role. If
your background is a match, we will contact you to discuss next steps.

Kind regards,
Helvimmun Talent Acquisition

Please do not reply to this automatically generated message.""",
      "2026-03-04 12:03 +0000", id="v1", fmt="alt", brand="Helvimmun", slug="helvimmun_ack"),
    m(K, "en", "Meridia Clinical", "", ("Meridia Clinical", "no-reply@greenhouse-mail.io"),
      "Thanks for applying to Meridia Clinical!",
      """Hi Margaux,

Thanks for your interest in Meridia Clinical! We've received your application for Clinical
Research Coordinator – Brussels and our team will be reviewing it shortly.

If your experience looks like a good fit, someone from our recruiting team will reach out.

Best,
The Meridia Clinical Recruiting Team""",
      "2026-03-19 16:40 +0000", id="m1", fmt="html", slug="meridia_ack"),
    m(K, "en", "Rhinebridge Biologics", "", ("Rhinebridge Biologics", "careers-noreply@icims.com"),
      "Your application to Rhinebridge Biologics",
      """Dear Margaux Delacourt-Nsimba,

We confirm receipt of your application for Study Start-Up Specialist (Job ID 2026-1187),
Basel, Switzerland.

Due to the high volume of applications, we are unable to respond to every applicant
individually. Candidates selected for the next stage will be contacted directly.

Sincerely,
Rhinebridge Biologics Human Resources""",
      "2026-04-27 05:58 +0000", id="r1", slug="rhinebridge_ack"),
    m(K, "en", "Orthalis Medical", "", ("Orthalis Medical", "no-reply@hire.lever.co"),
      "Orthalis Medical – we got your application",
      """Hi Margaux,

Thanks so much for applying to the Clinical Study Coordinator (Geneva) role at Orthalis
Medical. We're excited to learn more about you.

Our team reviews applications on a rolling basis. If there's a fit, we'll be in touch to set up
a first conversation.

Cheers,
Orthalis Medical""",
      "2026-05-11 14:26 +0000", id="o1", slug="orthalis_ack"),
    m(K, "de", "Kardiotek Medizintechnik", "", ("Kardiotek Medizintechnik", "noreply@personio.de"),
      "Eingangsbestätigung Ihrer Bewerbung – Clinical Study Coordinator (m/w/d)",
      """Sehr geehrte Frau Delacourt-Nsimba,

vielen Dank für Ihre Bewerbung als Clinical Study Coordinator (m/w/d) an unserem Standort
Frankfurt am Main und für Ihr Interesse an der Kardiotek Medizintechnik GmbH.

Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen sie sorgfältig und melden uns
in den nächsten zwei bis drei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Kardiotek Medizintechnik

Diese E-Mail wurde automatisch erstellt.""",
      "2026-02-09 09:17 +0100", id="k1", fmt="alt", charset="iso-8859-1",
      brand="Kardiotek Medizintechnik", slug="kardiotek_ack"),
    m(K, "de", "MediTrial Rhein-Main", "", ("MediTrial Rhein-Main", "noreply@softgarden.io"),
      "Ihre Bewerbung bei MediTrial Rhein-Main",
      """Hallo Frau Delacourt-Nsimba,

herzlichen Dank für Ihre Bewerbung als Studienkoordinator*in (Phase I) in Frankfurt. Wir haben
Ihre Unterlagen erhalten und leiten sie an die Fachabteilung weiter.

Bitte haben Sie Verständnis dafür, dass die Prüfung einige Zeit in Anspruch nehmen kann.

Viele Grüße
Ihr MediTrial-Personalteam""",
      "2026-03-23 10:44 +0100", id="mt1", cte="base64", slug="meditrial_ack"),
    m(K, "de", "Universitätsklinikum Mainufer", "jana.oberle@ukm.example.de",
      ("Dr. Jana Oberle", "jana.oberle@ukm.example.de"),
      "AW: Bewerbung Studienassistenz Onkologie – Margaux Delacourt-Nsimba",
      """Sehr geehrte Frau Delacourt-Nsimba,

vielen Dank für Ihre Bewerbung und die ausführlichen Unterlagen, die uns vollständig vorliegen.
Ihr Profil aus der Krankenhausapotheke ist für unsere Studienzentrale durchaus interessant.

Wir sichten die Bewerbungen bis Ende April und melden uns dann bei Ihnen.

Mit freundlichen Grüßen
Dr. Jana Oberle
Leiterin Studienzentrale Onkologie
Universitätsklinikum Mainufer
Theodor-Stern-Weg 9, 60596 Frankfurt am Main
Tel. +49 69 6301 4472""",
      "2026-04-16 13:05 +0200", id="u1", re="u0", quote="std", slug="mainufer_ack"),
    m(K, "de", "Vakzinwerk Hessen", "", ("Vakzinwerk Hessen", "notifications@vakzinwerk.bamboohr.com"),
      "Bewerbung eingegangen: Clinical Operations Assistant",
      """Guten Tag Margaux,

vielen Dank für Ihre Bewerbung auf die Stelle Clinical Operations Assistant (Marburg/Frankfurt).
Wir bestätigen hiermit den Eingang.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jede Bewerbung einzeln
beantworten. Wenn Ihr Profil passt, kontaktieren wir Sie.

Vakzinwerk Hessen – Human Resources""",
      "2026-05-19 07:02 +0000", id="vw1", fmt="html", charset="utf-8", cte="quoted-printable",
      slug="vakzinwerk_ack"),
    m(K, "es", "Ensayos Clínicos Mediterráneo", "",
      ("Ensayos Clínicos Mediterráneo", "no-reply@teamtailor-mail.com"),
      "Hemos recibido tu candidatura – Coordinador/a de Estudios Clínicos",
      """¡Hola Margaux!

Gracias por tu interés en Ensayos Clínicos Mediterráneo. Hemos recibido tu candidatura para el
puesto de Coordinador/a de Estudios Clínicos en Barcelona.

Nuestro equipo de selección revisará tu perfil y te contactaremos en cuanto tengamos novedades.

Un saludo,
Equipo de Talento – ECM""",
      "2026-04-02 09:12 +0000", id="e1", fmt="alt", brand="Ensayos Clínicos Mediterráneo",
      slug="ecm_ack"),
    m(K, "es", "Hospital Universitari del Besòs", "montse.puig@hubesos.example.es",
      ("Montserrat Puig", "montse.puig@hubesos.example.es"),
      "RE: Candidatura – Coordinadora de ensayos (Unidad de Investigación)",
      """Estimada Margaux:

Le confirmo que hemos recibido correctamente su candidatura para la plaza de coordinadora de
ensayos clínicos en la Unidad de Investigación del Hospital Universitari del Besòs.

La comisión de selección se reunirá la semana del 27 de abril. Le escribiré en cuanto tengamos
la lista de personas convocadas a entrevista.

Atentamente,

Montserrat Puig i Soler
Responsable de Personal – Unidad de Investigación Clínica
Hospital Universitari del Besòs
Passeig de la Mar 25, 08930 Sant Adrià de Besòs (Barcelona)""",
      "2026-04-15 12:18 +0200", id="b1", charset="iso-8859-1", cte="quoted-printable",
      slug="besos_ack"),
    m(K, "es", "Biomédica Diagonal", "", ("Biomédica Diagonal", "no-reply@hire.lever.co"),
      "Gracias por aplicar a Biomédica Diagonal",
      """Hola Margaux:

¡Gracias por aplicar a la posición de Clinical Trial Assistant en Biomédica Diagonal! Tu
candidatura ha llegado correctamente.

Leemos todas las candidaturas, aunque no siempre podemos responder a cada persona de forma
individual. Si tu perfil encaja, te escribiremos para una primera llamada.

Equipo de People – Biomédica Diagonal""",
      "2026-05-06 15:51 +0000", id="bd1", slug="biomedica_ack"),
]
