"""Corpus 231: application_received (21) and offer (10)."""

from __future__ import annotations

from msgs231_common import (
    ats_card,
    button,
    mso,
    outlook_html,
    paras,
    simple_html,
    wrote_es,
    wrote_fr,
)
from msgs231_invites import (
    SIG_BRUNNER,
    SIG_HUMMEL,
    SIG_KRANZ,
    SIG_MARTENS,
    SIG_RITTER,
    SIG_VOLLMER,
)
from msgs231_other import THANKS_VOSGELAB

OFFER_CERTALIS = f"""Bonjour Madame Okafor-Brandt,

Suite à vos entretiens, nous avons le plaisir de vous proposer le poste
d'auditrice junior agroalimentaire au sein de notre agence de Metz.

Les principales conditions sont les suivantes :
  - contrat à durée déterminée de 12 mois, évolutif en CDI ;
  - prise de poste le lundi 6 avril 2026 ;
  - rémunération brute annuelle de 31 500 euros, véhicule de service ;
  - six semaines de formation IFS/BRCGS avec un auditeur senior.

Vous trouverez ci-joint notre proposition détaillée. Nous vous remercions de
nous faire part de votre réponse avant le vendredi 27 février.

Nous serions ravis de vous compter parmi nous.

{SIG_HUMMEL}"""


MESSAGES: list[dict] = [
    # ================================================================ application_received
    {
        "kind": "application_received", "slug": "certalis_teamtailor_ack", "lang": "fr",
        "id": "certalis-ack",
        "company": "Certalis Contrôle", "contact": "",
        "from": ("Certalis Contrôle", "no-reply@teamtailor-mail.com"),
        "subject": "Nous avons bien reçu votre candidature - Auditeur/Auditrice junior agroalimentaire",
        "date": "2026-01-12 20:41", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Certalis · Carrières", "#111827", paras("""Bonjour Maëlys,

Merci pour votre candidature au poste d'Auditeur/Auditrice junior
agroalimentaire (Metz). Elle a bien été enregistrée et sera étudiée par notre
équipe dans les prochains jours.

Vous pouvez suivre son avancement et mettre à jour vos documents depuis votre
espace candidat.""") + button("Mon espace candidat",
                               "https://certalis.teamtailor.example.com/connect/me", "#111827")
            + paras("""À bientôt,
L'équipe recrutement Certalis"""),
            "Envoyé par Teamtailor pour le compte de Certalis Contrôle SAS.", "fr"),
    },
    {
        "kind": "application_received", "slug": "heimburger_workday_ack", "lang": "fr",
        "id": "heim-ack",
        "company": "Biscuiterie Heimburger", "contact": "",
        "from": ("Biscuiterie Heimburger", "heimburger@myworkday.com"),
        "subject": "Confirmation de candidature : Technicien(ne) qualité (R-00482)",
        "date": "2026-02-03 06:12", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys Okafor-Brandt,

Nous vous remercions pour votre candidature au poste Technicien(ne) qualité
(R-00482), site de Geispolsheim. Votre dossier a été transmis à notre équipe
recrutement.

En raison du nombre important de candidatures, nous ne pouvons malheureusement
pas répondre individuellement à chaque candidat avant la fin de la période de
sélection. Si votre profil correspond à nos besoins, nous prendrons contact
avec vous dans un délai de trois semaines.

Vous pouvez consulter le statut de votre candidature à tout moment :
https://heimburger.wd3.myworkday.com/fr-FR/Heimburger_Careers/userHome

Cordialement,
Le service recrutement - Biscuiterie Heimburger

Ceci est un message automatique, merci de ne pas y répondre.
""",
        "html": ats_card("Biscuiterie Heimburger", "#92400e", paras("""Bonjour Maëlys Okafor-Brandt,

Nous vous remercions pour votre candidature au poste Technicien(ne) qualité
(R-00482), site de Geispolsheim. Votre dossier a été transmis à notre équipe
recrutement.

En raison du nombre important de candidatures, nous ne pouvons malheureusement
pas répondre individuellement à chaque candidat avant la fin de la période de
sélection. Si votre profil correspond à nos besoins, nous prendrons contact
avec vous dans un délai de trois semaines.""")
            + button("Voir ma candidature",
                     "https://heimburger.wd3.myworkday.com/fr-FR/Heimburger_Careers/userHome",
                     "#92400e")
            + paras("Cordialement,\nLe service recrutement - Biscuiterie Heimburger"),
            "Ceci est un message automatique, merci de ne pas y répondre.", "fr"),
        "cte": "base64", "html_cte": "qp",
    },
    {
        "kind": "application_received", "slug": "interim_pluriel_inscription", "lang": "fr",
        "id": "interim-ack",
        "company": "Intérim Pluriel", "contact": "j.ritter@interim-pluriel.example.fr",
        "from": ("Intérim Pluriel Strasbourg", "strasbourg@interim-pluriel.example.fr"),
        "from_enc": ("iso-8859-1", "Q"),
        "reply_to": ("Jérôme Ritter", "j.ritter@interim-pluriel.example.fr"),
        "subject": "Votre inscription chez Intérim Pluriel est confirmée",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-01-08 15:30",
        "text": """Bonjour Maëlys,

Merci d'être passée à l'agence ce matin. Votre inscription est désormais
complète : nous avons bien reçu votre CV, votre pièce d'identité, votre
attestation de formation HACCP et votre RIB.

Votre dossier est visible par tous les chargés de recrutement de l'agence. Je
suis votre interlocuteur principal pour les missions qualité en
agroalimentaire ; je vous contacte dès qu'une mission correspond à votre
profil.

""" + SIG_RITTER + "\n",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "application_received", "slug": "stahl_bien_recu_cv", "lang": "fr",
        "id": "stahl-ack",
        "company": "Chocolaterie Stahl", "contact": "sabine@chocolaterie-stahl.example.fr",
        "from": ("Sabine Stahl", "sabine@chocolaterie-stahl.example.fr"),
        "subject": "Re: Candidature - assistante qualité atelier",
        "date": "2026-03-02 18:05",
        "refs": ["<cand-stahl-0227@example.fr>"],
        "text": """Bonjour Madame Okafor-Brandt,

Nous avons bien reçu votre CV et votre lettre, merci. Je les lis avec mon mari
ce week-end et nous revenons vers vous la semaine prochaine.

Bien cordialement,
Sabine Stahl
Chocolaterie Stahl - 9 rue des Marchands, 68000 Colmar

""" + wrote_fr("ven. 27 févr. 2026 à 11:12", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour le poste d'assistante
qualité de votre atelier. Je serais ravie de vous rencontrer lors d'un
entretien.

Maëlys Okafor-Brandt""") + "\n",
        "cte": "8bit",
    },
    {
        "kind": "application_received", "slug": "wolff_recruitee_ack", "lang": "fr",
        "id": "wolff-ack",
        "company": "Confiserie Wolff", "contact": "",
        "from": ("Confiserie Wolff", "confiserie-wolff@jobs.recruitee.com"),
        "subject": "Merci pour votre candidature, Maëlys !",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-04-13 09:44", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys,

Merci d'avoir postulé au poste d'Assistante qualité (Ribeauvillé) ! Nous avons
bien reçu votre dossier et nous l'examinerons avec attention.

Notre processus : présélection sous 10 jours, entretien vidéo, puis rencontre
à la confiserie. Nous vous tiendrons informée à chaque étape.

À très vite,
L'équipe Confiserie Wolff
""",
    },
    {
        "kind": "application_received", "slug": "surgeles_thur_smartrecruiters", "lang": "fr",
        "id": "thur-ack",
        "company": "Surgelés de la Thur", "contact": "",
        "from": ("Surgelés de la Thur", "noreply@smartrecruiters.com"),
        "subject": "Votre candidature pour Auditeur Interne Qualité H/F a bien été envoyée",
        "date": "2026-03-16 13:02", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Surgelés de la Thur", "#0369a1", paras("""Bonjour Maëlys,

Merci de l'intérêt que vous portez à Surgelés de la Thur. Nous confirmons la
bonne réception de votre candidature pour le poste Auditeur Interne Qualité H/F
(Cernay).

Notre équipe examine chaque dossier. Nous reviendrons vers vous si votre profil
est retenu pour la suite du processus.""")
            + button("Suivre ma candidature",
                     "https://jobs.smartrecruiters.com/SurgelesDeLaThur/status", "#0369a1"),
            "Powered by SmartRecruiters · Politique de confidentialité", "fr"),
    },
    {
        "kind": "application_received", "slug": "alsace_talents_cv_recu", "lang": "fr",
        "id": "at-ack",
        "company": "Alsace Talents Recrutement", "contact": "elodie.fuchs@alsace-talents.example.fr",
        "from": ("Élodie Fuchs", "elodie.fuchs@alsace-talents.example.fr"),
        "from_enc": ("utf-8", "B"),
        "subject": "Accusé de réception - votre candidature (réf. AT-2026-114)",
        "date": "2026-05-11 09:20",
        "text": """Bonjour Madame Okafor-Brandt,

Je vous confirme la bonne réception de votre candidature pour le poste de
responsable hygiène que nous recrutons pour l'un de nos clients, acteur de la
restauration collective dans le Bas-Rhin (réf. AT-2026-114).

Je reviendrai vers vous sous quinze jours, une fois la présélection faite.

Cordialement,

Élodie Fuchs
Consultante - Alsace Talents Recrutement
6 rue du Dôme, 67000 Strasbourg · 03 88 75 11 64
""",
        "html": outlook_html(mso("""Bonjour Madame Okafor-Brandt,

Je vous confirme la bonne réception de votre candidature pour le poste de
responsable hygiène que nous recrutons pour l'un de nos clients, acteur de la
restauration collective dans le Bas-Rhin (réf. AT-2026-114).

Je reviendrai vers vous sous quinze jours, une fois la présélection faite.

Cordialement,

Élodie Fuchs
Consultante - Alsace Talents Recrutement
6 rue du Dôme, 67000 Strasbourg · 03 88 75 11 64""")),
    },
    {
        "kind": "application_received", "slug": "marchefrais_taleo_ack", "lang": "fr",
        "id": "mfa-ack",
        "company": "Marché Frais d'Alsace", "contact": "",
        "from": ("Marché Frais d'Alsace - Recrutement", "marchefrais@taleo.net"),
        "subject": "Accusé de réception de votre candidature - Auditrice qualité magasins",
        "date": "2026-04-27 22:15", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Madame Okafor-Brandt,

Votre candidature au poste « Auditeur/Auditrice qualité magasins - Bas-Rhin »
(réf. 2600317) a été enregistrée le 27/04/2026.

Nos équipes vont l'étudier avec attention. Vous serez informée par e-mail de la
suite donnée à votre candidature.

Pour consulter votre dossier : https://marchefrais.taleo.net/careersection/mfa/mysubmissions.ftl

Merci de l'intérêt que vous portez à Marché Frais d'Alsace.

Ce message a été généré automatiquement. Merci de ne pas y répondre.
""",
        "charset": "windows-1252", "cte": "qp",
    },
    {
        "kind": "application_received", "slug": "biolabo_rhin_reception", "lang": "fr",
        "id": "biolabo-ack",
        "company": "Biolabo Rhin", "contact": "a.lang@biolabo-rhin.example.fr",
        "from": ("Arnaud Lang", "a.lang@biolabo-rhin.example.fr"),
        "subject": "Réception de votre dossier - technicienne hygiène alimentaire",
        "subject_enc": ("iso-8859-1", "B"),
        "date": "2026-06-09 11:50",
        "text": """Madame,

J'accuse réception de votre dossier de candidature pour le poste de technicienne
hygiène alimentaire (prélèvements et audits en restauration).

Les entretiens sont prévus à partir du 22 juin. Sans nouvelles de notre part
d'ici au 30 juin, vous pourrez considérer que votre candidature n'a pas été
retenue pour cette fois.

Salutations distinguées,

Arnaud Lang
Responsable du pôle hygiène - Biolabo Rhin
4 rue Boussingault, 67000 Strasbourg
""",
        "charset": "iso-8859-1", "cte": "base64",
    },
    {
        "kind": "application_received", "slug": "analysest_bamboohr_ack", "lang": "fr",
        "id": "analyst-ack",
        "company": "Analys'Est", "contact": "",
        "from": ("Analys'Est", "notifications@app.bamboohr.com"),
        "subject": "Merci pour votre candidature chez Analys'Est",
        "date": "2026-02-17 08:31", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Bonjour Maëlys,

Merci de votre intérêt pour le poste d'Auditeur/Auditrice Hygiène (Metz).
Nous avons bien reçu votre candidature.

Nous examinons les candidatures au fil de l'eau ; les candidats présélectionnés
seront conviés à une journée d'évaluation en mars.

Cordialement,
L'équipe Analys'Est
""",
        "html": simple_html(paras("""Bonjour Maëlys,

Merci de votre intérêt pour le poste d'Auditeur/Auditrice Hygiène (Metz).
Nous avons bien reçu votre candidature.

Nous examinons les candidatures au fil de l'eau ; les candidats présélectionnés
seront conviés à une journée d'évaluation en mars.

Cordialement,
L'équipe Analys'Est""")),
    },
    # --- English acknowledgements
    {
        "kind": "application_received", "slug": "euroaudit_greenhouse_ack", "lang": "en",
        "id": "euro-ack",
        "company": "EuroAudit Food", "contact": "",
        "from": ("EuroAudit Food", "no-reply@greenhouse-mail.io"),
        "subject": "Thank you for applying to EuroAudit Food",
        "date": "2026-04-07 19:03", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hi Maëlys,

Thanks for applying for the Food Safety Auditor (Brussels) role at EuroAudit
Food. Your application has been received and our team will review it shortly.

Due to the high volume of applications, we are unfortunately not able to reply
to every applicant individually. If your profile matches what we are looking
for, someone from our team will be in touch within two weeks.

Best,
The EuroAudit Food Talent Team
""",
        "html": ats_card("EuroAudit Food", "#047857", paras("""Hi Maëlys,

Thanks for applying for the Food Safety Auditor (Brussels) role at EuroAudit
Food. Your application has been received and our team will review it shortly.

Due to the high volume of applications, we are unfortunately not able to reply
to every applicant individually. If your profile matches what we are looking
for, someone from our team will be in touch within two weeks.

Best,
The EuroAudit Food Talent Team"""), "Sent via Greenhouse.", "en"),
    },
    {
        "kind": "application_received", "slug": "qualigourmet_workable_ack", "lang": "en",
        "id": "qg-ack",
        "company": "QualiGourmet Lab", "contact": "",
        "from": ("QualiGourmet Lab", "noreply@workablemail.com"),
        "subject": "Your application for Food Safety Auditor at QualiGourmet Lab",
        "date": "2026-02-24 10:18", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("QualiGourmet Lab", "#6d28d9", paras("""Dear Maëlys,

This is to confirm that we've received your application for Food Safety
Auditor in Brussels. Thank you for your interest in QualiGourmet Lab.

What happens next: our hiring team reviews applications every Friday. You'll
hear from us either way.

Regards,
QualiGourmet Lab Hiring Team"""), "Powered by Workable", "en"),
    },
    {
        "kind": "application_received", "slug": "meridian_icims_ack", "lang": "en",
        "id": "meridian-ack",
        "company": "Meridian Dairy Europe", "contact": "",
        "from": ("Meridian Dairy Europe Careers", "meridian@talent.icims.com"),
        "subject": "Application received - Supplier Quality Auditor (Req 26-0417)",
        "date": "2026-05-19 14:47", "tz": "-0400",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Dear Maëlys Okafor-Brandt,

Thank you for your interest in Meridian Dairy Europe. We confirm receipt of
your application for the position of Supplier Quality Auditor (Brussels),
requisition 26-0417.

Your application will be reviewed against the requirements of the role. You
can log in to the careers portal at any time to check its status.

Sincerely,
Talent Acquisition
Meridian Dairy Europe

Please do not reply to this message; this mailbox is not monitored.
""",
        "cte": "7bit",
    },
    {
        "kind": "application_received", "slug": "harbour_lever_ack", "lang": "en",
        "id": "harbour-ack",
        "company": "Harbour Grain", "contact": "",
        "from": ("Harbour Grain Co.", "no-reply@hire.lever.co"),
        "subject": "Harbour Grain Co. - we got your application!",
        "date": "2026-05-30 08:05", "tz": "utc",
        "text": """Hi Maëlys,

Thanks for applying to the QA Auditor position at Harbour Grain Co. - we got
your application and a real person will read it, usually within a week.

Harbour Grain Co.
""",
        "html": simple_html(paras("""Hi Maëlys,

Thanks for applying to the QA Auditor position at Harbour Grain Co. - we got
your application and a real person will read it, usually within a week.

Harbour Grain Co.""") + '<p style="font-size:11px;color:#888">Sent via Lever</p>', "en"),
    },
    {
        "kind": "application_received", "slug": "freshtrace_ashby_ack", "lang": "en",
        "id": "fresh-ack",
        "company": "FreshTrace", "contact": "",
        "from": ("FreshTrace Hiring", "no-reply@ashbyhq.com"),
        "subject": "Application received: Field Auditor, Food Safety",
        "date": "2026-07-06 11:32", "tz": "utc",
        "html": ats_card("FreshTrace", "#0f766e", paras("""Hi Maëlys,

Thanks for your application for Field Auditor, Food Safety (Brussels / hybrid).
We've received it and the team will take a look.

While you wait: here's how we think about traceability, in two minutes.""")
            + button("Read our field guide", "https://freshtrace.example.io/field-guide", "#0f766e"),
            "Sent with Ashby", "en"),
    },
    # --- German acknowledgements
    {
        "kind": "application_received", "slug": "rheinfood_personio_eingang", "lang": "de",
        "id": "rhein-ack",
        "company": "Rheinfood", "contact": "",
        "from": ("Rheinfood GmbH", "no-reply@personio.de"),
        "subject": "Eingangsbestätigung Ihrer Bewerbung: Qualitätsauditorin (w/m/d) Lieferanten",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-03-02 08:14", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Sehr geehrte Frau Okafor-Brandt,

vielen Dank für Ihre Bewerbung als Qualitätsauditorin (w/m/d) Lieferanten und
Ihr Interesse an Rheinfood. Ihre Unterlagen sind vollständig bei uns
eingegangen.

Wir prüfen Ihre Bewerbung sorgfältig und melden uns in den nächsten zwei Wochen
bei Ihnen.

Mit freundlichen Grüßen
Ihr Rheinfood Recruiting-Team

Diese E-Mail wurde automatisch erstellt.
""",
        "charset": "iso-8859-1", "cte": "qp",
    },
    {
        "kind": "application_received", "slug": "basler_successfactors_eingang", "lang": "de",
        "id": "basler-ack",
        "company": "Basler Backwaren", "contact": "",
        "from": ("Basler Backwaren Karriere", "noreply@successfactors.eu"),
        "subject": "Ihre Bewerbung ist bei uns eingegangen",
        "date": "2026-06-03 07:59", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Basler Backwaren · Karriere", "#b91c1c", paras("""Grüezi Frau Okafor-Brandt

Besten Dank für Ihre Bewerbung als Qualitätsauditorin Produktion (100 %).
Ihre Unterlagen sind bei uns eingegangen und werden nun von unserem HR-Team
und der Fachabteilung geprüft.

Den Stand Ihrer Bewerbung sehen Sie jederzeit in Ihrem Kandidatenprofil.

Freundliche Grüsse
Basler Backwaren AG, Human Resources""")
            + button("Zum Kandidatenprofil",
                     "https://career5.successfactors.eu/career?company=baslerbackP", "#b91c1c"),
            "Dies ist eine automatisch generierte Nachricht.", "de"),
        "html_cte": "base64",
    },
    {
        "kind": "application_received", "slug": "badische_softgarden_eingang", "lang": "de",
        "id": "badische-ack",
        "company": "Badische Feinkost", "contact": "",
        "from": ("Badische Feinkost via softgarden", "noreply@softgarden.io"),
        "subject": "Bestätigung: Ihre Bewerbung als Hygienemanagerin (m/w/d)",
        "date": "2026-07-27 12:40", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hallo Frau Okafor-Brandt,

wir bestätigen den Eingang Ihrer Bewerbung als Hygienemanagerin (m/w/d) am
Standort Karlsruhe-Rheinhafen.

Aufgrund der Vielzahl der Bewerbungen können wir leider nicht jede Anfrage
einzeln beantworten. Bitte sehen Sie von Rückfragen zum Stand ab – wir melden
uns, sobald die Vorauswahl abgeschlossen ist.

Viele Grüße
Ihr Recruiting-Team der Badischen Feinkost
""",
        "html": ats_card("Badische Feinkost", "#15803d", paras("""Hallo Frau Okafor-Brandt,

wir bestätigen den Eingang Ihrer Bewerbung als Hygienemanagerin (m/w/d) am
Standort Karlsruhe-Rheinhafen.

Aufgrund der Vielzahl der Bewerbungen können wir leider nicht jede Anfrage
einzeln beantworten. Bitte sehen Sie von Rückfragen zum Stand ab – wir melden
uns, sobald die Vorauswahl abgeschlossen ist.

Viele Grüße
Ihr Recruiting-Team der Badischen Feinkost"""), "softgarden e-recruiting", "de"),
    },
    # --- Spanish acknowledgements
    {
        "kind": "application_received", "slug": "ibarrola_smartrecruiters_recibida", "lang": "es",
        "id": "ibar-ack",
        "company": "Conservas Ibarrola", "contact": "",
        "from": ("Conservas Ibarrola", "noreply@smartrecruiters.com"),
        "subject": "Hemos recibido tu candidatura - Técnico/a de Calidad",
        "subject_enc": ("iso-8859-1", "Q"),
        "date": "2026-05-04 09:10", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "text": """Hola Maëlys:

Gracias por presentar tu candidatura al puesto de Técnico/a de Calidad
(Bilbao). La hemos recibido correctamente y nuestro equipo la revisará en los
próximos días.

Puedes consultar el estado de tu candidatura en
https://jobs.smartrecruiters.com/ConservasIbarrola/status

Saludos,
Equipo de Selección · Conservas Ibarrola
""",
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "kind": "application_received", "slug": "txokolate_teamtailor_recibida", "lang": "es",
        "id": "txoko-ack", "refs": ["txoko-apply"],
        "company": "Grupo Txokolate", "contact": "",
        "from": ("Grupo Txokolate", "no-reply@teamtailor-mail.com"),
        "subject": "¡Gracias por tu candidatura, Maëlys!",
        "subject_enc": ("utf-8", "B"),
        "date": "2026-05-12 07:30", "tz": "utc",
        "headers": [("Auto-Submitted", "auto-generated")],
        "html": ats_card("Grupo Txokolate", "#78350f", paras("""Hola Maëlys:

Hemos recibido tu candidatura para Técnica de Calidad y Seguridad Alimentaria
(Bilbao). ¡Gracias por pensar en nosotros!

Revisamos todas las candidaturas personalmente. Te escribiremos en cuanto
tengamos novedades sobre el proceso.

Un saludo dulce,
El equipo de Personas de Grupo Txokolate"""), "Enviado con Teamtailor", "es"),
    },
    {
        "kind": "application_received", "slug": "norte_talento_alta", "lang": "es",
        "id": "norte-ack",
        "company": "Norte Talento", "contact": "ainhoa.ruiz@nortetalento.example.es",
        "from": ("Ainhoa Ruiz", "ainhoa.ruiz@nortetalento.example.es"),
        "subject": "Alta completada en Norte Talento ETT",
        "date": "2026-06-16 13:25", "tz": "Europe/Madrid",
        "text": """Hola Maëlys:

Te confirmo que ya estás dada de alta en nuestra base de candidatos. Hemos
recibido tu CV y la copia de tu certificado de manipuladora de alimentos.

Te he asignado a la cartera de calidad alimentaria; en cuanto salga un proceso
que encaje contigo te llamo.

Un saludo,
Ainhoa Ruiz
Consultora · Norte Talento ETT
Calle Ercilla 18, 48009 Bilbao · 944 10 72 65
""",
    },

    # ================================================================ offer
    {
        "kind": "offer", "slug": "certalis_proposition_pdf", "lang": "fr",
        "id": "certalis-offer", "refs": ["certalis-screen", "certalis-panel", "certalis-move"],
        "company": "Certalis Contrôle", "contact": "claire.hummel@certalis.example.fr",
        "from": ("Claire Hummel", "claire.hummel@certalis.example.fr"),
        "subject": "Proposition d'embauche - Auditrice junior",
        "date": "2026-02-20 16:02",
        "text": OFFER_CERTALIS + "\n",
        "html": outlook_html(mso(OFFER_CERTALIS)),
        "pdfs": [{"filename": "Proposition_embauche_Okafor-Brandt.pdf",
                  "title": "Proposition d'embauche",
                  "lines": ["Certalis Contrôle - Agence Grand Est",
                            "Proposition d'embauche",
                            "Mme Maëlys Okafor-Brandt",
                            "Poste : auditrice junior agroalimentaire",
                            "Contrat : CDD 12 mois, évolutif en CDI",
                            "Début : 6 avril 2026",
                            "Rémunération : 31 500 € bruts annuels",
                            "Réponse souhaitée avant le 27 février 2026"]}],
    },
    {
        "kind": "offer", "slug": "vosgelab_suite_offre_orale", "lang": "fr",
        "id": "vosge-offer", "refs": ["vosge-inv", "vosge-ty"],
        "company": "Vosgelab", "contact": "helene.fritsch@vosgelab.example.fr",
        "from": ("Dr Hélène Fritsch", "helene.fritsch@vosgelab.example.fr"),
        "subject": "Re: Merci pour la journée d'essai",
        "date": "2026-09-02 12:15",
        "text": """Bonjour Maëlys,

Comme je vous l'ai annoncé au téléphone ce matin, l'équipe a été unanime : nous
souhaitons vous embaucher comme technicienne hygiène des aliments. Je vous
confirme par écrit les éléments dont nous avons parlé : CDI, prise de poste le
1er octobre, 2 250 euros bruts mensuels sur 13 mois, formation à l'accréditation
COFRAC les deux premiers mois.

Le contrat vous sera envoyé par notre service administratif d'ici vendredi. En
attendant, n'hésitez pas à m'appeler si vous avez la moindre question.

Au plaisir de vous accueillir,

Dr Hélène Fritsch
Directrice - Vosgelab
03 89 20 31 75

""" + wrote_fr("jeu. 27 août 2026 à 18:03", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               THANKS_VOSGELAB) + "\n",
        "cte": "qp",
    },
    {
        "kind": "offer", "slug": "analysest_contrat_a_signer", "lang": "fr",
        "id": "analyst-offer", "refs": ["analyst-inv", "analyst-move"],
        "company": "Analys'Est", "contact": "f.muller@analysest.example.fr",
        "from": ("Florence Muller", "f.muller@analysest.example.fr"),
        "subject": "Votre contrat de travail à signer - Auditrice hygiène",
        "date": "2026-04-10 14:40",
        "text": """Madame Okafor-Brandt,

Suite à votre accord téléphonique du 8 avril, vous trouverez ci-joint votre
contrat de travail à durée indéterminée en qualité d'auditrice hygiène, ainsi
que la fiche de poste.

Merci de nous retourner un exemplaire paraphé et signé avant le 20 avril, par
courrier ou scanné en réponse à ce message. Votre date d'entrée est fixée au
4 mai 2026 ; votre période d'essai est de trois mois.

Nous sommes heureux de vous accueillir dans l'équipe.

Florence Muller
Responsable administrative et RH
Analys'Est - 2 rue Augustin Fresnel, 57070 Metz · 03 87 20 66 10

Ce message et ses pièces jointes peuvent contenir des informations
confidentielles. Si vous l'avez reçu par erreur, merci d'en informer
l'expéditeur et de le supprimer.
""",
        "charset": "windows-1252", "cte": "qp",
        "pdfs": [{"filename": "Contrat_CDI_Okafor-Brandt.pdf", "title": "Contrat de travail",
                  "lines": ["CONTRAT DE TRAVAIL A DUREE INDETERMINEE",
                            "Entre Analys'Est, 2 rue Augustin Fresnel, 57070 Metz",
                            "et Mme Maëlys Okafor-Brandt",
                            "Article 1 - Fonctions : auditrice hygiène",
                            "Article 2 - Date d'entrée : 4 mai 2026",
                            "Article 3 - Période d'essai : 3 mois",
                            "Signature :"]},
                 {"filename": "Fiche_de_poste_auditrice.pdf", "title": "Fiche de poste",
                  "lines": ["Fiche de poste - Auditrice hygiène",
                            "Audits en restauration et industrie, rapports, formation HACCP"]}],
    },
    {
        "kind": "offer", "slug": "alsace_talents_client_frischmann", "lang": "fr",
        "id": "at-offer", "refs": ["at-ack"],
        "company": "Frischmann Traiteur", "contact": "elodie.fuchs@alsace-talents.example.fr",
        "from": ("Élodie Fuchs", "elodie.fuchs@alsace-talents.example.fr"),
        "subject": "Excellente nouvelle - Frischmann Traiteur",
        "date": "2026-06-12 17:45",
        "text": """Bonjour Maëlys,

Je sors d'un appel avec la direction de Frischmann Traiteur : ils ont été
convaincus par votre entretien de mardi et souhaitent vous faire une offre pour
le poste de responsable hygiène de leur cuisine centrale d'Illkirch.

Leur proposition : CDI, 36 000 euros bruts annuels plus prime d'objectifs,
démarrage souhaité le 1er septembre. Ils vous enverront la promesse d'embauche
écrite dès que vous leur aurez donné votre accord de principe.

On s'appelle demain matin pour en parler ?

Élodie Fuchs
Consultante - Alsace Talents Recrutement
03 88 75 11 64
""",
        "html": simple_html(paras("""Bonjour Maëlys,

Je sors d'un appel avec la direction de Frischmann Traiteur : ils ont été
convaincus par votre entretien de mardi et souhaitent vous faire une offre pour
le poste de responsable hygiène de leur cuisine centrale d'Illkirch.

Leur proposition : CDI, 36 000 euros bruts annuels plus prime d'objectifs,
démarrage souhaité le 1er septembre. Ils vous enverront la promesse d'embauche
écrite dès que vous leur aurez donné votre accord de principe.

On s'appelle demain matin pour en parler ?

Élodie Fuchs
Consultante - Alsace Talents Recrutement
03 88 75 11 64""")),
        "html_cte": "base64",
    },
    {
        "kind": "offer", "slug": "bruche_promesse_embauche", "lang": "fr",
        "id": "bruche-offer", "refs": ["bruche-inv", "bruche-move"],
        "company": "Moulins de la Bruche", "contact": "s.kieffer@moulins-bruche.example.fr",
        "from": ("Sylvie Kieffer", "s.kieffer@moulins-bruche.example.fr"),
        "subject": "Promesse d'embauche - Assistante qualité (remplacement)",
        "subject_enc": ("utf-8", "Q"),
        "date": "2026-06-26 10:30",
        "text": """Bonjour Madame Okafor-Brandt,

Suite à notre rencontre du 22 juin avec M. Roos, j'ai le plaisir de vous
adresser ci-joint une promesse d'embauche pour le poste d'assistante qualité, en
contrat à durée déterminée de remplacement (congé maternité), du 1er septembre
2026 au 28 février 2027.

Merci de nous la retourner datée et signée si elle vous convient.

Sylvie Kieffer
Responsable qualité - Moulins de la Bruche
""",
        "pdfs": [{"filename": "Promesse_d'embauche_Maëlys.pdf", "title": "Promesse d'embauche",
                  "lines": ["Moulins de la Bruche - Dachstein",
                            "Promesse d'embauche",
                            "Mme Maëlys Okafor-Brandt - Assistante qualité",
                            "CDD de remplacement du 01/09/2026 au 28/02/2027",
                            "Salaire : 2 150 € bruts mensuels"]}],
    },
    # --- English offers
    {
        "kind": "offer", "slug": "euroaudit_verbal_offer_followup", "lang": "en",
        "id": "euro-offer", "refs": ["euro-inv", "euro-move"],
        "company": "EuroAudit Food", "contact": "sophie.martens@euroaudit-food.example.be",
        "from": ("Sophie Martens", "sophie.martens@euroaudit-food.example.be"),
        "subject": "Following up on our call - your offer from EuroAudit Food",
        "date": "2026-05-05 17:20", "tz": "Europe/Brussels",
        "text": f"""Hi Maëlys,

It was a pleasure to share the good news on the phone earlier - Pieter and the
team were really impressed by your case study. To recap what we discussed:

  - Role: Food Safety Auditor, Brussels office, permanent contract
  - Start date: 1 July 2026 (flexible by two weeks)
  - Salary: EUR 3,650 gross per month, 13.92 months, plus meal vouchers
  - Company car after your probation, and full IFS/BRCGS qualification path

The formal contract will follow in the next few days. In the meantime, feel
free to call me with any question.

Welcome aboard (almost)!

{SIG_MARTENS}
""",
        "html": outlook_html(mso(f"""Hi Maëlys,

It was a pleasure to share the good news on the phone earlier - Pieter and the
team were really impressed by your case study. To recap what we discussed:

  - Role: Food Safety Auditor, Brussels office, permanent contract
  - Start date: 1 July 2026 (flexible by two weeks)
  - Salary: EUR 3,650 gross per month, 13.92 months, plus meal vouchers
  - Company car after your probation, and full IFS/BRCGS qualification path

The formal contract will follow in the next few days. In the meantime, feel
free to call me with any question.

Welcome aboard (almost)!

{SIG_MARTENS}"""), "en"),
    },
    {
        "kind": "offer", "slug": "euroaudit_contract_for_signature", "lang": "en",
        "id": "euro-contract", "refs": ["euro-inv", "euro-offer"],
        "company": "EuroAudit Food", "contact": "hr@euroaudit-food.example.be",
        "from": ("EuroAudit Food HR", "hr@euroaudit-food.example.be"),
        "cc": [("Sophie Martens", "sophie.martens@euroaudit-food.example.be")],
        "subject": "Your employment contract - please sign and return",
        "date": "2026-05-08 11:05", "tz": "Europe/Brussels",
        "text": """Dear Maëlys,

Further to the offer Sophie confirmed on 5 May, please find attached your
employment contract for the position of Food Safety Auditor, together with our
work regulations (arbeidsreglement / règlement de travail).

Please sign the contract (every page initialled) and return a scan to this
address by 15 May. If anything is unclear, we are happy to go through it with
you.

Kind regards,
Human Resources
EuroAudit Food | Rue Belliard 40 | 1040 Brussels

The information in this email is confidential and may be legally privileged.
It is intended solely for the addressee.
""",
        "cte": "8bit",
        "pdfs": [{"filename": "EmploymentContract_OkaforBrandt.pdf",
                  "title": "Employment contract",
                  "lines": ["EMPLOYMENT CONTRACT (open-ended)",
                            "EuroAudit Food - Rue Belliard 40 - 1040 Brussels",
                            "Employee: Maëlys Okafor-Brandt",
                            "Function: Food Safety Auditor",
                            "Start: 1 July 2026",
                            "Gross monthly salary: EUR 3,650"]}],
    },
    # --- German offers
    {
        "kind": "offer", "slug": "basler_vertragsangebot", "lang": "de",
        "id": "basler-offer", "refs": ["basler-inv", "basler-move"],
        "company": "Basler Backwaren", "contact": "regula.brunner@basler-backwaren.example.ch",
        "from": ("Regula Brunner", "regula.brunner@basler-backwaren.example.ch"),
        "subject": "Vertragsangebot: Qualitätsauditorin Produktion",
        "date": "2026-07-06 15:10", "tz": "Europe/Zurich",
        "text": f"""Grüezi Frau Okafor-Brandt

Es freut mich sehr, Ihnen nach dem Assessment-Center im Namen der
Geschäftsleitung die Stelle als Qualitätsauditorin Produktion anbieten zu
dürfen. Die Eckdaten:

  - Pensum 100 %, unbefristet, Eintritt per 1. September 2026
  - Jahreslohn CHF 84'500 brutto (13 Monatslöhne)
  - Grenzgängerbewilligung G wird von uns beantragt

Das Angebot im Detail finden Sie im angehängten PDF. Wir bitten Sie um Ihre
Rückmeldung bis zum 15. Juli.

Freundliche Grüsse
{SIG_BRUNNER}
""",
        "charset": "windows-1252", "cte": "qp",
        "pdfs": [{"filename": "Vertragsangebot_Okafor-Brandt.pdf", "title": "Vertragsangebot",
                  "lines": ["Basler Backwaren - Human Resources",
                            "Vertragsangebot für Frau Maëlys Okafor-Brandt",
                            "Funktion: Qualitätsauditorin Produktion",
                            "Eintritt: 1. September 2026",
                            "Jahreslohn: CHF 84'500 brutto"]}],
    },
    {
        "kind": "offer", "slug": "vogelsang_mandant_schwarzwald_angebot", "lang": "de",
        "id": "vogel-offer",
        "company": "Schwarzwald Molkerei", "contact": "b.kranz@vogelsang-search.example.de",
        "from": ("Bettina Kranz", "b.kranz@vogelsang-search.example.de"),
        "subject": "Schwarzwald Molkerei möchte Ihnen ein Angebot machen",
        "date": "2026-10-14 18:05", "tz": "Europe/Berlin",
        "text": f"""Liebe Frau Okafor-Brandt,

ich habe wunderbare Nachrichten: Die Schwarzwald Molkerei möchte Sie als
Lieferantenauditorin einstellen. Der Geschäftsführer war von Ihrem zweiten
Gespräch in Freiburg sehr angetan.

Das Angebot: unbefristet, 58.000 EUR brutto im Jahr plus Dienstwagen,
Start zum 1. Januar 2027, zwei Tage Homeoffice pro Woche. Der schriftliche
Vertrag kommt direkt von der Molkerei, sobald Sie mir Ihr grundsätzliches
Einverständnis geben.

Rufen Sie mich gerne heute Abend noch an.

Herzliche Grüße
{SIG_KRANZ}
""",
        "html": simple_html(paras("""Liebe Frau Okafor-Brandt,

ich habe wunderbare Nachrichten: Die Schwarzwald Molkerei möchte Sie als
Lieferantenauditorin einstellen. Der Geschäftsführer war von Ihrem zweiten
Gespräch in Freiburg sehr angetan.

Das Angebot: unbefristet, 58.000 EUR brutto im Jahr plus Dienstwagen,
Start zum 1. Januar 2027, zwei Tage Homeoffice pro Woche. Der schriftliche
Vertrag kommt direkt von der Molkerei, sobald Sie mir Ihr grundsätzliches
Einverständnis geben.

Rufen Sie mich gerne heute Abend noch an.

Herzliche Grüße
Bettina Kranz
Vogelsang Executive Search · +49 721 600 38 15"""), "de"),
    },
    # --- Spanish offer
    {
        "kind": "offer", "slug": "deusto_oferta", "lang": "es",
        "id": "deusto-offer", "refs": ["deusto-inv"],
        "company": "Panificadora Deusto", "contact": "lorea@panificadora-deusto.example.es",
        "from": ("Lorea Zubizarreta", "lorea@panificadora-deusto.example.es"),
        "subject": "Nuestra oferta para el puesto de Responsable de Calidad",
        "date": "2026-10-16 13:00", "tz": "Europe/Madrid",
        "text": """Hola Maëlys:

¡Nos encantó tenerte en el obrador el martes! Queremos ofrecerte el puesto de
Responsable de Calidad y Seguridad Alimentaria. Te resumo las condiciones:

  - Contrato indefinido, jornada completa
  - Incorporación: 1 de diciembre de 2026
  - Salario bruto anual: 34.000 euros en 14 pagas
  - Ayuda para la mudanza a Bilbao

Si te parece bien, te enviamos el contrato la semana que viene. Cualquier duda,
llámame.

Un abrazo,
Lorea Zubizarreta
Personas y Organización - Panificadora Deusto
944 75 08 31

""" + wrote_es("mar, 13 oct 2026 a las 19:40", "Maëlys Okafor-Brandt", "maelys.ob@example.fr",
               "¡Muchas gracias por la jornada de hoy, Lorea! Me ha encantado el obrador.") + "\n",
        "charset": "iso-8859-1", "cte": "qp",
    },
]
