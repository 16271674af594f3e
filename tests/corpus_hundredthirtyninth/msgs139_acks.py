"""Application acknowledgements and offers of the hundredthirtyninth corpus, one by one."""

from __future__ import annotations

from msgs139_common import (
    ALPINEX_WORKDAY,
    BIONETA_WORKABLE,
    BIRSFELDEN_SF,
    CELLVIA_PERSONIO,
    GERLAND_TEAMTAILOR,
    HELVEPHARM_SR,
    LEMAN_NOTICE,
    LIFFEY_GREENHOUSE,
    MONTJUIC_SF,
    RHEINWERK_WORKDAY,
    Skin,
    m,
)

MESSAGES = [
    # == application_received ====================================================================

    m("workday_four_weeks_alpinex", "application_received", "fr",
      ("Alpinex Talent Acquisition", "alpinex@myworkday.com"),
      "Nous avons bien reçu votre candidature – R-24517",
      "2026-01-12 18:44", tz="UTC", struct="alt", skin=ALPINEX_WORKDAY,
      company="Alpinex", body="""\
Bonjour Lucie,

Merci d'avoir postulé au poste de **Regulatory Affairs Associate – Établissements (R-24517)**. Votre candidature a bien été transmise à notre équipe de recrutement.

Nous recevons un très grand nombre de candidatures et ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'entre elles. Si vous n'avez pas de nouvelles de notre part dans un délai de quatre semaines, veuillez considérer que votre candidature n'a pas été retenue pour ce poste.

Vous pouvez suivre l'état de votre candidature à tout moment depuis votre compte candidat :

[Accéder à mon compte](https://alpinex.wd3.myworkdayjobs.com/fr-CH/Alpinex_Careers/userHome)

Cordialement,
L'équipe Talent Acquisition d'Alpinex
"""),

    m("smartrecruiters_ack_helvepharm", "application_received", "fr",
      ("Helvepharm Recrutement", "noreply@smartrecruiters.com"),
      "Merci pour votre candidature chez Helvepharm",
      "2026-07-27 20:12", tz="UTC", struct="alt", skin=HELVEPHARM_SR, link_style="bracket",
      company="Helvepharm", body="""\
Bonjour Lucie,

Merci pour votre intérêt pour Helvepharm ! Nous confirmons la bonne réception de votre candidature au poste de Chargé(e) d'affaires réglementaires – Produits génériques (100 %).

**Et maintenant ?** Notre équipe examine chaque dossier avec attention. Si votre profil correspond à nos besoins, nous vous contacterons dans les deux à trois semaines pour un premier échange.

En attendant, découvrez la vie chez Helvepharm :

[Découvrir nos équipes](https://www.helvepharm.example.ch/carrieres/equipes)

Bien cordialement,
L'équipe Talent Acquisition Helvepharm
"""),

    m("hospital_portal_ack_leman", "application_received", "fr",
      ("Hôpitaux du Léman – Recrutement", "ne-pas-repondre@recrutement.hopitaux-leman.example.ch"),
      "Accusé de réception – candidature n° HL-2026-0411",
      "2026-06-02 22:31", struct="alt", skin=LEMAN_NOTICE, charset="windows-1252",
      cte="quoted-printable", hdr_charset="iso-8859-1",
      company="Hôpitaux du Léman", body="""\
Madame Lucie Prévost-Nakashima,

Nous accusons réception de votre candidature au poste de **Spécialiste affaires réglementaires et qualité – Pharmacie des Hôpitaux du Léman (80 %)**, référence HL-2026-0411.

Votre dossier sera examiné par le service concerné à l'issue du délai de publication, fixé au 19 juin 2026. Nous vous tiendrons informée de la suite donnée à votre candidature dans les meilleurs délais.

Numéro de candidature : HL-2026-0411-0087
Date de dépôt : 02.06.2026

Direction des ressources humaines
Hôpitaux du Léman
"""),

    m("job_board_sent_valbio", "application_received", "fr",
      ("JobRomandie", "notification@jobromandie.example.ch"),
      "Votre candidature a été transmise à Valbio Manufacturing SA",
      "2026-04-09 12:03", struct="html", mua="sendgrid",
      skin=Skin(brand="JobRomandie", color="#e2007a", logo_alt="JobRomandie – l'emploi en Suisse romande",
                logo_src="https://static.jobromandie.example.ch/mail/logo-jr.png",
                tracker="https://email.jobromandie.example.ch/ls/click?upn=",
                pixel="https://email.jobromandie.example.ch/wf/open?upn=JR-8812",
                footer=["JobRomandie est un service de Médias Romands SA, Avenue de Sévelin 10, 1004 Lausanne.",
                        "Vous recevez cet e-mail car vous avez postulé via JobRomandie. "
                        "[Paramètres de notification](https://www.jobromandie.example.ch/mon-compte/notifications)"]),
      company="Valbio Manufacturing", body="""\
Bonjour Lucie,

Votre candidature pour le poste **Spécialiste Affaires réglementaires CMC (80-100 %)** a bien été transmise à **Valbio Manufacturing SA** à Monthey.

Documents envoyés :

- CV_Lucie_Prevost-Nakashima_2026.pdf
- Lettre_motivation_Valbio.pdf

L'entreprise traitera directement votre dossier et vous contactera si votre profil l'intéresse. Vous pouvez suivre vos candidatures dans votre espace personnel.

[Voir mes candidatures](https://www.jobromandie.example.ch/mon-compte/candidatures)

Bonne chance !
L'équipe JobRomandie
"""),

    m("teamtailor_reply_to_gerland", "application_received", "fr",
      ("Laboratoires Gerland Santé", "no-reply@teamtailor-mail.com"),
      "On a bien reçu ta candidature 🙌",
      "2026-03-30 09:47", tz="Europe/Paris", struct="html", skin=GERLAND_TEAMTAILOR, cte="base64",
      reply_to=("Recrutement Gerland Santé", "recrutement@gerland-sante.example.fr"),
      company="Laboratoires Gerland Santé", contact="recrutement@gerland-sante.example.fr", body="""\
Hello Lucie,

Merci pour ta candidature au poste d'**Assistant·e Affaires Réglementaires (CDI, Lyon 7e)** ! Elle est bien arrivée chez nous.

Notre équipe RH la lit attentivement et reviendra vers toi sous trois semaines environ, quelle que soit la réponse. Promis, chez Gerland Santé, personne ne reste sans nouvelles.

Une question d'ici là ? Écris-nous à recrutement@gerland-sante.example.fr ou réponds directement à ce mail.

À bientôt,
L'équipe RH des Laboratoires Gerland Santé
"""),

    m("ack_quick_quadrant", "application_received", "fr",
      ("Élise Garnier", "egarnier@quadrant-reg.example.fr"),
      "Candidature – Consultante Affaires Réglementaires Junior",
      "2026-06-03 09:14", tz="Europe/Paris", mua="outlook", charset="utf-8", cte="quoted-printable",
      hdr_charset="iso-8859-1",
      company="Quadrant Réglementaire", contact="egarnier@quadrant-reg.example.fr", body="""\
Bien reçu votre CV, merci. Je reviens vers vous d'ici la fin de la semaine prochaine.

Élise Garnier
Manager – Affaires réglementaires
Quadrant Réglementaire
12 rue de la Chaussée-d'Antin, 75009 Paris
+33 1 55 55 08 42
"""),

    m("public_registered_only_retained_ibsp", "application_received", "fr",
      ("IBSP – Sélections", "ne-pas-repondre@ibsp.example.be"),
      "Enregistrement de votre candidature – IBSP-2026-07",
      "2026-02-09 07:12", tz="Europe/Brussels", charset="utf-8", cte="quoted-printable",
      company="Institut bruxellois de santé publique", body="""\
Madame,

Nous vous confirmons l'enregistrement de votre candidature pour la fonction d'Assistant(e) – Cellule Médicaments et Produits de santé (niveau B, réf. IBSP-2026-07), sous le numéro 2026-07-0143.

Votre dossier sera examiné par le jury de présélection après la clôture des candidatures, le 20 février 2026. Seuls les candidats retenus pour l'épreuve écrite seront contactés personnellement. Les autres candidats seront informés par courrier électronique à l'issue de la procédure.

Cet e-mail est envoyé automatiquement ; merci de ne pas y répondre.

Le Service Sélection et Recrutement
Institut bruxellois de santé publique
Rue Belliard 65 – 1040 Bruxelles
"""),

    m("job_board_sent_saintambroise", "application_received", "fr",
      ("PharmaEmploi", "candidatures@notifications.pharmaemploi.example.fr"),
      "Candidature envoyée : Assistant(e) réglementaire – Unité essais cliniques (H/F)",
      "2026-05-14 08:30", tz="Europe/Paris", struct="html", mua="sendgrid",
      skin=Skin(brand="PharmaEmploi", color="#2d6a4f", logo_alt="PharmaEmploi",
                logo_src="https://cdn.pharmaemploi.example.fr/mail/logo.png",
                tracker="https://clic.pharmaemploi.example.fr/r/",
                pixel="https://clic.pharmaemploi.example.fr/o/pe-5531.gif",
                footer=["PharmaEmploi SAS – 8 rue de Londres, 75009 Paris – RCS Paris 823 555 410",
                        "[Se désinscrire des recommandations](https://www.pharmaemploi.example.fr/unsubscribe?u=lpn)"]),
      company="Groupe hospitalier Saint-Ambroise", body="""\
Bonjour Lucie,

Bonne nouvelle : votre candidature a bien été envoyée !

**Poste :** Assistant(e) réglementaire – Unité essais cliniques (H/F)
**Employeur :** Groupe hospitalier Saint-Ambroise – Paris 14e
**Contrat :** CDD 12 mois, temps plein

Le recruteur a désormais accès à votre profil et à votre CV. Pensez à compléter votre profil pour augmenter vos chances.

[Compléter mon profil](https://www.pharmaemploi.example.fr/candidat/profil)

## Ces offres pourraient aussi vous intéresser
[Chargé(e) de pharmacovigilance – Boulogne-Billancourt](https://www.pharmaemploi.example.fr/offre/88121)
[Technicien(ne) affaires réglementaires – Lyon](https://www.pharmaemploi.example.fr/offre/88342)

L'équipe PharmaEmploi
"""),

    m("role_mailbox_spontaneous_regulis", "application_received", "fr",
      ("Regulis Belgium", "info@regulis.example.be"),
      "RE: Candidature spontanée – Regulatory Affairs (Bruxelles / remote)",
      "2026-07-01 16:20", tz="Europe/Brussels", mua="outlook", charset="windows-1252", cte="8bit",
      refs=["<3D9F6E02-A81C-4B57-92E4-6C0A7B3F5D19@example.ch>"],
      company="Regulis Belgium", contact="info@regulis.example.be", body="""\
Chère Madame Prévost-Nakashima,

Nous accusons bonne réception de votre candidature spontanée et vous en remercions.

Elle a été transmise à notre directrice des opérations, Mme Griet Vandenberghe, qui l’examinera dans les prochains jours. Nous revenons vers vous dans les meilleurs délais, au plus tard d’ici la mi-juillet.

N’hésitez pas à nous contacter à cette adresse pour toute question.

Bien à vous,

Laetitia Dumont
Office Manager
Regulis Belgium SRL
Avenue Louise 231 – 1050 Ixelles
+32 2 555 80 14

De : Lucie Prévost-Nakashima <lucie.pn@example.ch>
Envoyé : mardi 30 juin 2026 21:05
À : info@regulis.example.be
Objet : Candidature spontanée – Regulatory Affairs (Bruxelles / remote)

Madame, Monsieur,

Assistante en pharmacie à Lausanne et titulaire depuis juin d’un certificat en affaires réglementaires, je me permets de vous adresser ma candidature spontanée pour un poste de Regulatory Affairs Associate. Je serais heureuse d’en discuter avec vous lors d’un entretien.

Lucie Prévost-Nakashima
"""),

    m("public_ack_pdf_notice_aim", "application_received", "fr",
      ("AIM – Ressources humaines", "ne-pas-repondre@aim-med.example.ch"),
      "Accusé de réception de votre dossier de candidature (réf. 26-014)",
      "2026-02-27 15:03", struct="mixed", charset="iso-8859-1", cte="quoted-printable",
      attachments=[("Notice_protection_donnees_candidats.pdf",
                    ["Agence intercantonale du medicament (AIM)",
                     "Notice d'information - traitement des donnees des candidat-e-s",
                     "1. Responsable du traitement : AIM, Rue des Battoirs 7, 1205 Geneve",
                     "2. Finalite : gestion de la procedure de recrutement",
                     "3. Duree de conservation : 3 mois apres la fin de la procedure",
                     "4. Droits : acces, rectification, effacement (dpo@aim-med.example.ch)"])],
      company="Agence intercantonale du médicament", body="""\
Madame,

Nous accusons réception de votre dossier de candidature pour le poste de collaboratrice scientifique / collaborateur scientifique (80 %) - section Autorisations (réf. 26-014).

La procédure de sélection peut durer plusieurs semaines. En raison du nombre important de dossiers, nous ne sommes pas en mesure de répondre aux demandes de renseignements individuelles sur son état d'avancement. Si votre candidature est retenue pour un entretien, vous serez contactée personnellement.

Vous trouverez en annexe la notice d'information relative au traitement de vos données personnelles.

Ressources humaines
Agence intercantonale du médicament (AIM)
Rue des Battoirs 7 - Case postale 1033 - 1211 Genève 3

Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.
"""),

    m("workday_four_weeks_rheinwerk", "application_received", "de",
      ("Rheinwerk Pharma Careers", "rheinwerk@myworkday.com"),
      "Eingangsbestätigung Ihrer Bewerbung – Regulatory Affairs Associate CMC (JR-20417)",
      "2026-06-15 19:02", tz="UTC", struct="alt", skin=RHEINWERK_WORKDAY,
      company="Rheinwerk Pharma", body="""\
Sehr geehrte Frau Prévost-Nakashima

Vielen Dank für Ihre Bewerbung als **Regulatory Affairs Associate CMC** bei Rheinwerk Pharma. Ihre Unterlagen sind vollständig bei uns eingegangen.

Wir prüfen alle Bewerbungen sorgfältig. Bitte haben Sie Verständnis dafür, dass wir aufgrund der grossen Anzahl Bewerbungen nicht jede individuell beantworten können. Sollten Sie innerhalb von vier Wochen nichts von uns hören, ist Ihre Bewerbung leider nicht in die engere Auswahl gekommen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen:

[Zum Kandidatenprofil](https://rwp.wd103.myworkdayjobs.com/RWP_Careers/userHome)

Freundliche Grüsse
Talent Acquisition
Rheinwerk Pharma
"""),

    m("successfactors_ack_birsfelden", "application_received", "de",
      ("Birsfelden Biologics HR", "hr-noreply@birsfelden-bio.example.ch"),
      "Bestätigung: Ihre Bewerbung ist bei uns eingegangen (Req. 4471)",
      "2026-02-16 10:14", struct="html", skin=BIRSFELDEN_SF, charset="windows-1252",
      cte="quoted-printable",
      company="Birsfelden Biologics", body="""\
Sehr geehrte Frau Prévost-Nakashima

Herzlichen Dank für Ihre Bewerbung als Junior Regulatory Affairs CMC. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

Unser HR-Team und die Fachabteilung prüfen Ihr Dossier und melden sich innerhalb von drei Wochen bei Ihnen.

Freundliche Grüsse
Human Resources
Birsfelden Biologics
"""),

    m("personio_du_ack_cellvia", "application_received", "de",
      ("Cellvia Recruiting", "noreply@cellvia.jobs.personio.de"),
      "Danke für deine Bewerbung, Lucie!",
      "2026-03-10 21:55", struct="html", skin=CELLVIA_PERSONIO, cte="8bit",
      company="Cellvia", body="""\
Hallo Lucie,

danke für deine Bewerbung als Regulatory Affairs Associate (80–100 %)! Wir haben deine Unterlagen erhalten und freuen uns, dass du dich für Cellvia interessierst.

Wir sind ein kleines Team und schauen uns jede Bewerbung persönlich an. Innerhalb von zwei Wochen hörst du von uns – versprochen.

Bis bald
Dein Cellvia People Team
"""),

    m("job_board_sent_sandfeld", "application_received", "de",
      ("Stellenradar.ch", "bewerbungen@mail.stellenradar.example.ch"),
      "Ihre Bewerbung wurde an Sandfeld Pharma Services AG übermittelt",
      "2026-04-30 17:40", struct="html", mua="sendgrid",
      skin=Skin(brand="Stellenradar", color="#0057b8", logo_alt="stellenradar.ch", lang="de",
                logo_src="https://static.stellenradar.example.ch/mail/sr-logo.png",
                tracker="https://click.stellenradar.example.ch/t/",
                pixel="https://click.stellenradar.example.ch/o/sr-22871.gif",
                footer=["Stellenradar AG · Förrlibuckstrasse 70 · 8005 Zürich",
                        "[E-Mail-Einstellungen](https://www.stellenradar.example.ch/konto/benachrichtigungen) · "
                        "[Datenschutz](https://www.stellenradar.example.ch/datenschutz)"]),
      company="Sandfeld Pharma Services", body="""\
Guten Tag Lucie Prévost-Nakashima

Ihre Bewerbung für die Stelle **Regulatory Affairs Specialist (m/w/d), 100 %, Basel** wurde erfolgreich an die Sandfeld Pharma Services AG übermittelt.

Das Unternehmen meldet sich direkt bei Ihnen. Unter «Meine Bewerbungen» sehen Sie, wann Ihr Dossier geöffnet wurde.

[Meine Bewerbungen](https://www.stellenradar.example.ch/konto/bewerbungen)

Viel Erfolg!
Ihr Stellenradar-Team
"""),

    m("ack_reply_to_zuerichberg", "application_received", "de",
      ("Spital Zürichberg Bewerbungen", "bewerbung-noreply@spital-zuerichberg.example.ch"),
      "Eingangsbestätigung Ihrer Bewerbung - Stellen-ID 26-0412",
      "2026-08-21 08:15", charset="iso-8859-1", cte="quoted-printable", hdr_charset="iso-8859-1",
      reply_to=("Personaldienst Spital Zürichberg", "personal@spital-zuerichberg.example.ch"),
      company="Spital Zürichberg", contact="personal@spital-zuerichberg.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir bestätigen den Eingang Ihrer Bewerbung als Fachspezialistin Arzneimittelinformation und Zulassung (80 %) in der Spitalapotheke und danken Ihnen für Ihr Interesse am Spital Zürichberg.

Wir werden Ihre Unterlagen nach Ablauf der Bewerbungsfrist sorgfältig prüfen und uns innerhalb von zwei bis drei Wochen bei Ihnen melden.

Bei Fragen erreichen Sie den Personaldienst, indem Sie auf diese E-Mail antworten, oder telefonisch unter 044 555 31 00.

Freundliche Grüsse

Personaldienst
Spital Zürichberg
Gloriastrasse 90, 8044 Zürich
"""),

    m("greenhouse_no_reply_four_weeks_liffey", "application_received", "en",
      ("Liffey Biopharma via Greenhouse", "no-reply@greenhouse-mail.io"),
      "Thank you for applying to Liffey Biopharma",
      "2026-05-08 16:33", tz="UTC", struct="alt", skin=LIFFEY_GREENHOUSE,
      company="Liffey Biopharma", body="""\
Hi Lucie,

Thanks for applying to the **Regulatory Affairs Associate (Remote, EU)** role at Liffey Biopharma. Our hiring team is reviewing applications and will be in touch if your experience is a good fit.

Due to the volume of applications we receive, we're unable to respond to every applicant individually. If you haven't heard from us within 4 weeks, please consider your application unsuccessful on this occasion.

In the meantime, you can learn more about life at Liffey:

[Life at Liffey Biopharma](https://www.liffeybio.example.ie/careers/life)

Best,
The Liffey Biopharma Talent Team
"""),

    m("job_platform_sent_corrib", "application_received", "en",
      ("Jobbly", "applications@notify.jobbly.example.com"),
      "Your application was sent to Corrib Regulatory Services",
      "2026-03-06 11:58", tz="UTC", struct="html", mua="sendgrid",
      skin=Skin(brand="Jobbly", color="#5b3cc4", logo_alt="Jobbly", lang="en",
                font="'Helvetica Neue', Helvetica, Arial, sans-serif",
                logo_src="https://cdn.jobbly.example.com/email/jobbly-wordmark.png",
                tracker="https://links.jobbly.example.com/ls/click?upn=",
                pixel="https://links.jobbly.example.com/wf/open?upn=jb-77c1",
                footer=["Jobbly Ltd · 1 Grand Canal Square, Dublin 2, Ireland",
                        "You received this email because you applied to a job on Jobbly. "
                        "[Unsubscribe from application updates](https://www.jobbly.example.com/prefs/unsubscribe?t=app)"]),
      company="Corrib Regulatory Services", body="""\
Hi Lucie,

Your application for **Regulatory Submissions Coordinator** at **Corrib Regulatory Services** (Galway, Ireland · Remote) was sent successfully.

- Resume: Lucie_Prevost-Nakashima_CV_EN.pdf
- Cover letter: included
- Applied: 6 March 2026

What happens next? The employer will review your application and contact you directly if they'd like to move forward. Track your application status in [My Jobs](https://www.jobbly.example.com/myjobs).

Good luck!
The Jobbly team
"""),

    m("ack_referral_howth", "application_received", "en",
      ("Ronan Fitzgerald", "ronan@howthpharma.example.ie"),
      "Re: CV - RA consultant role",
      "2026-08-31 17:30", tz="Europe/Dublin", mua="gmail", charset="utf-8", cte="quoted-printable",
      refs=["<8E15B3C2-7D40-4A9F-B6E1-2C5F9A0D3E87@example.ch>"],
      company="Howth Pharma Consulting", contact="ronan@howthpharma.example.ie", body="""\
Got your CV via Siobhán, thanks. I'll read it this week and come back to you about the RA consultant role - we're looking to add someone junior to the team before Q4.

Ronan Fitzgerald | Director | Howth Pharma Consulting
Harbour Road, Howth, Co. Dublin D13 E6K8
+353 1 555 4410
"""),

    m("successfactors_only_shortlisted_montjuic", "application_received", "es",
      ("Laboratorios Montjuïc – Talento", "noreply@successfactors.eu"),
      "Hemos recibido su candidatura – Técnico/a de Registros Farmacéuticos",
      "2026-02-03 13:20", tz="Europe/Madrid", struct="alt", skin=MONTJUIC_SF, cte="base64",
      company="Laboratorios Montjuïc", body="""\
Estimada Sra. Prévost-Nakashima:

Le confirmamos que hemos recibido correctamente su candidatura para la posición de **Técnico/a de Registros Farmacéuticos (remoto)**.

Nuestro equipo de selección revisará su perfil con atención. Debido al elevado número de candidaturas que recibimos, solo nos pondremos en contacto con las personas preseleccionadas para la siguiente fase del proceso.

Le agradecemos su interés en Laboratorios Montjuïc.

Atentamente,
Departamento de Personas
Laboratorios Montjuïc
"""),

    m("workable_tu_ack_bioneta", "application_received", "es",
      ("Bioneta Therapeutics", "noreply@workablemail.com"),
      "¡Gracias por tu candidatura, Lucie!",
      "2026-06-04 23:10", tz="Europe/Madrid", struct="html", skin=BIONETA_WORKABLE,
      company="Bioneta Therapeutics", body="""\
Hola Lucie,

¡Gracias por presentar tu candidatura al puesto de **Regulatory Affairs Specialist (remoto)** en Bioneta Therapeutics!

La hemos recibido correctamente y nuestro equipo la revisará en los próximos días. Te escribiremos tanto si avanzas en el proceso como si no.

Mientras tanto, puedes conocer mejor lo que hacemos en nuestro [blog científico](https://www.bioneta.example.es/blog).

¡Un saludo!
El equipo de Bioneta Therapeutics
"""),

    m("job_board_sent_sagrera", "application_received", "es",
      ("EmpleoFarma", "avisos@empleofarma.example.es"),
      "Tu candidatura ha sido enviada a Laboratorios Sagrera",
      "2026-09-03 10:05", tz="Europe/Madrid", struct="html", charset="iso-8859-1", cte="quoted-printable",
      skin=Skin(brand="EmpleoFarma", color="#00838f", logo_alt="EmpleoFarma", lang="es",
                logo_src="https://static.empleofarma.example.es/img/email-logo.png",
                tracker="https://t.empleofarma.example.es/c/",
                pixel="https://t.empleofarma.example.es/o/ef-1204.gif",
                footer=["EmpleoFarma · Portal de empleo del sector farmacéutico · Calle de Alcalá 155, 28009 Madrid",
                        "[Darme de baja de estos avisos](https://www.empleofarma.example.es/baja?u=lpn)"]),
      company="Laboratorios Sagrera", body="""\
Hola Lucie:

Tu candidatura para la oferta **Técnico/a de Asuntos Regulatorios · teletrabajo (Barcelona)** se ha enviado correctamente a **Laboratorios Sagrera, S.A.**

Estado actual: **Recibida**. Te avisaremos cuando la empresa lea tu CV o cambie el estado de tu candidatura.

[Ver el estado de mi candidatura](https://www.empleofarma.example.es/mis-candidaturas/771204)

¡Mucha suerte!
El equipo de EmpleoFarma
"""),

    # == offer ===================================================================================

    m("written_offer_pdf_nyonbiotics", "offer", "fr",
      ("Raphaël Künzi", "raphael@nyonbiotics.example.ch"),
      "Offre – Chargée d'affaires réglementaires chez Nyonbiotics",
      "2026-03-27 17:10", mua="gmail", struct="mixed", charset="utf-8", cte="quoted-printable",
      attachments=[("Offre_Nyonbiotics_Lucie_Prévost-Nakashima.pdf",
                    ["Nyonbiotics SA", "Route de la Longeraie 9, 1262 Eysins", "",
                     "Madame Lucie Prévost-Nakashima", "Lausanne, le 27 mars 2026", "",
                     "Offre d'emploi", "Poste : Chargée d'affaires réglementaires (80 %)",
                     "Salaire annuel brut : CHF 88'000, versé en 13 mensualités",
                     "Entrée en fonction : 1er juin 2026 ou selon préavis",
                     "Vacances : 25 jours par an", "Offre valable jusqu'au 8 avril 2026", "",
                     "Raphaël Künzi, CSO & co-fondateur"])],
      company="Nyonbiotics", contact="raphael@nyonbiotics.example.ch", body="""\
Salut Lucie,

Après ta matinée avec nous la semaine dernière, l'équipe est unanime : on aimerait beaucoup que tu nous rejoignes !

Tu trouveras en pièce jointe notre offre écrite pour le poste de Chargée d'affaires réglementaires (80 %) : salaire annuel brut de CHF 88'000 (x13), entrée en fonction au 1er juin 2026 (ou selon ton préavis) et 25 jours de vacances. Le contrat de travail suivra dès que tu nous auras donné ton accord de principe.

Prends le temps de la lire ; on serait ravis d'avoir ta réponse d'ici le 8 avril. Et si tu as des questions (salaire, télétravail, formation), appelle-moi quand tu veux au 079 555 44 02.

Au plaisir,
Raphaël

Raphaël Künzi
CSO & co-fondateur · Nyonbiotics SA
Route de la Longeraie 9, 1262 Eysins
"""),

    m("verbal_offer_confirmed_helvepharm", "offer", "fr",
      ("Julie Perrin", "julie.perrin@helvepharm.example.ch"),
      "Confirmation de notre offre – Chargée d'affaires réglementaires",
      "2026-09-04 15:48", mua="outlook", charset="utf-8", cte="quoted-printable",
      company="Helvepharm", contact="julie.perrin@helvepharm.example.ch", body="""\
Bonjour Lucie,

Suite à notre appel de ce matin, j'ai le plaisir de vous confirmer par écrit l'offre que le Dr Jaquet et moi-même vous avons faite oralement :

- Poste : Chargée d'affaires réglementaires – Produits génériques, 100 %
- Lieu : Renens (deux jours de télétravail par semaine possibles après la période d'essai)
- Salaire annuel brut : CHF 92'000, versé en 13 mensualités
- Entrée en fonction : 1er décembre 2026
- Période d'essai : 3 mois

Votre contrat de travail vous parviendra par courrier la semaine prochaine. D'ici là, je vous remercie de me confirmer votre acceptation par retour d'e-mail, idéalement d'ici au 11 septembre.

Toute l'équipe se réjouit de vous accueillir !

Meilleures salutations

Julie Perrin
Talent Acquisition Partner
Helvepharm SA
Chemin du Closel 5 | 1020 Renens
+41 21 555 64 08
"""),

    m("conditional_offer_pdf_leman", "offer", "fr",
      ("Sylvie Brélaz", "sylvie.brelaz@hopitaux-leman.example.ch"),
      "Proposition d'engagement – Spécialiste affaires réglementaires et qualité (HL-2026-0411)",
      "2026-07-15 14:02", struct="mixed", charset="windows-1252", cte="quoted-printable",
      hdr_charset="windows-1252", mua="outlook",
      attachments=[("Promesse_engagement_HL-2026-0411.pdf",
                    ["Hôpitaux du Léman - Direction des ressources humaines",
                     "Promesse d'engagement", "Candidate : Lucie Prévost-Nakashima",
                     "Fonction : Spécialiste affaires réglementaires et qualité, 80 %",
                     "Classe salariale : 12", "Entrée en fonction : 1er octobre 2026",
                     "Sous réserve : extrait de casier judiciaire, certificat médical, références",
                     "A retourner signée d'ici au 24 juillet 2026"])],
      company="Hôpitaux du Léman", contact="sylvie.brelaz@hopitaux-leman.example.ch", body="""\
Madame,

Suite à votre entretien du 7 juillet, nous avons le plaisir de vous proposer le poste de Spécialiste affaires réglementaires et qualité à la Pharmacie des Hôpitaux du Léman, à 80 %, en classe 12 de l’échelle salariale, avec une entrée en fonction au 1er octobre 2026.

Cette proposition est soumise aux conditions suivantes :
– la production d’un extrait récent du casier judiciaire (moins de trois mois) ;
– un certificat médical d’aptitude établi par notre médecin du personnel ;
– la confirmation de vos références auprès de votre employeur actuel.

Vous trouverez en annexe notre promesse d’engagement. Nous vous remercions de nous la retourner signée d’ici au 24 juillet. Le contrat définitif vous sera adressé dès réception des documents mentionnés.

Nous nous réjouissons de votre prochaine arrivée parmi nous.

Avec nos meilleures salutations,

Sylvie Brélaz
Cheffe de service RH – Pôle médico-technique
Hôpitaux du Léman
Avenue de la Gare 23 – 1800 Vevey
021 555 70 12
"""),

    m("conditional_permit_regulis", "offer", "fr",
      ("Griet Vandenberghe", "griet.vandenberghe@regulis.example.be"),
      "Proposition de contrat – Regulatory Affairs Associate",
      "2026-07-24 11:30", tz="Europe/Brussels", mua="outlook", charset="utf-8", cte="8bit",
      company="Regulis Belgium", contact="griet.vandenberghe@regulis.example.be", body="""\
Chère Lucie,

Suite à nos deux entretiens, j’ai le plaisir de vous proposer de rejoindre Regulis Belgium en tant que Regulatory Affairs Associate, sous contrat à durée indéterminée, à temps plein, avec un salaire mensuel brut de 3 650 EUR, des chèques-repas et une voiture de société après la période d’essai.

Cette proposition est conditionnelle : votre nationalité japonaise vous impose d’obtenir un permis unique pour travailler en Belgique, malgré votre titre de séjour suisse. Nous prenons en charge les démarches. Votre date d’entrée, idéalement le 1er octobre, dépendra de la délivrance de ce permis.

Pourriez-vous me faire part de votre décision d’ici au 3 août ? Je reste disponible pour en discuter par téléphone.

Bien à vous,

Griet Vandenberghe
Directrice des opérations
Regulis Belgium SRL
Avenue Louise 231 – 1050 Ixelles
+32 2 555 80 10
"""),

    m("esign_contract_saone", "offer", "fr",
      ("Saône BioProduction via SignaFlow", "noreply@signaflow.example.com"),
      "Saône BioProduction vous invite à signer : Contrat de travail CDI – Lucie Prévost-Nakashima",
      "2026-09-10 09:05", tz="Europe/Paris", struct="html", mua="sendgrid",
      reply_to=("RH Saône BioProduction", "rh@saone-bioprod.example.fr"),
      skin=Skin(brand="SignaFlow", color="#3949ab", logo_alt="SignaFlow – signature électronique",
                logo_src="https://app.signaflow.example.com/static/mail-logo.png",
                tracker="https://mail.signaflow.example.com/c/",
                pixel="https://mail.signaflow.example.com/o/sf-90ab.gif",
                footer=["SignaFlow SAS – signature électronique conforme eIDAS – 14 rue de Rivoli, 75004 Paris",
                        "Vous recevez cet e-mail car Saône BioProduction vous a invitée à signer un document."]),
      company="Saône BioProduction", contact="rh@saone-bioprod.example.fr", body="""\
Bonjour Lucie Prévost-Nakashima,

**Saône BioProduction** vous a envoyé un document à signer électroniquement :

**Contrat de travail à durée indéterminée – Assistante Affaires Réglementaires**

Message de l'expéditeur : « Bonjour Lucie, suite à votre acceptation de notre proposition, voici votre contrat. Merci de le signer avant le 17 septembre. Bienvenue chez nous ! – Agnès Giraud, RH Saône BioProduction »

[Consulter et signer le document](https://app.signaflow.example.com/sign/9f3a7c2e)

Ce lien est personnel et expire le 17 septembre 2026.

Pour toute question sur le contenu du document, répondez à cet e-mail : votre message sera transmis à l'expéditeur.
"""),

    m("contract_pdf_du_limmat", "offer", "de",
      ("Sabine Wyss", "sabine.wyss@limmat-rp.example.ch"),
      "Dein Arbeitsvertrag 🎉",
      "2026-09-09 16:45", mua="apple", struct="mixed", charset="utf-8", cte="quoted-printable",
      attachments=[("Arbeitsvertrag_Lucie_Prevost-Nakashima.pdf",
                    ["Limmat Regulatory Partners GmbH", "Hardturmstrasse 161, 8005 Zürich", "",
                     "Arbeitsvertrag", "Arbeitnehmerin: Lucie Prévost-Nakashima",
                     "Funktion: Regulatory Affairs Associate, Pensum 100 %",
                     "Beginn: 1. Januar 2027", "Jahreslohn: CHF 86'000 brutto",
                     "Probezeit: 3 Monate", "Ferien: 25 Arbeitstage pro Kalenderjahr"])],
      company="Limmat Regulatory Partners", contact="sabine.wyss@limmat-rp.example.ch", body="""\
Hoi Lucie

Wie am Telefon besprochen: Wir freuen uns riesig, dass du zu uns kommst! Im Anhang findest du den Arbeitsvertrag als Regulatory Affairs Associate (100 %), Start am 1. Januar 2027, Jahreslohn CHF 86'000 brutto.

Bitte lies ihn in Ruhe durch, unterschreibe beide Exemplare und schick uns eines per Post zurück (ein Scan per Mail reicht fürs Erste). Falls du Fragen zum Vertrag oder zur Pensionskasse hast, melde dich jederzeit.

Herzlich willkommen im Team!
Sabine

Sabine Wyss | Managing Partner | Limmat Regulatory Partners GmbH
Hardturmstrasse 161, 8005 Zürich | +41 44 555 72 90
"""),

    m("hospital_offer_zuerichberg", "offer", "de",
      ("Barbara Meier", "barbara.meier@spital-zuerichberg.example.ch"),
      "Stellenangebot Fachspezialistin Arzneimittelinformation und Zulassung",
      "2026-09-28 10:30", charset="iso-8859-1", cte="8bit",
      company="Spital Zürichberg", contact="barbara.meier@spital-zuerichberg.example.ch", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir danken Ihnen für das angenehme Gespräch vom 17. September und freuen uns, Ihnen die Stelle als Fachspezialistin Arzneimittelinformation und Zulassung (80 %) in unserer Spitalapotheke anbieten zu können.

Die Eckdaten unseres Angebots:
- Stellenantritt: 1. Januar 2027 oder nach Vereinbarung
- Lohn: CHF 78'400 brutto pro Jahr (bei 80 %), 13 Monatslöhne
- Ferien: 25 Tage (bei 100 %), ab 50 Jahren 30 Tage
- Probezeit: 3 Monate

Bitte teilen Sie uns bis am 5. Oktober mit, ob Sie unser Angebot annehmen. Nach Ihrer Zusage erhalten Sie den Arbeitsvertrag in zweifacher Ausführung per Post.

Für Fragen stehen Dr. Caflisch und ich Ihnen gerne zur Verfügung.

Freundliche Grüsse

Barbara Meier
HR-Fachfrau
Spital Zürichberg
Telefon 044 555 31 22
"""),

    m("workday_offer_portal_rheinwerk", "offer", "de",
      ("Rheinwerk Pharma Careers", "rheinwerk@myworkday.com"),
      "Ihr Vertragsangebot von Rheinwerk Pharma",
      "2026-08-06 12:15", tz="UTC", struct="alt", skin=RHEINWERK_WORKDAY,
      company="Rheinwerk Pharma", body="""\
Sehr geehrte Frau Prévost-Nakashima

Wir freuen uns sehr, Ihnen die Position **Regulatory Affairs Associate CMC** bei Rheinwerk Pharma anbieten zu dürfen.

Ihr persönliches Vertragsangebot mit allen Konditionen (Jahresgehalt, Eintrittsdatum, Zusatzleistungen) steht ab sofort in Ihrem Kandidatenprofil bereit. Bitte prüfen Sie das Angebot und nehmen Sie es bis zum 20. August 2026 online an oder lehnen Sie es ab.

[Angebot ansehen](https://rwp.wd103.myworkdayjobs.com/RWP_Careers/userHome/offer)

Bei Fragen zum Angebot wenden Sie sich bitte direkt an Katrin Vogt (katrin.vogt@rwp.example.ch, +41 61 555 18 77).

Freundliche Grüsse
Talent Acquisition
Rheinwerk Pharma
"""),

    m("offer_letter_pdf_howth", "offer", "en",
      ("Ronan Fitzgerald", "ronan@howthpharma.example.ie"),
      "Offer of employment – Regulatory Affairs Consultant",
      "2026-09-21 14:10", tz="Europe/Dublin", mua="outlook", struct="mixed",
      charset="windows-1252", cte="quoted-printable",
      attachments=[("Howth_Pharma_Offer_Letter_LPN.pdf",
                    ["Howth Pharma Consulting Ltd", "Harbour Road, Howth, Co. Dublin D13 E6K8", "",
                     "21 September 2026", "Dear Lucie,", "Offer of employment - Regulatory Affairs Consultant (Junior)",
                     "Salary: EUR 52,000 per annum", "Annual leave: 25 days plus public holidays",
                     "Start date: 2 November 2026", "Subject to references and an employer-of-record arrangement",
                     "Please sign and return by 30 September 2026.", "Ronan Fitzgerald, Director"])],
      company="Howth Pharma Consulting", contact="ronan@howthpharma.example.ie", body="""\
Dear Lucie,

Following our conversations over the last two weeks, I'm delighted to offer you the position of Regulatory Affairs Consultant (Junior) at Howth Pharma Consulting, working remotely from Switzerland with occasional travel to Dublin.

The attached letter sets out the main terms: an annual salary of €52,000, 25 days' annual leave plus Irish public holidays, and a start date of 2 November 2026. The offer is subject to satisfactory references and to a suitable cross-border arrangement (we would employ you through our employer-of-record partner in Switzerland).

Please sign and return the letter by 30 September if you wish to accept. I'm happy to discuss any of the terms.

Kind regards,

Ronan Fitzgerald
Director
Howth Pharma Consulting Ltd
Harbour Road, Howth, Co. Dublin D13 E6K8
Registered in Ireland No. 633108

This e-mail and any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender.
"""),

    m("carta_oferta_pdf_sagrera", "offer", "es",
      ("Marta Puig", "marta.puig@labsagrera.example.es"),
      "RE: Segunda entrevista – Asuntos Regulatorios",
      "2026-10-06 12:40", refs=["<F4A92C1E-6B3D-4E70-8D15-C9E2A07B5F38@example.ch>"], tz="Europe/Madrid", mua="outlook", struct="mixed", charset="utf-8", cte="base64",
      attachments=[("Carta_oferta_Lucie_Prevost.pdf",
                    ["Laboratorios Sagrera, S.A.", "Carrer de la Sagrera 214, 08027 Barcelona", "",
                     "Carta de oferta", "Puesto: Técnica de Asuntos Regulatorios (teletrabajo)",
                     "Contrato: indefinido", "Salario bruto anual: 38.000 EUR en 14 pagas",
                     "Vacaciones: 23 días laborables", "Incorporación: 1 de diciembre de 2026",
                     "Respuesta antes del 16 de octubre de 2026"])],
      company="Laboratorios Sagrera", contact="marta.puig@labsagrera.example.es", body="""\
Estimada Lucie:

Tras las entrevistas de las últimas semanas, tenemos el placer de ofrecerle el puesto de Técnica de Asuntos Regulatorios en Laboratorios Sagrera, en modalidad de teletrabajo con visitas trimestrales a nuestras instalaciones de Barcelona.

Adjuntamos la carta de oferta con las condiciones: contrato indefinido, salario bruto anual de 38.000 € en 14 pagas, 23 días laborables de vacaciones e incorporación prevista el 1 de diciembre de 2026.

Le agradeceríamos que nos confirmara su aceptación antes del 16 de octubre. Quedo a su disposición para cualquier consulta.

Un cordial saludo,

Marta Puig
Responsable de Personas
Laboratorios Sagrera, S.A.
Carrer de la Sagrera 214, 08027 Barcelona
Tel. 93 555 40 70

De: Lucie Prévost-Nakashima <lucie.pn@example.ch>
Enviado: martes, 29 de septiembre de 2026 18:22
Para: Marta Puig <marta.puig@labsagrera.example.es>
Asunto: RE: Segunda entrevista – Asuntos Regulatorios

Estimada Marta:

Muchas gracias por la segunda entrevista de esta mañana con el Dr. Solé. Me ha parecido muy interesante el proyecto de renovación de registros y sigo muy motivada por el puesto.

Quedo a la espera de sus noticias.

Un saludo cordial,
Lucie Prévost-Nakashima

De: Marta Puig <marta.puig@labsagrera.example.es>
Enviado: jueves, 24 de septiembre de 2026 10:05
Para: Lucie Prévost-Nakashima <lucie.pn@example.ch>
Asunto: Segunda entrevista – Asuntos Regulatorios

Estimada Lucie:

Nos gustaría invitarla a una segunda entrevista por videollamada el martes 29 de septiembre a las 10:00 con el Dr. Jaume Solé, director técnico.
"""),
]
