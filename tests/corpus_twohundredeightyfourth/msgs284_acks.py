"""Corpus 284, kinds `application_received` (21) and `offer` (10), all hand-written."""

from msgs284_common import CANDIDATE, outlook_block, pdf, reply_quote

C_NAME, C_ADDR = CANDIDATE

MESSAGES = [
    # ============================================================ received, fr
    dict(
        kind="application_received", slug="eauxdugolfe_ack", lang="fr",
        company="Eaux du Golfe", contact="",
        frm=("Eaux du Golfe - Recrutement", "ne-pas-repondre@eauxdugolfe.example.fr"),
        subject="Accusé de réception de votre candidature – réf. EDG-2026-04",
        date="2026-02-09 07:30", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        body="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste de Technicien(ne) qualité des eaux – réseau de surveillance (réf. EDG-2026-04), transmise le 8 février 2026 via notre site internet.

Votre dossier sera examiné par le service concerné après la clôture des candidatures, fixée au 15 février. Si votre profil est retenu pour un entretien, vous serez contacté(e) par téléphone ou par courriel dans les semaines suivantes.

Ce courriel est envoyé automatiquement : merci de ne pas y répondre.

Eaux du Golfe – Régie intercommunale de l'eau et de l'assainissement
8 rue Alain-Gerbault, 56000 Vannes""",
    ),
    dict(
        kind="application_received", slug="marhalys_ack", lang="fr",
        company="Laboratoire Marhalys", contact="g.tanguy@marhalys.example.fr",
        frm=("Gaëlle Tanguy", "g.tanguy@marhalys.example.fr"), name_enc="q-iso-8859-1",
        subject="Candidature technicien de laboratoire – Corentin Abara-Le Goff",
        date="2026-03-02 14:55", cte="8bit",
        body="""Bonjour Corentin,

Nous avons bien reçu votre CV et votre lettre pour le poste de technicien de laboratoire en microbiologie des eaux. Merci de votre intérêt pour Marhalys.

Je les transmets dès aujourd'hui à notre responsable technique et je reviens vers vous d'ici une dizaine de jours.

Bien à vous,
Gaëlle Tanguy
Assistante RH – Laboratoire Marhalys
ZA de Kergaradec, 29490 Guipavas""",
    ),
    dict(
        kind="application_received", slug="emeraude_registration", lang="fr",
        company="Intérim Émeraude", contact="nolwenn.jaffre@interim-emeraude.example.fr",
        frm=("Nolwenn Jaffré", "nolwenn.jaffre@interim-emeraude.example.fr"),
        name_enc="b-iso-8859-1",
        subject="Bienvenue chez Intérim Émeraude – votre inscription est finalisée",
        subject_enc="b-utf-8", date="2026-01-14 17:10", parts="alt", shell="card",
        cte="quoted-printable",
        shell_opts=dict(brand="Intérim Émeraude – Agence de Lorient", color="#0e7c66",
                        footer="Intérim Émeraude · 12 cours de Chazelles · 56100 Lorient"),
        body="""Bonjour Corentin,

Merci pour votre passage à l'agence ce matin. Votre dossier d'inscription est complet : CV, pièce d'identité, attestation de sécurité sociale et permis B ont bien été enregistrés, ainsi que vos habilitations (CACES nacelle, permis bateau côtier).

Vous êtes désormais inscrit dans notre fichier pour les métiers de l'environnement et de l'eau (préleveur, technicien de mesure, agent d'exploitation STEP). Je vous contacterai dès qu'une mission correspondant à votre profil se présentera sur le secteur Lorient – Vannes.

À bientôt,
Nolwenn Jaffré
Chargée de recrutement
02 97 35 18 60""",
    ),
    dict(
        kind="application_received", slug="atlantis_registration", lang="fr",
        company="Atlantis Intérim", contact="",
        frm=("Atlantis Intérim", "no-reply@atlantis-interim.example.fr"), name_enc="q-utf-8",
        subject="Votre inscription est validée", date="2026-01-27 12:02", parts="html",
        shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Atlantis Intérim", color="#d35400",
                        footer="Cet e-mail a été envoyé automatiquement depuis votre espace "
                               "intérimaire : https://moncompte.atlantis-interim.example.fr"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin Abara-Le Goff,

Votre inscription en ligne chez Atlantis Intérim est validée par votre agence Nantes Erdre.

Vous pouvez dès maintenant :
- consulter les missions proposées par votre agence,
- déposer vos justificatifs et vos relevés d'heures,
- signer vos contrats de mission en ligne.

Votre chargée d'affaires, Lénaïg Pichon, prendra contact avec vous pour faire le point sur vos disponibilités.

Connectez-vous : https://moncompte.atlantis-interim.example.fr/connexion

L'équipe Atlantis Intérim""",
    ),
    dict(
        kind="application_received", slug="marinova_taleo_ack", lang="fr",
        company="Marinova", contact="",
        frm=("Groupe Marinova - Carrières", "marinova@taleo.net"), tz="utc",
        subject="Nous avons bien reçu votre candidature (réf. 2604-118)",
        date="2026-06-10 19:44", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Groupe Marinova · Carrières", color="#00395d",
                        footer="Message automatique – merci de ne pas répondre."),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin,

Merci d'avoir postulé au poste de Technicien environnement H/F (réf. 2604-118) au sein du Groupe Marinova. Votre candidature a bien été enregistrée.

Nos équipes recrutement l'étudieront avec attention. En raison du grand nombre de candidatures reçues, nous ne sommes malheureusement pas en mesure de répondre individuellement à chacune d'elles ; si votre profil correspond à nos attentes, nous vous contacterons pour la suite du processus.

Vous pouvez suivre l'état de votre candidature dans votre espace : https://marinova.taleo.net/careersection/ext/mysubmissions.ftl

L'équipe Recrutement
Groupe Marinova""",
    ),
    dict(
        kind="application_received", slug="hydroarmor_recruitee_ack", lang="fr",
        company="Hydro-Armor Conseil", contact="",
        frm=("Hydro-Armor Conseil", "hydroarmor@jobs.recruitee.com"), tz="utc",
        subject="Merci pour votre candidature – Technicien·ne mesures hydrologiques",
        date="2026-04-01 10:03", parts="alt", shell="card", cte="base64",
        shell_opts=dict(brand="Hydro-Armor Conseil", color="#00566e",
                        footer="Envoyé avec Recruitee"),
        body="""Bonjour Corentin,

Merci d'avoir postulé chez Hydro-Armor Conseil ! Votre candidature pour le poste de technicien·ne mesures hydrologiques nous est bien parvenue.

Notre équipe la lira dans les prochains jours. Nous revenons vers chaque candidat·e sous trois semaines environ, quelle que soit la réponse.

Belle journée,
L'équipe Hydro-Armor Conseil""",
    ),
    dict(
        kind="application_received", slug="ecotone_teamtailor_ack", lang="fr",
        company="Ecotone Atlantique", contact="",
        frm=("Ecotone Atlantique", "no-reply@teamtailor-mail.com"), tz="utc",
        subject="Candidature reçue : Chargé·e d'études faune-flore junior",
        date="2026-03-09 20:31", parts="html", shell="card", cte="base64",
        shell_opts=dict(brand="Ecotone Atlantique", color="#3b6e22",
                        footer="Envoyé via Teamtailor"),
        body="""Bonjour Corentin,

Nous confirmons la bonne réception de votre candidature au poste de chargé·e d'études faune-flore junior.

Que se passe-t-il maintenant ? Clémence, notre responsable recrutement, étudie chaque dossier avec l'équipe naturaliste. Vous aurez de nos nouvelles par e-mail, quelle que soit l'issue.

En attendant, découvrez nos projets de restauration de marais sur https://ecotone-atlantique.teamtailor.com/projets

À bientôt,
Ecotone Atlantique""",
    ),
    dict(
        kind="application_received", slug="sedimar_workable_ack", lang="fr",
        company="Sedimar Études", contact="",
        frm=("Sedimar Études", "noreply@workablemail.com"), name_enc="q-utf-8", tz="utc",
        subject="Sedimar Études : candidature enregistrée", subject_enc="q-utf-8",
        date="2026-05-05 16:47", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Bonjour Corentin,

Votre candidature au poste de technicien·ne terrain hydrographie chez Sedimar Études a bien été enregistrée.

L'équipe de recrutement va l'examiner. Si votre profil correspond, nous vous contacterons pour convenir d'un échange.

Cordialement,
Sedimar Études

--
Envoyé par Workable au nom de Sedimar Études. Vous recevez ce message parce que vous avez postulé via https://apply.workable.com/sedimar-etudes/""",
    ),
    dict(
        kind="application_received", slug="cornouaille_ack", lang="fr",
        company="Cornouaille Littoral Agglo", contact="",
        frm=("Cornouaille Littoral Agglo - Recrutement",
             "ne-pas-repondre@cornouaille-littoral.example.fr"),
        name_enc="q-iso-8859-1", subject="Accusé de réception - offre n° 2026-TRZH-03",
        subject_enc="b-iso-8859-1", date="2026-01-20 08:15",
        charset="iso-8859-1", cte="8bit",
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Monsieur,

Nous accusons bonne réception de votre candidature pour l'offre n° 2026-TRZH-03 "Technicien rivières et zones humides (F/H)".

Les candidatures seront examinées par une commission de présélection après la date limite du 5 février 2026. Les candidats retenus seront convoqués à un entretien devant un jury.

Ceci est un message automatique, merci de ne pas y répondre.

Direction des ressources humaines
Cornouaille Littoral Agglo - 3 rue du Pont-Firmin, 29000 Quimper""",
    ),
    dict(
        kind="application_received", slug="kelpwise_ack", lang="fr",
        company="Kelpwise", contact="",
        frm=("Kelpwise", "no-reply@ashbyhq.com"), tz="utc",
        subject="On a bien reçu ta candidature 🌊", subject_enc="b-utf-8",
        date="2026-08-03 09:58", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Kelpwise", color="#0f5e56", footer="Sent with Ashby"),
        body="""Salut Corentin,

Merci d'avoir postulé pour rejoindre Kelpwise en tant qu'opérateur·rice culture d'algues ! Ta candidature est bien arrivée chez nous.

On lit toutes les candidatures nous-mêmes (on est douze), donc ça peut prendre une dizaine de jours. Tu auras une réponse dans tous les cas.

À bientôt sur l'eau,
L'équipe Kelpwise
Port du Moulin Blanc, Brest""",
    ),
    # ============================================================ received, en
    dict(
        kind="application_received", slug="bluetide_ack", lang="en",
        company="BlueTide Analytics", contact="",
        frm=("BlueTide Analytics", "no-reply@us.greenhouse-mail.io"), tz="utc",
        subject="Thank you for applying to BlueTide Analytics", date="2026-02-02 13:20",
        parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="BlueTide Analytics", color="#0a4d8c",
                        footer="Powered by Greenhouse"),
        body="""Hi Corentin,

Thanks for applying for the Field Data Technician role at BlueTide Analytics. Your application has been received and our team will review it shortly.

If your experience looks like a match, someone from our Talent team will reach out to talk about next steps.

In the meantime, you can learn more about our buoy network at https://bluetide.example.ie/network

Regards,
The BlueTide Analytics Team""",
    ),
    dict(
        kind="application_received", slug="loughmahon_ack", lang="en",
        company="Lough Mahon Environmental", contact="",
        frm=("Lough Mahon Environmental Careers", "loughmahon@icims.com"), tz="utc",
        subject="Application received: Environmental Technician (LME-ET-0426)",
        date="2026-04-14 22:06", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Lough Mahon Environmental", color="#2d6a4f",
                        footer="Please do not reply to this automated message."),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Dear Corentin,

Thank you for your application for the Environmental Technician position (LME-ET-0426). This message confirms that we have received it.

Our recruitment team will review all applications after the closing date. Due to the high volume of applications we receive, we are unfortunately unable to respond to every applicant individually. If you are shortlisted, a member of our HR team will be in touch within three weeks of the closing date.

You can check your application status at any time: https://careers-loughmahon.icims.com/jobs/login

Kind regards,
Lough Mahon Environmental HR""",
    ),
    dict(
        kind="application_received", slug="carrigmore_ack", lang="en",
        company="Carrigmore County Council", contact="",
        frm=("Carrigmore County Council - Recruitment", "donotreply@carrigmorecoco.example.ie"),
        subject="Acknowledgement – Executive Technician (Environment) CCC/ENV/26/07",
        date="2026-03-03 16:40", cte="quoted-printable",
        body="""Dear Applicant,

This is to acknowledge receipt of your application form for the competition for Executive Technician (Environment), Ref. CCC/ENV/26/07.

Please quote this reference number in any correspondence. Shortlisting may apply. Candidates will be notified of the outcome by email.

Carrigmore County Council is an equal opportunities employer.

Human Resources Department
Carrigmore County Council""",
    ),
    dict(
        kind="application_received", slug="shannonside_registration", lang="en",
        company="Shannonside Recruitment", contact="ciaran.walsh@shannonside.example.ie",
        frm=("Ciarán Walsh", "ciaran.walsh@shannonside.example.ie"), name_enc="q-iso-8859-1",
        subject="RE: CV – aquaculture / environmental technician", date="2026-03-20 12:44",
        parts="alt", shell="outlook", cte="quoted-printable",
        body="""Hi Corentin,

Thanks for sending this through, and good to chat yesterday. You're now registered with us. I've set you up on our system for environmental technician, sampling and aquaculture roles around Cork Harbour and West Cork.

A couple of things would help me market you: a scan of your driving licence, and the certificates from your boat handling and first aid courses.

Talk soon,

Ciarán Walsh
Senior Consultant, Science & Environment
Shannonside Recruitment
2 South Mall, Cork | +353 21 427 6610

""" + outlook_block("en", "2026-03-19 18:22", CANDIDATE,
                    ("Ciarán Walsh", "ciaran.walsh@shannonside.example.ie"),
                    "CV – aquaculture / environmental technician", """Hi Ciarán,

Following our call, please find my CV attached. As mentioned, I'm moving to Cork in April and looking for environmental technician or aquaculture roles, ideally with fieldwork.

Thanks for your help,
Corentin"""),
    ),
    dict(
        kind="application_received", slug="corkharbour_cv_received", lang="en",
        company="Cork Harbour Marine Lab", contact="s.coughlan@corkharbourlab.example.ie",
        frm=("Sinéad Coughlan", "s.coughlan@corkharbourlab.example.ie"), name_enc="b-utf-8",
        subject="Re: CV – lab technician", date="2026-07-06 10:18", cte="quoted-printable",
        body="""Dear Corentin,

We've received your CV, thank you. I've passed it on to Dr Barry, who is recruiting for the technician post, and she will come back to you directly if she would like to meet.

Best wishes,
Sinéad Coughlan
Administrator, Cork Harbour Marine Lab
Haulbowline Island, Cobh, Co. Cork

""" + reply_quote("en", "2026-07-04 21:15", C_NAME, C_ADDR, """Hello,

I saw on your website that the lab is looking for a technician to support the shellfish and water quality projects. Please find my CV attached; I spent twelve years farming oysters in Brittany before moving to Cork this spring.

Best regards,
Corentin Abara-Le Goff"""),
    ),
    # ============================================================ received, de
    dict(
        kind="application_received", slug="foerde_personio_ack", lang="de",
        company="Förde Umweltlabor", contact="",
        frm=("Förde Umweltlabor GmbH", "noreply@personio.de"), name_enc="b-utf-8", tz="utc",
        subject="Eingangsbestätigung Ihrer Bewerbung", subject_enc="q-utf-8",
        date="2026-03-04 15:25", parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Förde Umweltlabor", color="#2b5f3f",
                        footer="Versendet über Personio"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Sehr geehrter Herr Abara-Le Goff,

vielen Dank für Ihre Bewerbung als Umwelttechniker (m/w/d) und Ihr Interesse an der Förde Umweltlabor GmbH.

Hiermit bestätigen wir den Eingang Ihrer Unterlagen. Wir prüfen Ihre Bewerbung sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.

Mit freundlichen Grüßen
Ihr Team der Förde Umweltlabor GmbH""",
    ),
    dict(
        kind="application_received", slug="nordwasser_sf_ack", lang="de",
        company="Nordwasser Kiel", contact="",
        frm=("Nordwasser Kiel AG - Karriere", "no-reply@successfactors.eu"), tz="utc",
        subject="Ihre Bewerbung ist bei uns eingegangen – Job-ID 48810",
        date="2026-08-03 05:12", parts="html", shell="card", cte="base64",
        shell_opts=dict(brand="Nordwasser Kiel – Karriere", color="#004f80",
                        footer="Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Guten Tag Corentin Abara-Le Goff,

vielen Dank für Ihre Bewerbung auf die Stelle „Techniker/in Trinkwasserüberwachung“ (Job-ID 48810). Ihre Unterlagen sind vollständig bei uns eingegangen.

Aufgrund der Vielzahl an Bewerbungen können wir leider nicht jedem Bewerber individuell antworten. Sollte Ihr Profil zu unseren Anforderungen passen, meldet sich unser Recruiting-Team innerhalb der nächsten vier Wochen bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Mit freundlichen Grüßen
Nordwasser Kiel AG – Personalgewinnung""",
    ),
    dict(
        kind="application_received", slug="ostsee_smartrecruiters_ack", lang="de",
        company="Ostsee Monitoring", contact="",
        frm=("Ostsee Monitoring GmbH Recruiting", "noreply@smartrecruiters.com"), tz="utc",
        subject="Danke für Ihre Bewerbung bei Ostsee Monitoring", date="2026-01-12 18:37",
        parts="alt", shell="card", cte="quoted-printable",
        shell_opts=dict(brand="Ostsee Monitoring", color="#12406b",
                        footer="Ostsee Monitoring GmbH · Schwentinestraße 20 · 24149 Kiel"),
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Hallo Corentin,

danke, dass Sie sich für die Position Messtechniker (m/w/d) Küstengewässer beworben haben. Ihre Bewerbung ist bei uns angekommen.

Unser Fachbereich sieht sich alle Unterlagen an. Passt Ihr Profil, vereinbaren wir als nächsten Schritt ein kurzes Telefoninterview mit Ihnen.

Viele Grüße
Ihr Recruiting-Team""",
    ),
    # ============================================================ received, es
    dict(
        kind="application_received", slug="aguasbahia_ack", lang="es",
        company="Consorcio de Aguas de la Bahía", contact="",
        frm=("Consorcio de Aguas de la Bahía", "no-responder@aguasbahia.example.es"),
        name_enc="q-iso-8859-1",
        subject="Registro de su solicitud: Técnico/a de control de calidad del agua",
        subject_enc="q-iso-8859-1", date="2026-04-20 09:00",
        charset="iso-8859-1", cte="quoted-printable",
        headers=[("Auto-Submitted", "auto-generated")],
        body="""Estimado/a candidato/a:

Le confirmamos que su solicitud para el puesto de Técnico/a de control de calidad del agua ha quedado registrada con el número de entrada 2026/0417.

Una vez finalizado el plazo de presentación, la comisión de selección valorará los méritos de todas las solicitudes. Las personas preseleccionadas serán convocadas por correo electrónico.

Este mensaje se ha generado automáticamente; por favor, no responda a esta dirección.

Consorcio de Aguas de la Bahía
Av. de Parayas 22, 39011 Santander""",
    ),
    dict(
        kind="application_received", slug="ecolitoral_ack", lang="es",
        company="EcoLitoral Cantabria", contact="",
        frm=("EcoLitoral Cantabria", "noreply@bamboohr.com"), tz="utc",
        subject="Hemos recibido tu candidatura", date="2026-08-24 11:10",
        parts="alt", shell="card", cte="base64",
        shell_opts=dict(brand="EcoLitoral Cantabria", color="#1f6f8b",
                        footer="Enviado con BambooHR"),
        body="""Hola Corentin:

¡Gracias por presentar tu candidatura al puesto de Técnico/a de Medio Ambiente Litoral! La hemos recibido correctamente.

Nuestro equipo revisará tu perfil en los próximos días y, si encaja con lo que buscamos, nos pondremos en contacto contigo.

Un saludo,
Equipo de Personas · EcoLitoral Cantabria""",
    ),
    dict(
        kind="application_received", slug="trabajocantabrico_alta", lang="es",
        company="Trabajo Cantábrico", contact="lorena.diego@trabajocantabrico.example.es",
        frm=("Lorena Diego", "lorena.diego@trabajocantabrico.example.es"),
        subject="Ya estás en nuestra bolsa de candidatos", subject_enc="q-utf-8",
        date="2026-02-09 13:26", cte="quoted-printable",
        body="""Hola Corentin:

Te confirmo que ya estás dado de alta en la bolsa de candidatos de Trabajo Cantábrico. He registrado tu CV, tu NIE y tus preferencias: puestos de técnico de medio ambiente, depuración o acuicultura en la zona de Santander y Torrelavega, con disponibilidad inmediata.

Cuando haya una oferta que encaje contigo te llamaré para contártela antes de presentarte al cliente.

Un saludo,
Lorena Diego
Consultora de selección · Trabajo Cantábrico ETT
C/ Calvo Sotelo 14, 39002 Santander · 942 21 87 30""",
    ),
    # ============================================================ offers, fr
    dict(
        kind="offer", slug="eauxdugolfe_offer_pdf", lang="fr",
        company="Eaux du Golfe", contact="m.lefloch@eauxdugolfe.example.fr",
        frm=("Maïwenn Le Floc'h", "m.lefloch@eauxdugolfe.example.fr"), name_enc="b-utf-8",
        subject="Proposition d'embauche – Technicien(ne) qualité des eaux",
        date="2026-03-18 16:30", parts="alt", shell="outlook", cte="quoted-printable",
        parent="eauxdugolfe_moved_seq1",
        attach=[pdf("Proposition_embauche_EDG-2026-04.pdf", "Eaux du Golfe - Proposition d'embauche",
                    ["Vannes, le 18 mars 2026", "", "Monsieur Corentin Abara-Le Goff", "",
                     "Poste : Technicien qualité des eaux - réseau de surveillance",
                     "Contrat : CDI de droit privé, statut agent de maîtrise",
                     "Prise de poste : lundi 4 mai 2026",
                     "Rémunération brute annuelle : 29 400 euros sur 13 mois",
                     "Lieu de travail : Vannes, déplacements sur le territoire", "",
                     "Réponse souhaitée avant le 27 mars 2026."])],
        body="""Bonjour Monsieur Abara-Le Goff,

À la suite de votre entretien du 9 mars, j'ai le plaisir de vous annoncer que le jury vous a retenu pour le poste de technicien qualité des eaux.

Vous trouverez ci-joint notre proposition d'embauche : CDI à compter du 4 mai 2026, rémunération brute annuelle de 29 400 € sur 13 mois, véhicule de service pour les tournées de prélèvement. Le détail des conditions figure dans le document.

Je vous remercie de nous faire part de votre réponse avant le 27 mars. Je reste bien sûr disponible pour en parler par téléphone.

Bien cordialement,

Maïwenn Le Floc'h
Chargée de recrutement et de développement RH
Eaux du Golfe – 02 97 46 30 12""",
    ),
    dict(
        kind="offer", slug="kornog_client_offer", lang="fr",
        company="Kornog Talents", contact="yv.leberre@kornog-talents.example.fr",
        frm=("Yann-Vari Le Berre", "yv.leberre@kornog-talents.example.fr"),
        subject="Bonne nouvelle !", date="2026-05-06 12:14", parts="alt",
        cte="quoted-printable", parent="kornog_client_moves",
        body="""Bonjour Corentin,

Je sors d'un appel avec mon client : il a été très convaincu par votre entretien de vendredi et souhaite vous faire une offre pour le poste de technicien hydromorphologie.

Les grandes lignes : CDI, 31 k€ bruts annuels, prise de poste début juin, 40 % du temps sur le terrain dans les bassins de la Loire et de la Vilaine. Il vous enverra la proposition écrite dès que vous m'aurez donné votre accord de principe.

Appelez-moi quand vous pouvez, j'aimerais vous en parler avant qu'il ne vous contacte directement.

Bien cordialement,
Yann-Vari Le Berre
Consultant associé – Kornog Talents
06 33 84 12 07""",
    ),
    dict(
        kind="offer", slug="hydroarmor_verbal_followup", lang="fr",
        company="Hydro-Armor Conseil", contact="solenn.guillou@hydroarmor.example.fr",
        frm=("Solenn Guillou", "solenn.guillou@hydroarmor.example.fr"),
        subject="Suite à notre appel de ce matin", date="2026-05-04 11:37", cte="8bit",
        parent="hydroarmor_interviewer_ill",
        body="""Bonjour Corentin,

Comme je vous l'ai annoncé au téléphone ce matin, nous serions ravis de vous accueillir chez Hydro-Armor Conseil en tant que technicien mesures hydrologiques. Je vous confirme par écrit les éléments dont nous avons parlé :

- CDI, statut ETAM, 35 h avec astreintes crues rémunérées ;
- salaire de 2 350 € brut mensuel sur 12 mois, plus prime de terrain ;
- démarrage souhaité le 1er juin 2026 ;
- poste basé à Nantes, interventions dans tout le Grand Ouest.

Le contrat vous sera adressé par notre service paie d'ici la fin de la semaine. D'ici là, n'hésitez pas à revenir vers moi si vous avez des questions.

Bien à vous,
Solenn Guillou
Chargée RH – Hydro-Armor Conseil
02 40 48 71 36""",
    ),
    dict(
        kind="offer", slug="atlantis_contract_signature", lang="fr",
        company="Nantes Loire Hydro", contact="lenaig.pichon@atlantis-interim.example.fr",
        frm=("Lénaïg Pichon", "lenaig.pichon@atlantis-interim.example.fr"), name_enc="b-utf-8",
        subject="Votre contrat de mission Nantes Loire Hydro à signer",
        date="2026-08-24 17:03", parts="alt", cte="quoted-printable",
        body="""Bonjour Corentin,

Nantes Loire Hydro a validé votre candidature pour la mission de technicien de mesures sur l'estuaire : c'est bon, ils vous prennent !

Votre contrat de mission est disponible dans votre espace intérimaire pour signature électronique :
https://moncompte.atlantis-interim.example.fr/contrats/CM-2026-08-5521

Les éléments : du 31 août au 18 décembre 2026, 35 h par semaine, 13,90 € brut de l'heure plus indemnités de fin de mission et de congés payés. Rendez-vous le lundi 31 à 8 h au quai Wilson pour l'accueil sécurité.

Merci de signer avant jeudi midi, sinon le client ne pourra pas vous faire monter sur le bateau.

Lénaïg Pichon
Chargée d'affaires – Atlantis Intérim Nantes Erdre
02 40 29 15 77""",
    ),
    dict(
        kind="offer", slug="ilb_contract_signature", lang="fr",
        company="Institut Littoral Breton", contact="y.kervella@ilb.example.fr",
        frm=("Yvonne Kervella", "y.kervella@ilb.example.fr"),
        cc=[("Anne-Laure Quéré", "al.quere@ilb.example.fr")], to_enc="q-utf-8",
        subject="Contrat CDD – technicien d'expérimentation aquacole – pour signature",
        date="2026-07-03 10:48", parts="alt", cte="base64", parent="ilb_moved_16h",
        attach=[pdf("Contrat_CDD_ILB_2026-117.pdf", "Institut Littoral Breton - Contrat CDD",
                    ["Contrat de travail à durée déterminée n° 2026-117", "",
                     "Entre l'Institut Littoral Breton et M. Corentin Abara-Le Goff",
                     "Fonction : technicien d'expérimentation aquacole",
                     "Durée : 18 mois, du 1er septembre 2026 au 28 février 2028",
                     "Rémunération : grille technicien, échelon 3",
                     "Lieu : plateforme d'expérimentation, Plouzané", "",
                     "Fait en deux exemplaires."])],
        body="""Bonjour Monsieur Abara-Le Goff,

Suite à la décision du comité de recrutement, dont Mme Quéré vous a informé par téléphone, je vous adresse en pièce jointe votre contrat de travail à durée déterminée de 18 mois, à compter du 1er septembre 2026.

Merci de nous le retourner paraphé et signé, en deux exemplaires, avant le 20 juillet, accompagné de votre RIB, d'une copie de votre carte Vitale et de votre dernier diplôme. Un exemplaire contresigné vous sera renvoyé.

Cordialement,

Yvonne Kervella
Service du personnel
Institut Littoral Breton – Technopôle Brest-Iroise, 29280 Plouzané
02 98 05 47 02""",
    ),
    # ============================================================ offers, en
    dict(
        kind="offer", slug="shannonside_icm_offer", lang="en",
        company="Irish Coastal Monitoring", contact="ciaran.walsh@shannonside.example.ie",
        frm=("Ciarán Walsh", "ciaran.walsh@shannonside.example.ie"), name_enc="q-utf-8",
        subject="ICM – they want you!", date="2026-09-08 15:52", cte="quoted-printable",
        parent="shannonside_client_moved",
        body="""Corentin,

Irish Coastal Monitoring have just been on: they want to make you an offer for the Coastal Survey Technician role.

Headline terms: permanent contract, €38,500 base, overtime on survey days at sea, 23 days' leave, start date 5 October. They were really taken with how you talked about safety on the boats.

Formal paperwork will come from their HR once you've said yes in principle. Give me a ring this evening and we'll go through it, including the relocation contribution I'm still pushing for.

Ciarán

Ciarán Walsh
Senior Consultant, Science & Environment
Shannonside Recruitment | +353 21 427 6610""",
    ),
    dict(
        kind="offer", slug="corkharbour_offer_pdf", lang="en",
        company="Cork Harbour Marine Lab", contact="f.barry@corkharbourlab.example.ie",
        frm=("Fionnuala Barry", "f.barry@corkharbourlab.example.ie"), name_enc="b-utf-8",
        subject="Offer of employment – Research Technician", date="2026-08-04 14:26",
        parts="alt", shell="simple", cte="quoted-printable",
        parent="corkharbour_casual_chat",
        attach=[pdf("CHML_offer_letter_Abara-Le_Goff.pdf", "Cork Harbour Marine Lab",
                    ["4 August 2026", "", "Dear Corentin,", "",
                     "We are pleased to offer you the position of Research Technician",
                     "(shellfish and water quality), fixed-term 24 months.",
                     "Salary: EUR 36,200 per annum. Hours: 37 per week.",
                     "Proposed start date: 1 September 2026.", "",
                     "Please sign and return a copy by 14 August 2026.", "",
                     "Dr Fionnuala Barry, Principal Investigator"])],
        body="""Dear Corentin,

Following our conversation at the lab and your meeting with the funding committee, I'm delighted to offer you the post of Research Technician on the shellfish and water quality programme.

Your offer letter is attached. It's a 24-month fixed-term contract at €36,200 per year, starting 1 September if that suits. Please sign and return a copy by 14 August, and do call me if anything in it needs discussing.

Very much looking forward to working with you.

Fionnuala

Dr Fionnuala Barry
Principal Investigator, Cork Harbour Marine Lab
Haulbowline Island, Cobh, Co. Cork""",
    ),
    # ============================================================ offers, de
    dict(
        kind="offer", slug="nordwind_hafenlabor_offer", lang="de",
        company="Kieler Hafenlabor", contact="m.soerensen@nordwind-personal.example.de",
        frm=("Meike Sörensen", "m.soerensen@nordwind-personal.example.de"), name_enc="q-utf-8",
        subject="Zusage vom Kieler Hafenlabor!", date="2026-07-23 09:02", cte="8bit",
        parent="nordwind_client_moves",
        body="""Guten Morgen Herr Abara-Le Goff,

ich habe gute Nachrichten: Das Kieler Hafenlabor möchte Ihnen ein Angebot machen! Herr Matthiesen war nach dem Gespräch am 16. Juli sehr angetan.

Eckdaten: Einsatz als Probenehmer/Laborhelfer ab 3. August, Vollzeit, 16,80 Euro Stundenlohn plus Branchenzuschlag, Übernahme nach sechs Monaten ausdrücklich geplant.

Ihren Arbeitsvertrag mit uns bereite ich heute vor. Können Sie morgen zwischen 10 und 12 Uhr zur Unterschrift in die Holstenstraße kommen?

Beste Grüße
Meike Sörensen
Nordwind Personal – Niederlassung Kiel
Tel. 0431 990 4471""",
    ),
    dict(
        kind="offer", slug="nordwasser_contract_pdf", lang="de",
        company="Nordwasser Kiel", contact="frauke.hansen@nordwasser-kiel.example.de",
        frm=("Frauke Hansen", "frauke.hansen@nordwasser-kiel.example.de"),
        subject="Vertragsangebot – Techniker/in Trinkwasserüberwachung", subject_enc="q-utf-8",
        date="2026-09-14 13:45", parts="alt", shell="outlook", cte="quoted-printable",
        attach=[pdf("Vertragsangebot_Abara-Le_Goff.pdf", "Nordwasser Kiel AG",
                    ["Vertragsangebot", "",
                     "Stelle: Techniker/in Trinkwasserüberwachung (Job-ID 48810)",
                     "Beginn: 1. November 2026, unbefristet",
                     "Vergütung: Entgeltgruppe 8 TV-V, Stufe 2",
                     "Arbeitszeit: 39 Stunden/Woche, Gleitzeit", "",
                     "Bitte senden Sie uns Ihre Annahme bis zum 25. September 2026."])],
        body="""Sehr geehrter Herr Abara-Le Goff,

wir freuen uns, Ihnen nach den Gesprächen mit unserer Abteilung Wasserqualität die Stelle als Techniker für die Trinkwasserüberwachung anbieten zu können.

Im Anhang finden Sie unser Vertragsangebot mit allen Konditionen (unbefristet, Beginn 1. November 2026, Vergütung nach TV-V). Bitte lassen Sie uns Ihre Entscheidung bis zum 25. September zukommen. Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Frauke Hansen
Personalgewinnung
Nordwasser Kiel AG
Knooper Weg 75, 24116 Kiel
Tel. +49 431 594 2218

Nordwasser Kiel AG · Sitz Kiel · Amtsgericht Kiel HRB 4410 · Vorstand: Dr. Henning Paulsen
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.""",
    ),
    # ============================================================ offers, es
    dict(
        kind="offer", slug="aguasbahia_oferta", lang="es",
        company="Consorcio de Aguas de la Bahía", contact="nerea.gutierrez@aguasbahia.example.es",
        frm=("Nerea Gutiérrez Sainz", "nerea.gutierrez@aguasbahia.example.es"),
        name_enc="b-iso-8859-1",
        subject="Oferta de empleo – Técnico/a de control de calidad del agua",
        subject_enc="b-utf-8", date="2026-05-27 10:20", parts="alt", shell="outlook",
        cte="quoted-printable", parent="aguasbahia_seq1",
        attach=[pdf("Oferta_CAB_Abara-Le_Goff.pdf", "Consorcio de Aguas de la Bahia",
                    ["Santander, 27 de mayo de 2026", "",
                     "Puesto: Técnico/a de control de calidad del agua",
                     "Contrato: indefinido, jornada completa",
                     "Retribución bruta anual: 28.600 euros",
                     "Incorporación: 15 de junio de 2026", "",
                     "Se ruega respuesta antes del 5 de junio de 2026."])],
        body="""Estimado Corentin:

Tras la entrevista del pasado 14 de mayo, tengo el placer de comunicarle que la comisión de selección le ha propuesto para el puesto de técnico/a de control de calidad del agua.

Le adjunto la carta de oferta con las condiciones: contrato indefinido a jornada completa, 28.600 € brutos anuales y fecha de incorporación el 15 de junio. Le rogamos que nos confirme su aceptación antes del 5 de junio.

Quedo a su disposición para cualquier duda.

Un saludo cordial,

Nerea Gutiérrez Sainz
Técnica de Recursos Humanos
Consorcio de Aguas de la Bahía · 942 33 61 00""",
    ),
]
