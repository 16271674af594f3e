# ruff: noqa: C408
# (each message is a dict(...) spec; the keyword form reads best)
"""Corpus 288, acknowledgements and offers: 21 application_received, 10 offers, hand-written."""

from __future__ import annotations

from msgs288_common import CANDIDATE_ASCII, reply

MESSAGES: list[dict] = []
add = MESSAGES.append

# ================================================================== application received — French

add(dict(
    slug="laiteries_workday_ack", key="t1_ack",
    kind="application_received", lang="fr", company="Laiteries du Haut-Limousin", contact="",
    frm="Laiteries du Haut-Limousin <laiteries-hautlimousin@myworkday.com>",
    subject="Candidature reçue : Auditrice / Auditeur qualité HACCP (R-00588)",
    date="2026-02-03 21:47", zone="utc", form="alt",
    look=("ats", "Laiteries du Haut-Limousin", "#1d5c3a", "Message automatique envoyé depuis Workday. Merci de ne pas y répondre."),
    text="""Bonjour Anaïs,

Nous vous confirmons la bonne réception de votre candidature au poste d'Auditrice / Auditeur qualité HACCP (R-00588), site d'Ambazac.

Notre équipe RH étudie chaque dossier avec attention. Si votre profil correspond à nos besoins, nous vous contacterons pour la suite du processus.

Vous pouvez suivre l'état de votre candidature dans votre espace candidat : https://laiteries.wd3.myworkday.com/hautlimousin/d/home.htmld

Merci de l'intérêt que vous portez aux Laiteries du Haut-Limousin.""",
))

add(dict(
    slug="restaurelle_smartrecruiters_ack", key="t2_ack",
    kind="application_received", lang="fr", company="Groupe Restaurelle", contact="",
    frm="Groupe Restaurelle <noreply@smartrecruiters.com>",
    subject="Merci pour votre candidature – Animateur·rice qualité hygiène",
    date="2026-01-12 08:03", zone="utc", form="html",
    look=("ats", "Groupe Restaurelle", "#c05621", "Propulsé par SmartRecruiters – Politique de confidentialité : https://jobs.smartrecruiters.com/restaurelle/privacy"),
    text="""Bonjour Anaïs,

Votre candidature au poste d'Animateur·rice qualité hygiène (Poitiers) nous est bien parvenue. Merci pour votre intérêt pour le Groupe Restaurelle.

Nos équipes vont étudier votre profil dans les prochaines semaines. En raison du grand nombre de candidatures, nous ne sommes malheureusement pas en mesure de répondre individuellement à chaque personne ; si votre profil est retenu, un membre de l'équipe recrutement vous contactera directement.

À bientôt peut-être,
L'équipe Talents du Groupe Restaurelle""",
))

add(dict(
    slug="certinor_greenhouse_ack", key="t4_ack",
    kind="application_received", lang="fr", company="Certinor", contact="",
    frm="Certinor <no-reply@greenhouse-mail.io>",
    subject="Nous avons bien reçu votre candidature – Certinor",
    date="2026-04-07 12:16", zone="utc", form="alt",
    look=("ats", "Certinor", "#0f4c5c", "Envoyé via Greenhouse. Ne répondez pas à ce message."),
    text="""Bonjour Anaïs,

Merci d'avoir postulé au poste d'Auditeur·rice junior sécurité des aliments chez Certinor. Votre dossier a bien été enregistré et sera examiné par Jeanne Roux, notre chargée de recrutement.

Vous recevrez une réponse dans un délai de trois semaines environ.

L'équipe Certinor""",
))

add(dict(
    slug="tempora_registration_confirmed", key="t11_registered", parent="t11_register_req",
    kind="application_received", lang="fr", company="Tempora Intérim", contact="k.benali@tempora-interim.example.fr",
    frm="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="Re: Inscription – profil qualité / hygiène agroalimentaire",
    date="2026-02-10 10:02",
    text=reply(
        """Bonjour Anaïs,

Merci pour votre CV, c'est enregistré : votre inscription chez Tempora Intérim Limoges est validée pour les missions qualité, hygiène et contrôle en agroalimentaire. Votre numéro d'intérimaire est le 87-41196.

Il me manque encore une copie de votre pièce d'identité et de votre carte Vitale pour compléter le dossier ; vous pouvez les déposer à l'agence ou me les envoyer par mail.

Je vous appelle dès qu'une mission correspond à votre profil.

Karima Benali
Chargée de recrutement – Tempora Intérim Limoges
23 avenue Garibaldi, 87000 Limoges – 05 55 32 90 44""",
        "fr", "lun. 9 févr. 2026 à 18:25", "Anaïs Delacroix-Mensah <anais.dm@example.fr>",
        """Bonjour Madame Benali,

Suite à notre échange téléphonique, je vous envoie mon CV pour mon inscription à l'agence. Je recherche des missions en contrôle qualité ou hygiène dans l'agroalimentaire, sur Limoges, Poitiers ou Tours.

Bien cordialement,
Anaïs Delacroix-Mensah"""),
))

add(dict(
    slug="verifood_recruitee_ack", key="t15_ack",
    kind="application_received", lang="fr", company="Vérifood Benelux", contact="",
    frm="Vérifood Benelux <no-reply@jobs.recruitee.com>",
    subject="Vérifood Benelux : confirmation de votre candidature",
    subj_enc=("utf-8", "B"), name_enc=("utf-8", "B"), date="2026-09-01 07:58", form="alt",
    look=("ats", "Vérifood Benelux", "#3d5a80", "Envoyé via Recruitee. Ce message a été généré automatiquement."),
    text="""Bonjour Anaïs,

Nous avons bien reçu votre candidature pour le poste d'Auditrice sécurité alimentaire – restauration collective (Bruxelles / Wallonie).

Notre équipe RH l'examinera dans les meilleurs délais. Vous pouvez consulter vos données ou retirer votre candidature à tout moment via ce lien : https://verifood.recruitee.com/candidates/me

Cordialement,
L'équipe RH de Vérifood Benelux""",
))

add(dict(
    slug="cuisine_centrale_cv_recu", key="t26_cv",
    kind="application_received", lang="fr", company="Cuisine Centrale Limoges Métropole", contact="s.brousse@cuisine-centrale.example.fr",
    frm="Sylvie Brousse <s.brousse@cuisine-centrale.example.fr>",
    subject="Votre CV – poste de référente qualité",
    date="2026-01-08 14:26", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Madame Delacroix-Mensah,

Nous avons bien reçu votre CV et votre lettre de motivation pour le poste de référente qualité à la Cuisine Centrale. Merci d’avoir pensé à nous !

Votre dossier sera présenté au jury de sélection qui se réunira fin janvier. Vous serez informée de la suite donnée par courrier électronique.

Cordialement,
Sylvie Brousse
Assistante Ressources humaines
Cuisine Centrale Limoges Métropole – 3 rue de l’Ancienne École Normale – 87000 Limoges
""",
))

add(dict(
    slug="viandes_poitou_taleo_ack", key="t25_ack",
    kind="application_received", lang="fr", company="Viandes du Poitou", contact="",
    frm="Viandes du Poitou - Recrutement <viandespoitou@taleo.net>",
    subject="Accusé de réception – Responsable HACCP (VP-2026-031)",
    date="2026-03-23 23:10", zone="utc", cte="base64",
    text="""Madame Delacroix-Mensah,

Ce message confirme l'enregistrement de votre candidature pour l'offre VP-2026-031 « Responsable HACCP – site de Bressuire ».

Numéro de dossier : 2026-VP-88231

Vous pouvez suivre votre candidature en vous connectant à votre compte : https://viandespoitou.taleo.net/careersection/ext/mysubmissions.ftl

Ce courriel est généré automatiquement ; merci de ne pas y répondre.

Viandes du Poitou – Direction des Ressources Humaines""",
))

add(dict(
    slug="hestia_vivier_registration", key="t12_vivier", parent="t12_cold",
    kind="application_received", lang="fr", company="Hestia Recrutement", contact="o.castaing@hestia-recrutement.example.fr",
    frm="Olivier Castaing <o.castaing@hestia-recrutement.example.fr>",
    subject="Votre inscription chez Hestia Recrutement",
    date="2026-05-21 12:05", form="alt", look="simple",
    text="""Bonjour Anaïs,

Merci pour notre échange de ce matin et pour l'envoi de votre CV. Votre profil est désormais enregistré dans notre vivier « Qualité & Sécurité des aliments » ; je l'ai annoté avec vos mobilités (Bordeaux, Limoges, Poitiers) et vos prétentions.

Vous n'avez rien d'autre à faire pour le moment. Je reviendrai vers vous dès qu'un de nos clients recherche un profil comme le vôtre.

Olivier Castaing
Consultant senior – Agroalimentaire & Restauration
Hestia Recrutement – 41 cours de l'Intendance, 33000 Bordeaux
Mob. 06 12 90 33 47

Conformément au RGPD, vous pouvez demander à tout moment la suppression de vos données en écrivant à rgpd@hestia-recrutement.example.fr.
""",
))

add(dict(
    slug="mauvedumont_teamtailor_ack", key="t24_ack",
    kind="application_received", lang="fr", company="Chocolaterie Mauve-Dumont", contact="",
    frm="Chocolaterie Mauve-Dumont <no-reply@teamtailor-mail.com>",
    subject="Merci pour votre candidature !",
    date="2026-10-01 20:44", form="alt",
    look=("ats", "Chocolaterie Mauve-Dumont", "#5b3a29", "Envoyé avec Teamtailor"),
    text="""Bonjour Anaïs,

Merci d'avoir postulé au poste de Coordinatrice sécurité alimentaire ! Votre candidature est bien arrivée chez nous et notre équipe la lira avec attention.

Nous revenons vers chaque candidat·e dans un délai de deux à trois semaines.

En attendant, découvrez les coulisses de notre atelier : https://mauvedumont.teamtailor.com/pages/atelier

À très vite,
L'équipe Mauve-Dumont""",
))

add(dict(
    slug="bqac_auto_acknowledgement", key="t27_ack",
    kind="application_received", lang="fr", company="Bureau Qualité Alimentaire du Centre", contact="",
    frm="BQAC Recrutement <no-reply@bqac.example.fr>",
    subject="Accusé de réception de votre candidature",
    subj_enc=("iso-8859-1", "Q"), date="2026-06-02 06:31", charset="iso-8859-1", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    text="""Madame, Monsieur,

Votre message a bien été reçu par le service recrutement du Bureau Qualité Alimentaire du Centre. Votre candidature sera étudiée par le pôle audit dans les prochains jours.

Cette adresse n'est pas consultée : pour toute question, merci d'utiliser le formulaire de contact de notre site.

BQAC - 9 rue Néricault-Destouches - 37000 Tours
""",
))

# ================================================================== application received — English

add(dict(
    slug="leevalley_lever_ack", key="t5_ack",
    kind="application_received", lang="en", company="Lee Valley Dairies", contact="",
    frm="Lee Valley Dairies <no-reply@hire.lever.co>",
    subject="Thanks for applying to Lee Valley Dairies",
    date="2026-05-04 22:10", zone="ie", form="alt",
    look=("ats", "Lee Valley Dairies", "#3a7d44", "Sent via Lever."),
    text="""Hi Anaïs,

Thanks for your interest in the Food Safety Auditor role at Lee Valley Dairies. We've received your application and our team will review it shortly.

If your experience is a match, we'll be in touch about next steps.

Lee Valley Dairies Talent Team""",
))

add(dict(
    slug="northgate_greenhouse_ack", key="t30_ack",
    kind="application_received", lang="en", company="Northgate Catering Group", contact="",
    frm="Northgate Catering Group <no-reply@greenhouse-mail.io>",
    subject="Application received – Food Safety & Hygiene Auditor (Bordeaux region)",
    date="2026-01-19 15:31", zone="utc", form="html",
    look=("ats", "Northgate Catering Group", "#2d6a4f", "Powered by Greenhouse."),
    text="""Dear Anaïs,

Thank you for applying to Northgate Catering Group. This email confirms that we have received your application for Food Safety & Hygiene Auditor (Bordeaux region).

Our recruitment team reviews every application. You will hear from us whatever the outcome.

Northgate Talent Team""",
))

add(dict(
    slug="mercy_south_icims_ack", key="t31_ack",
    kind="application_received", lang="en", company="Mercy South Hospital", contact="",
    frm="Mercy South Hospital Careers <mercysouth-careers@icims.com>",
    subject="Mercy South Hospital – we have received your application (Req 4471)",
    date="2026-03-30 09:12", zone="ie", to=CANDIDATE_ASCII,
    text="""Dear Anais,

Thank you for applying for the position of Catering Quality Officer (Req 4471).

We confirm that your application has been submitted successfully. Due to the high volume of applications we receive, we are unfortunately unable to respond to each applicant individually. If you are shortlisted for interview, a member of the HR team will contact you within four weeks of the closing date.

Human Resources Department
Mercy South Hospital, Cork

Please do not reply to this message. This mailbox is not monitored.
""",
))

add(dict(
    slug="shandon_registered", key="t13_registered", parent="t13_cold",
    kind="application_received", lang="en", company="Shandon Recruitment", contact="niamh.osullivan@shandonrecruit.example.ie",
    frm="Niamh O'Sullivan <niamh.osullivan@shandonrecruit.example.ie>",
    subject="You're registered with Shandon Recruitment",
    date="2026-07-03 15:47", zone="ie", form="alt", look="outlook",
    text="""Hi Anaïs,

Lovely to speak to you earlier. I've received your CV and you're now registered with us for food safety and QA roles in Cork city and county.

As discussed, I'll only put you forward for a role with your say-so. You'll get a separate email asking you to confirm our privacy notice; please click the link in it so we can keep your details on file.

Talk soon,
Niamh

Niamh O'Sullivan
Senior Consultant – Food & FMCG
Shandon Recruitment | 17 South Mall, Cork
+353 21 427 8840""",
))

add(dict(
    slug="kestrel_ashby_ack", key="t21_ack",
    kind="application_received", lang="en", company="Kestrel Foods", contact="",
    frm="Kestrel Foods Recruiting <no-reply@ashbyhq.com>",
    subject="We received your application – Food Safety Coordinator",
    date="2026-02-02 11:07", zone="utc", form="alt",
    look=("ats", "Kestrel Foods", "#e07a1f", "Sent via Ashby on behalf of Kestrel Foods."),
    text="""Hi Anaïs,

Thanks for applying for the Food Safety Coordinator role at Kestrel Foods (Mallow, Co. Cork). Your application is in and the hiring team will review it over the coming days.

The Kestrel Foods Talent Team""",
))

# ================================================================== application received — German

add(dict(
    slug="feldberg_personio_eingang", key="t7_ack",
    kind="application_received", lang="de", company="Schwarzwaldmolkerei Feldberg", contact="",
    frm="Schwarzwaldmolkerei Feldberg <noreply@personio.de>",
    subject="Eingangsbestätigung Ihrer Bewerbung",
    subj_enc=("utf-8", "Q"), date="2026-06-01 19:25", form="alt",
    look=("ats", "Schwarzwaldmolkerei Feldberg", "#2a6f97", "Diese Nachricht wurde automatisch über Personio versendet."),
    text="""Sehr geehrte Frau Delacroix-Mensah,

vielen Dank für Ihre Bewerbung als Qualitätsauditorin (m/w/d). Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Personalteam der Schwarzwaldmolkerei Feldberg""",
))

add(dict(
    slug="dreisam_successfactors_eingang", key="t23_ack",
    kind="application_received", lang="de", company="Klinikum Dreisam", contact="",
    frm="Klinikum Dreisam Karriere <klinikumdreisam@successfactors.eu>",
    subject="Ihre Bewerbung: Hygienefachkraft Speisenversorgung (2026-118)",
    subj_enc=("iso-8859-1", "Q"), date="2026-08-10 05:50", zone="utc", form="html",
    look=("ats", "Klinikum Dreisam · Karriere", "#00665e", "Automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."),
    text="""Sehr geehrte Frau Delacroix-Mensah,

hiermit bestätigen wir den Eingang Ihrer Online-Bewerbung für die Stelle Hygienefachkraft Speisenversorgung (Kennziffer 2026-118).

Den Status Ihrer Bewerbung können Sie jederzeit in unserem Bewerberportal einsehen: https://career5.successfactors.eu/career?company=klinikumdreisam

Ihr Recruiting-Team
Klinikum Dreisam""",
))

add(dict(
    slug="pp_oberrhein_unterlagen_eingegangen", key="t20_received",
    kind="application_received", lang="de", company="Personalpartner Oberrhein", contact="j.ketterer@pp-oberrhein.example.de",
    frm="Jan Ketterer <j.ketterer@pp-oberrhein.example.de>",
    subject="Ihre Unterlagen bei Personalpartner Oberrhein",
    date="2026-04-14 11:18", cte="8bit",
    text="""Hallo Frau Delacroix-Mensah,

Ihre Unterlagen sind bei uns eingegangen, vielen Dank. Ich habe Sie in unserer Kandidatendatenbank für Positionen in Qualitätssicherung und Hygiene im Raum Freiburg angelegt.

Bevor ich Sie einem Kunden vorstelle, frage ich Sie selbstverständlich vorher. Für ein kurzes Kennenlerngespräch melde ich mich in den nächsten Tagen telefonisch.

Viele Grüße
Jan Ketterer
Personalberater Lebensmittel & Gastronomie
Personalpartner Oberrhein · Bertoldstraße 18 · 79098 Freiburg im Breisgau
Tel. +49 761 380 55 21
""",
))

# ================================================================== application received — Spanish

add(dict(
    slug="conservas_ebro_teamtailor_ack", key="t9_ack", parent="t9_apply",
    kind="application_received", lang="es", company="Conservas del Ebro", contact="",
    frm="Conservas del Ebro <no-reply@teamtailor-mail.com>",
    subject="Hemos recibido tu candidatura",
    date="2026-08-04 08:15", form="alt",
    look=("ats", "Conservas del Ebro", "#b5651d", "Enviado con Teamtailor"),
    text="""Hola, Anaïs:

Lucía Gracia Pérez ha registrado tu candidatura al puesto de Técnica de Calidad en nuestro portal de empleo. ¡Gracias por tu interés en Conservas del Ebro!

Revisaremos tu perfil y te contaremos los siguientes pasos lo antes posible. Puedes gestionar tus datos en https://conservasdelebro.teamtailor.com/connect

Un saludo,
Equipo de Personas de Conservas del Ebro""",
))

add(dict(
    slug="san_lamberto_workable_ack", key="t22_ack",
    kind="application_received", lang="es", company="Hospital Universitario San Lamberto", contact="",
    frm="Hospital Universitario San Lamberto <noreply@workablemail.com>",
    subject="Confirmación de candidatura – Técnico/a de Seguridad Alimentaria",
    date="2026-06-22 16:30", form="alt", charset="iso-8859-1", cte="quoted-printable",
    look=("ats", "Hospital Universitario San Lamberto", "#8c1c13", "Enviado mediante Workable."),
    text="""Estimada Anaïs:

Gracias por presentar tu candidatura al puesto de Técnico/a de Seguridad Alimentaria - Cocina Hospitalaria.

Te confirmamos que la hemos recibido correctamente. El plazo de presentación termina el 30 de junio; a partir de esa fecha la comisión revisará todos los perfiles.

Departamento de Recursos Humanos
Hospital Universitario San Lamberto""",
))

add(dict(
    slug="talento_aragon_alta", key="t34_registered",
    kind="application_received", lang="es", company="Grupo Talento Aragón", contact="marta.lopez@talentoaragon.example.es",
    frm="Marta López Aznar <marta.lopez@talentoaragon.example.es>",
    subject="Alta en Grupo Talento Aragón",
    subj_enc=("iso-8859-1", "B"), date="2026-05-05 13:40",
    text="""Hola, Anaïs:

Gracias por enviarnos tu currículum. Ya estás dada de alta en nuestra base de candidatos para puestos de calidad y seguridad alimentaria en Zaragoza y alrededores.

Tengo ahora mismo un proceso abierto con una panificadora industrial que podría interesarte; te llamo esta semana para contártelo.

Marta López Aznar
Consultora de selección · Grupo Talento Aragón
Paseo de la Independencia 24, 3.º · 50004 Zaragoza""",
))

# ================================================================== offers

add(dict(
    slug="laiteries_offer_pdf", key="t1_offer", parent="t1_moved",
    kind="offer", lang="fr", company="Laiteries du Haut-Limousin", contact="celine.lefevre@laiteries-hautlimousin.example.fr",
    frm="Céline Lefèvre <celine.lefevre@laiteries-hautlimousin.example.fr>",
    subject="Proposition d'embauche – Auditrice qualité HACCP",
    date="2026-03-09 11:03", form="alt", look="outlook",
    text="""Bonjour Madame Delacroix-Mensah,

Suite à nos entretiens, j'ai le plaisir de vous adresser notre proposition d'embauche pour le poste d'auditrice qualité HACCP, en CDI, à compter du 4 mai 2026.

Vous trouverez en pièce jointe la lettre détaillant la rémunération (2 450 € bruts mensuels sur 13 mois), la période d'essai et les conditions de déplacement entre nos trois sites. Nous vous remercions de nous faire part de votre réponse avant le 20 mars.

Jean-Marc Peyrat et toute l'équipe qualité se réjouissent de vous accueillir.

Cordialement,

Céline Lefèvre
Chargée RH
Laiteries du Haut-Limousin
Route de la Jonchère, 87340 Ambazac
05 55 56 71 08""",
    pdfs=[dict(name="proposition_embauche_ADM.pdf", title="Laiteries du Haut-Limousin - Proposition d'embauche",
               lines=["Madame Anais Delacroix-Mensah", "Poste : Auditrice qualite HACCP - CDI",
                      "Date d'entree : 4 mai 2026", "Remuneration : 2 450 EUR bruts mensuels, 13 mois",
                      "Periode d'essai : 3 mois renouvelable une fois",
                      "Reponse souhaitee avant le 20 mars 2026"])],
))

add(dict(
    slug="saintmartial_verbal_offer_followup", key="t14_offer", parent="t14_moved",
    kind="offer", lang="fr", company="Centre Hospitalier Saint-Martial", contact="helene.bouchet@ch-saintmartial.example.fr",
    frm="Hélène Bouchet <helene.bouchet@ch-saintmartial.example.fr>",
    subject="Suite à notre appel – poste de technicienne qualité restauration",
    date="2026-05-12 12:15",
    text="""Bonjour Anaïs,

Comme je vous l'ai dit ce matin au téléphone, nous souhaitons vous recruter comme technicienne qualité au sein de la restauration du Centre Hospitalier Saint-Martial, après une journée d'immersion très concluante.

Pour récapituler notre proposition : contrat de 12 mois avec perspective de titularisation, temps plein en horaires de jour, prise de poste le 1er juin. La DRH vous enverra le contrat dans la semaine.

Dites-moi si vous avez des questions d'ici là. Toute l'équipe est ravie.

Hélène Bouchet
Responsable qualité – Restauration
05 55 05 61 40""",
))

add(dict(
    slug="tempora_client_wants_to_hire", key="t11_offer", parent="t11_client_moved",
    kind="offer", lang="fr", company="Biscuiterie de Touraine", contact="k.benali@tempora-interim.example.fr",
    frm="Karima Benali <k.benali@tempora-interim.example.fr>",
    subject="La Biscuiterie de Touraine veut vous faire une proposition !",
    date="2026-04-01 09:10", charset="windows-1252", cte="quoted-printable",
    text="""Bonjour Anaïs,

Excellente nouvelle : la Biscuiterie de Touraine souhaite vous faire une proposition pour le poste de technicienne qualité. Mme Touchard a beaucoup apprécié l’entretien et votre regard sur leur plan de maîtrise sanitaire.

Ce qu’ils proposent : démarrage le 20 avril en mission d’intérim de 6 mois, taux horaire de 14,20 € + indemnités de fin de mission, avec embauche en CDI prévue à l’issue si tout se passe bien.

Appelez-moi dès que possible pour qu’on en parle, je dois leur répondre avant vendredi.

Karima Benali
Tempora Intérim Limoges – 05 55 32 90 44
""",
))

add(dict(
    slug="qualisud_contract_signature",
    kind="offer", lang="fr", company="Qualisud Contrôle", contact="a.mirande@qualisud.example.fr",
    frm="Agnès Mirande <a.mirande@qualisud.example.fr>",
    subject="Votre contrat de travail à signer électroniquement",
    subj_enc=("utf-8", "B"), name_enc=("iso-8859-1", "Q"), date="2026-09-18 15:00", cte="quoted-printable",
    text="""Bonjour Anaïs,

Comme convenu avec Marc Delpech, vous trouverez ci-dessous le lien pour signer électroniquement votre contrat de travail (CDI d'auditrice hygiène en restauration commerciale, secteur Gironde), avec une prise de poste le 5 octobre 2026.

Lien de signature : https://sign.qualisud.example.fr/contrat/ADM-2026-044

Le lien est valable 7 jours. Une fois le contrat signé, je vous enverrai la liste des documents à fournir pour votre dossier du personnel et votre planning de formation interne.

Bienvenue chez Qualisud !

Agnès Mirande
Gestionnaire RH – Qualisud Contrôle
27 quai de Bacalan, 33300 Bordeaux – 05 57 19 62 30""",
))

add(dict(
    slug="hestia_unnamed_client_offer",
    kind="offer", lang="fr", company="Hestia Recrutement", contact="o.castaing@hestia-recrutement.example.fr",
    frm="Olivier Castaing <o.castaing@hestia-recrutement.example.fr>",
    subject="Une offre pour vous !",
    date="2026-09-29 18:20", form="alt", look="simple",
    text="""Bonsoir Anaïs,

Mon client, le groupe laitier auvergnat que vous avez rencontré la semaine dernière, m'a appelé en fin de journée : ils souhaitent vous faire une offre pour le poste de responsable hygiène de leur site du Cantal.

Les grandes lignes : CDI, 32 000 € bruts annuels + prime sur objectifs, véhicule de service pour les déplacements entre sites, démarrage souhaité le 2 novembre. La lettre d'offre officielle arrive directement de leur DRH d'ici jeudi.

Je vous appelle demain matin pour en parler et voir s'il y a des points à négocier.

Olivier Castaing
Hestia Recrutement – 41 cours de l'Intendance, 33000 Bordeaux
Mob. 06 12 90 33 47
""",
))

add(dict(
    slug="leevalley_offer_letter", key="t5_offer", parent="t5_ill",
    kind="offer", lang="en", company="Lee Valley Dairies", contact="aoife.brennan@leevalleydairies.example.ie",
    frm="Aoife Brennan <aoife.brennan@leevalleydairies.example.ie>",
    subject="Offer of employment – Food Safety Auditor",
    date="2026-06-03 16:30", zone="ie", form="alt", look="simple",
    text="""Dear Anaïs,

I'm delighted to let you know that we would like to offer you the position of Food Safety Auditor at Lee Valley Dairies.

Your offer letter is attached. In summary: a permanent full-time contract, a starting salary of €38,500 per year, 23 days' annual leave, and a start date of 3 August 2026 to fit with your move to Cork. We'll also cover your HACCP Level 3 refresher and the lead auditor course in your first year.

Please review the letter and let me know if you have any questions. We'd appreciate your answer by 12 June.

Warm regards,
Aoife Brennan
Talent Acquisition, Lee Valley Dairies
Dripsey, Co. Cork | +353 21 733 4120""",
    pdfs=[dict(name="LVD_offer_letter_Delacroix-Mensah.pdf", title="Lee Valley Dairies - Offer of Employment",
               lines=["Dear Anais Delacroix-Mensah,",
                      "Position: Food Safety Auditor (permanent, full-time)",
                      "Salary: EUR 38,500 per annum", "Start date: 3 August 2026",
                      "Please sign and return by 12 June 2026."])],
))

add(dict(
    slug="glanmire_verbal_offer",
    kind="offer", lang="en", company="Glanmire Ready Meals", contact="eoin.fitzgerald@glanmire-meals.example.ie",
    frm="Eoin Fitzgerald <eoin.fitzgerald@glanmire-meals.example.ie>",
    subject="Great talking to you – confirming our offer",
    date="2026-10-12 17:05", zone="ie",
    text="""Hi Anaïs,

Great to talk this afternoon. As promised, a quick note to confirm what I said on the phone: we'd like to offer you the Hygiene & Food Safety Lead role at our Glanmire plant.

Salary €41,000, permanent contract, Monday to Friday days with one weekend audit a month, start date to agree with you (November would suit us). HR will send the formal contract once you've had a chance to think it over.

Very happy to answer any questions before you decide.

Eoin Fitzgerald
Site Director, Glanmire Ready Meals
Riverstown Cross, Glanmire, Co. Cork | +353 21 482 7765""",
))

add(dict(
    slug="zertisued_vertragsangebot", key="t8_offer", parent="t8_moved",
    kind="offer", lang="de", company="ZertiSüd", contact="t.brandt@zertisued.example.de",
    frm="Tobias Brandt <t.brandt@zertisued.example.de>",
    subject="Vertragsangebot Auditorin Lebensmittelsicherheit (Trainee)",
    date="2026-07-24 10:30", form="alt", look="outlook", cte="quoted-printable",
    text="""Sehr geehrte Frau Delacroix-Mensah,

wir freuen uns, Ihnen nach den Gesprächen mit Frau Maier und mir die Stelle als Auditorin Lebensmittelsicherheit (Trainee) anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot: unbefristete Anstellung in Vollzeit ab 1. Oktober 2026, Jahresgehalt 44.000 € brutto, 30 Urlaubstage, Firmenwagen ab Abschluss der Einarbeitung sowie ein finanzierter Deutschkurs.

Bitte senden Sie uns das unterschriebene Exemplar bis zum 7. August zurück. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen
Tobias Brandt
Personalreferent
ZertiSüd Prüfgesellschaft · Lörracher Straße 11 · 79115 Freiburg
Tel. +49 761 458 20 70""",
    pdfs=[dict(name="Vertragsangebot_Delacroix-Mensah.pdf", title="ZertiSued - Vertragsangebot",
               lines=["Frau Anais Delacroix-Mensah", "Position: Auditorin Lebensmittelsicherheit (Trainee)",
                      "Beginn: 1. Oktober 2026, unbefristet, Vollzeit",
                      "Jahresgehalt: 44.000 EUR brutto", "Rueckmeldung bis 7. August 2026"])],
))

add(dict(
    slug="elztal_vertrag_unterschrift",
    kind="offer", lang="de", company="Bio-Mühle Elztal", contact="r.disch@elztal-muehle.example.de",
    frm="Renate Disch <r.disch@elztal-muehle.example.de>",
    subject="Ihr Arbeitsvertrag zur Unterschrift",
    subj_enc=("iso-8859-1", "Q"), date="2026-09-03 09:45", charset="iso-8859-1", cte="quoted-printable",
    text="""Liebe Frau Delacroix-Mensah,

wie am Telefon besprochen, erhalten Sie heute Ihren Arbeitsvertrag als Beauftragte für Lebensmittelsicherheit bei der Bio-Mühle Elztal zur Unterschrift. Sie können ihn über den folgenden Link elektronisch unterzeichnen:

https://vertrag.elztal-muehle.example.de/sign/2026-017

Beginn ist wie vereinbart der 1. November, die Probezeit beträgt sechs Monate. Wir freuen uns sehr auf die Zusammenarbeit!

Herzliche Grüße aus Waldkirch
Renate Disch
Geschäftsführung
Bio-Mühle Elztal, Mühlenweg 2, 79183 Waldkirch""",
))

add(dict(
    slug="jalon_oferta_pdf",
    kind="offer", lang="es", company="Lácteos Valle del Jalón", contact="beatriz.moreno@lacteosjalon.example.es",
    frm="Beatriz Moreno <beatriz.moreno@lacteosjalon.example.es>",
    subject="Oferta de empleo – Técnica de Seguridad Alimentaria",
    date="2026-10-20 12:50", form="alt", look="simple", cte="base64",
    text="""Hola, Anaïs:

Tras las entrevistas de la semana pasada, nos alegra mucho ofrecerte el puesto de Técnica de Seguridad Alimentaria en nuestra planta de La Almunia de Doña Godina.

Te adjuntamos la carta de oferta con las condiciones: contrato indefinido, 29.000 € brutos anuales en 14 pagas, jornada de lunes a viernes e incorporación el 16 de noviembre.

Si estás de acuerdo, fírmala y devuélvenosla antes del 28 de octubre. Cualquier duda, llámame.

Un saludo,
Beatriz Moreno
Directora de Recursos Humanos
Lácteos Valle del Jalón · Ctra. de Calatayud km 2 · 50100 La Almunia de Doña Godina
Tel. 976 60 21 44""",
    pdfs=[dict(name="carta_oferta_ADM.pdf", title="Lacteos Valle del Jalon - Carta de oferta",
               lines=["Sra. Anais Delacroix-Mensah", "Puesto: Tecnica de Seguridad Alimentaria",
                      "Contrato indefinido, jornada completa", "Salario: 29.000 EUR brutos anuales (14 pagas)",
                      "Incorporacion: 16 de noviembre de 2026"])],
))
