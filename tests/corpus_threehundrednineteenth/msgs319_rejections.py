"""rejection: every kind of "no", soft or blunt (31)."""

from __future__ import annotations

from msgs319_common import AUTO, html_page, paras

MESSAGES = [
    # ---------------------------------------------------------------- German
    {
        "id": "rej_vetoria_after_interview", "kind": "rejection", "lang": "de",
        "company": "Vetoria Tiergesundheit", "contact": "lena.osterkamp@vetoria.example.de",
        "frm": "Lena Osterkamp <lena.osterkamp@vetoria.example.de>",
        "subj": "Ihre Bewerbung als Junior Specialist Pharmacovigilance Veterinary",
        "date": "2026-03-18 13:02 +0100", "parent": "inv_vetoria_new_slot",
        "text": """Liebe Frau Lammersdorf,

nochmals vielen Dank, dass Sie sich Anfang März Zeit für das Gespräch mit Dr. Brandes und mir genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Letztlich haben wir uns für eine Kandidatin entschieden, die bereits Erfahrung mit der EU-Tierarzneimitteldatenbank (UPD) mitbringt. Wir können Ihnen die Stelle daher leider nicht anbieten.

Ihr Interesse an der Tiergesundheit hat uns gefreut – vielleicht kreuzen sich unsere Wege ja bei einer künftigen Ausschreibung noch einmal.

Alles Gute für Ihren weiteren Weg!
Lena Osterkamp
Recruiting | Vetoria Tiergesundheit""",
    },
    {
        "id": "rej_aasee_after_probetag", "kind": "rejection", "lang": "de",
        "company": "Klinikum Aasee", "contact": "m.tenhagen@klinikum-aasee.example.de",
        "frm": "\"Tenhagen, Monika\" <m.tenhagen@klinikum-aasee.example.de>",
        "subj": "AW: Danke für den Hospitationstag",
        "date": "2026-04-14 10:33 +0200", "parent": "own_de_thanks_aasee", "quote": "outlook",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

haben Sie vielen Dank für Ihre freundlichen Zeilen und Ihr Engagement während des Hospitationstages.

Nach Abschluss aller Gespräche hat sich die Auswahlkommission für eine Bewerberin entschieden, die bereits in einer Krankenhausapotheke tätig ist. Wir bedauern, Ihnen keine positivere Nachricht übermitteln zu können.

Ihre Unterlagen werden nach Ablauf der Frist gemäß AGG nach sechs Monaten gelöscht.

Mit freundlichen Grüßen
i. A. Monika Tenhagen
Personalabteilung - Recruiting
Klinikum Aasee Münster""",
    },
    {
        "id": "rej_agpw_suspended", "kind": "rejection", "lang": "de",
        "company": "Agentur für Gesundheitsprodukte Wien", "contact": "sabine.hoedl@agpw.example.at",
        "frm": "Mag. Sabine Hödl <sabine.hoedl@agpw.example.at>",
        "name_enc": ("utf-8", "q"),
        "subj": "GZ 2026/PV/014 – Einstellung des Auswahlverfahrens",
        "date": "2026-07-01 15:30 +0200", "cte": "base64",
        "text": """Sehr geehrte Frau Lammersdorf,

wir danken Ihnen für Ihre Teilnahme am Hearing für die Position Referent*in Pharmakovigilanz.

Aufgrund der vom Bundesministerium verfügten Budgetsperre für Neuaufnahmen im zweiten Halbjahr 2026 wird das Auswahlverfahren zur GZ 2026/PV/014 mit sofortiger Wirkung eingestellt. Eine Besetzung der Planstelle erfolgt nicht. Ihre Bewerbung kann in diesem Verfahren daher nicht weiter berücksichtigt werden.

Sollte die Position zu einem späteren Zeitpunkt neu ausgeschrieben werden, würden wir uns über eine neuerliche Bewerbung freuen.

Mit freundlichen Grüßen
Mag. Sabine Hödl
Personal und Recht
Agentur für Gesundheitsprodukte Wien""",
    },
    {
        "id": "rej_helvapharm", "kind": "rejection", "lang": "de",
        "company": "Helvapharm", "contact": "",
        "frm": "Helvapharm Careers <noreply@successfactors.eu>",
        "subj": "Ihre Bewerbung bei Helvapharm – Regulatory Affairs Specialist Generics",
        "date": "2026-02-20 08:15 +0100", "hdrs": AUTO,
        "text": """Guten Tag Frau Lammersdorf

Nochmals besten Dank für Ihr Interesse an Helvapharm und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach eingehender Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für andere Kandidatinnen und Kandidaten entschieden haben, deren Profil den Anforderungen der Stelle noch besser entspricht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüsse
Talent Acquisition
Helvapharm AG, Basel""",
    },
    {
        "id": "rej_galenova_after_ac", "kind": "rejection", "lang": "de",
        "company": "Galenova", "contact": "",
        "frm": "Galenova Talent Acquisition <galenova@myworkday.com>",
        "subj": "Update zu Ihrer Bewerbung – R-10472 Regulatory Affairs Officer",
        "date": "2026-07-14 06:30 -0700",
        "html": html_page(paras(
            "Hallo Friederike,",
            "vielen Dank für Ihre Teilnahme an unserem Assessment Center und das Interesse an "
            "Galenova.",
            "Nach sorgfältiger Abwägung haben wir uns entschieden, den Prozess mit anderen "
            "Kandidatinnen und Kandidaten fortzusetzen. Diese Entscheidung ist uns bei der "
            "Vielzahl guter Bewerbungen nicht leichtgefallen.",
            "Wir würden uns freuen, wenn Sie uns auch bei zukünftigen Stellenangeboten in "
            "Betracht ziehen.",
            "Viele Grüße<br>Galenova Talent Acquisition",
        ), brand="GALENOVA", color="#6a1b9a",
            footer="Diese Nachricht wurde von Workday im Auftrag von Galenova versendet."),
    },
    {
        "id": "rej_medicanna_internal", "kind": "rejection", "lang": "de",
        "company": "Medicanna Westfalen", "contact": "jonas@medicanna-westfalen.example.de",
        "frm": "Jonas Feldhues <jonas@medicanna-westfalen.example.de>",
        "subj": "Kurzes Update von Medicanna",
        "date": "2026-06-02 12:11 +0200",
        "text": """Hi Friederike,

ich wollte dir noch eine ehrliche Rückmeldung geben, bevor wir einen neuen Termin ausmachen: Während ich krank war, hat sich intern eine Kollegin aus der Qualitätskontrolle auf die Stelle beworben – und wir haben uns entschieden, die Position mit ihr zu besetzen.

Damit ist die Stelle leider vergeben und wir führen keine weiteren Gespräche. Tut mir echt leid, dass es so gelaufen ist, ich hätte dich gern kennengelernt.

Alles Gute und liebe Grüße
Jonas

Jonas Feldhues | Head of Quality & QP-Assistenz
Medicanna Westfalen GmbH""",
    },
    {
        "id": "rej_kessler_weserland", "kind": "rejection", "lang": "de",
        "company": "Weserland Pharma", "contact": "t.kessler@kessler-brandt.example.de",
        "frm": "Thomas Kessler <t.kessler@kessler-brandt.example.de>",
        "subj": "Rückmeldung Weserland Pharma",
        "date": "2026-05-12 16:45 +0200", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

ich habe heute das Feedback von Weserland Pharma bekommen und muss Ihnen leider sagen, dass sich der Mandant für eine andere Kandidatin entschieden hat. Sie hatte bereits drei Jahre Erfahrung mit PSURs, das hat am Ende den Ausschlag gegeben.

Herr Dr. Gerdes hat ausdrücklich betont, dass Sie einen sehr guten, strukturierten Eindruck hinterlassen haben. Ich behalte Sie auf jeden Fall für weitere Mandate im Blick.

Beste Grüße
Thomas Kessler
Kessler & Brandt Personalberatung
Georgstraße 38 · 30159 Hannover""",
    },
    {
        "id": "rej_promed_client", "kind": "rejection", "lang": "de",
        "company": "ProMed Personal", "contact": "d.aydin@promed-personal.example.de",
        "frm": "Derya Aydin | ProMed Personal <d.aydin@promed-personal.example.de>",
        "subj": "Rückmeldung zum Einsatz in Amelsbüren",
        "date": "2026-02-10 11:17 +0100", "parent": "own_de_promed_sorry", "quote": "gt",
        "cs": "windows-1252", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

danke noch einmal für Ihre Erklärung. Ich habe mit unserem Kunden gesprochen: Er hat die Stelle inzwischen mit einer anderen Bewerberin besetzt und möchte den Prozess mit Ihnen nicht weiterführen.

Für diesen Einsatz kann ich Ihnen also leider keine Zusage geben. Ich melde mich, wenn etwas Passendes reinkommt.

Viele Grüße
Derya Aydin
ProMed Personal – Niederlassung Münster""",
    },
    {
        "id": "rej_nordwest_on_hold", "kind": "rejection", "lang": "de",
        "company": "Nordwest Generika", "contact": "",
        "frm": "Nordwest Generika Personal <karriere@nordwest-generika.example.de>",
        "subj": "Ihre Bewerbung als Sachbearbeiterin Zulassung",
        "subj_enc": ("iso-8859-1", "q"),
        "date": "2026-03-25 14:00 +0100", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Sehr geehrte Frau Lammersdorf,

nochmals vielen Dank für Ihre Bewerbung und Ihre Geduld.

Aufgrund einer internen Umstrukturierung unserer Zulassungsabteilung haben wir entschieden, die ausgeschriebene Stelle vorerst nicht zu besetzen. Das Bewerbungsverfahren wird daher beendet und wir können Ihre Bewerbung leider nicht weiter berücksichtigen.

Wir bedauern, Ihnen keinen anderen Bescheid geben zu können, und wünschen Ihnen für Ihre Zukunft alles Gute.

Mit freundlichen Grüßen
Personalabteilung
Nordwest Generika""",
    },
    {
        "id": "rej_ostfalen_second_round", "kind": "rejection", "lang": "de",
        "company": "Ostfalen Pharma", "contact": "jan.wiebking@ostfalen-pharma.example.de",
        "frm": "Jan Wiebking <jan.wiebking@ostfalen-pharma.example.de>",
        "subj": "Ihre Bewerbung – Pharmakovigilanz-Assistenz",
        "date": "2026-05-05 17:20 +0200", "cs": "windows-1252", "cte": "8bit",
        "text": """Hallo Frau Lammersdorf,

vielen Dank, dass Sie sich nach dem Telefoninterview auch noch die Zeit für das zweite Gespräch bei uns in Hannover genommen haben.

Ich muss Ihnen heute leider eine Absage übermitteln. Frau Dr. Sommerkamp hat sich für einen Bewerber entschieden, der bereits Erfahrung in der Literaturrecherche für Signale hat. Das ist keine Entscheidung gegen Ihre Qualifikation – Ihr Fachwissen aus der Offizin war beeindruckend.

Für die Zukunft alles Gute – und bleiben Sie dran, der Weg in die PV lohnt sich!

Viele Grüße
Jan Wiebking
HR Business Partner | Ostfalen Pharma""",
    },
    {
        "id": "rej_pvkontor_soft", "kind": "rejection", "lang": "de",
        "company": "PV-Kontor", "contact": "h.lueke@pv-kontor.example.de",
        "frm": "Heike Lüke <h.lueke@pv-kontor.example.de>",
        "name_enc": ("windows-1252", "q"),
        "subj": "Ihre Bewerbung bei PV-Kontor",
        "date": "2026-10-06 09:49 +0200", "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Liebe Frau Lammersdorf,

schön, dass wir nach dem holprigen Start doch noch telefonieren konnten – danke für das offene Gespräch.

Leider kann ich Ihnen heute keine positive Nachricht geben. Für die Case-Processing-Stelle brauchen wir jemanden, der sofort im Nachtdienst-Rotationsplan mitarbeiten kann, und das passt mit Ihren zeitlichen Möglichkeiten aktuell nicht zusammen. Wir werden Ihre Bewerbung deshalb nicht weiterverfolgen.

Ich wünsche Ihnen von Herzen viel Erfolg!
Heike Lüke
Teamleitung Case Processing | PV-Kontor""",
    },
    {
        "id": "rej_emsland_withdrawn", "kind": "rejection", "lang": "de",
        "company": "Tierarzneimittel Emsland", "contact": "",
        "frm": "Tierarzneimittel Emsland <noreply@recruitee.com>",
        "subj": "Information zur Stelle \"Regulatory Affairs Assistant Veterinary\"",
        "date": "2026-07-28 10:05 +0200", "hdrs": AUTO,
        "text": """Guten Tag Frau Lammersdorf,

vielen Dank für Ihre Bewerbung bei Tierarzneimittel Emsland.

Wir möchten Sie darüber informieren, dass die Stellenausschreibung "Regulatory Affairs Assistant Veterinary (m/w/d)" zurückgezogen wurde. Die Position wird nicht besetzt; das Auswahlverfahren ist damit für alle Bewerberinnen und Bewerber beendet.

Ihre Daten werden gemäß unserer Datenschutzhinweise nach sechs Monaten gelöscht, sofern Sie nicht in die Aufnahme in unseren Talentpool eingewilligt haben.

Mit freundlichen Grüßen
Ihr HR-Team
Tierarzneimittel Emsland, Lingen (Ems)""",
    },
    {
        "id": "rej_alpenklin_after_call", "kind": "rejection", "lang": "de",
        "company": "Alpenklin", "contact": "k.moser@alpenklin.example.at",
        "frm": "Katharina Moser from Alpenklin <alpenklin@recruitee.com>",
        "reply_to": "Katharina Moser <k.moser@alpenklin.example.at>",
        "subj": "Alpenklin – Rückmeldung zu Ihrer Bewerbung (Clinical Safety Coordinator)",
        "date": "2026-07-08 11:25 +0200",
        "text": """Liebe Frau Lammersdorf,

vielen Dank für das angenehme Gespräch mit Herrn Reiter und mir.

Leider müssen wir Ihnen mitteilen, dass wir uns im weiteren Auswahlprozess für eine Kandidatin mit mehr Erfahrung in klinischen Studien entschieden haben. Die Entscheidung ist uns nicht leichtgefallen.

Wir bedanken uns für Ihr Interesse an Alpenklin und wünschen Ihnen für die Zukunft alles Gute.

Liebe Grüße aus Wien
Katharina Moser
People & Culture | Alpenklin""",
    },
    {
        "id": "rej_lippe_reply", "kind": "rejection", "lang": "de",
        "company": "Lippe Biopharm", "contact": "b.stratmann@lippe-biopharm.example.de",
        "frm": "Bernd Stratmann <b.stratmann@lippe-biopharm.example.de>",
        "subj": "AW: Nachfrage zu meiner Bewerbung (Regulatory Affairs Assistant)",
        "date": "2026-10-07 08:03 +0200", "parent": "own_de_followup_lippe", "quote": "gt",
        "text": """Guten Morgen Frau Lammersdorf,

danke für die Nachfrage und entschuldigen Sie, dass Sie so lange nichts gehört haben. Wir haben uns im September bereits für eine andere Bewerberin entschieden – die Absage ist bei uns offenbar untergegangen.

Viel Erfolg weiterhin!

Bernd Stratmann
Leiter Regulatory Affairs
Lippe Biopharm | Detmold""",
    },
    {
        "id": "rej_bioquadrat", "kind": "rejection", "lang": "de",
        "company": "BioQuadrat", "contact": "nina.wyss@bioquadrat.example.ch",
        "frm": "Nina Wyss via Ashby <no-reply@ashbyhq.com>",
        "reply_to": "Nina Wyss <nina.wyss@bioquadrat.example.ch>",
        "subj": "BioQuadrat | Ihre Bewerbung als Study Start-up & Regulatory Associate",
        "date": "2026-03-04 16:55 +0100",
        "html": html_page(paras(
            "Liebe Frau Lammersdorf",
            "Herzlichen Dank für Ihre Bewerbung bei BioQuadrat und Ihr Interesse an der "
            "Position Study Start-up &amp; Regulatory Associate in Basel.",
            "Nach sorgfältiger Prüfung aller Unterlagen haben wir entschieden, Ihre Bewerbung "
            "nicht weiterzuverfolgen. Für diese Rolle suchen wir jemanden mit fundierter "
            "Erfahrung in Einreichungen bei Swissmedic und Ethikkommissionen.",
            "Wir wünschen Ihnen bei Ihrer weiteren Suche viel Erfolg.",
            "Freundliche Grüsse<br>Nina Wyss<br>Talent Acquisition, BioQuadrat",
        ), brand="BioQuadrat", color="#37474f"),
    },
    # ---------------------------------------------------------------- English
    {
        "id": "rej_liffey_not_shortlisted", "kind": "rejection", "lang": "en",
        "company": "Liffey Generics", "contact": "",
        "frm": "Liffey Generics <noreply@workablemail.com>",
        "subj": "Your application for Regulatory Affairs Assistant at Liffey Generics",
        "date": "2026-03-16 10:20 +0000",
        "html": html_page(paras(
            "Dear Friederike,",
            "Thank you for taking the time to apply for the Regulatory Affairs Assistant role at "
            "Liffey Generics.",
            "We have reviewed your application carefully and regret to inform you that on this "
            "occasion you have not been shortlisted for interview.",
            "We will keep your details on file for six months and may contact you should a "
            "suitable role arise.",
            "Kind regards,<br>The Liffey Generics Hiring Team",
        ), lang="en", footer="Powered by Workable"),
    },
    {
        "id": "rej_sentinel_moving_forward", "kind": "rejection", "lang": "en",
        "company": "Sentinel PV Services", "contact": "",
        "frm": "Sentinel PV Services <no-reply@hire.lever.co>",
        "subj": "Update on your application - Sentinel PV Services",
        "date": "2026-06-23 18:02 +0100",
        "text": """Hi Friederike,

Thank you again for your interest in the Drug Safety Associate (German speaker) position at Sentinel PV Services and for the time you invested in our process.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the role at this time.

We appreciate your interest and wish you every success in your search.

Best regards,
Sentinel PV Services Recruiting

Sent via Lever""",
    },
    {
        "id": "rej_quayside_unnamed", "kind": "rejection", "lang": "en",
        "company": "Quayside Life Science Recruitment",
        "contact": "aisling.ward@quaysiderecruitment.example.ie",
        "frm": "Aisling Ward <aisling.ward@quaysiderecruitment.example.ie>",
        "subj": "Feedback - Regulatory Operations role (confidential client)",
        "date": "2026-10-01 12:12 +0100", "cte": "quoted-printable",
        "text": """Hi Friederike,

Thanks again for letting me put you forward for the Regulatory Operations Associate role with my confidential client in Cork.

I've had feedback from the hiring manager this morning and unfortunately they won't be progressing your application. They felt your German is a big plus but are looking for someone with hands-on eCTD publishing experience (Lorenz or Extedo) for this particular team.

I know it's disappointing. I'll keep you in mind for anything else that comes in - I have a couple of PV roles opening up in Q4.

All the best,
Aisling

Aisling Ward
Consultant, Regulatory & Quality
Quayside Life Science Recruitment
Custom House Square, Dublin 1""",
    },
    {
        "id": "rej_harbourview_after_interview", "kind": "rejection", "lang": "en",
        "company": "Harbourview Pharma", "contact": "c.doyle@harbourview.example.ie",
        "frm": "Ciara Doyle <c.doyle@harbourview.example.ie>",
        "subj": "Regulatory Affairs Executive - outcome",
        "date": "2026-09-30 15:27 +0100",
        "text": """Dear Friederike,

Thank you for interviewing with Colm and me on Tuesday 22nd September for the Regulatory Affairs Executive position.

I regret to inform you that we will not be offering you the position on this occasion. The panel felt that the successful candidate's experience with national procedures at the HPRA was a better fit for our immediate needs.

We appreciate the effort you put into your preparation and wish you well in your future career.

Kind regards,
Ciara Doyle
HR Generalist | Harbourview Pharma

Harbourview Pharma Limited. Registered in Ireland No. 519902. Registered office: Unit 7, Ringsend Business Park, Dublin 4. This message is confidential and may be legally privileged. If you are not the intended recipient, please delete it and notify the sender.""",
    },
    {
        "id": "rej_corrib_cancelled", "kind": "rejection", "lang": "en",
        "company": "Corrib Clinical", "contact": "",
        "frm": "Corrib Clinical Careers <corribclinical@icims.com>",
        "subj": "Safety Data Specialist (Req 2026-0417) - position update",
        "date": "2026-09-08 11:00 -0400", "cte": "quoted-printable",
        "text": """Dear Friederike Lammersdorf,

Thank you for your interest in the Safety Data Specialist (Requisition 2026-0417) position with Corrib Clinical.

We are writing to let you know that this requisition has been cancelled due to a change in business needs, so we will not proceed with your application for this role.

We encourage you to continue to check our career site for future opportunities.

Sincerely,
Corrib Clinical Talent Acquisition

*** This is an automated message. Please do not reply. ***""",
    },
    {
        "id": "rej_northstar_filled", "kind": "rejection", "lang": "en",
        "company": "Northstar Regulatory Consulting", "contact": "eoin@northstar-reg.example.ie",
        "frm": "Eoin Gallagher <eoin@northstar-reg.example.ie>",
        "subj": "Re: Application - Junior Regulatory Consultant",
        "date": "2026-04-24 09:09 +0100",
        "text": """Hi Friederike,

Thanks for getting in touch and sorry for the slow reply. I'm afraid the Junior Regulatory Consultant position has now been filled, so we won't be taking your application further.

Best of luck with the move into regulatory - it's a great field.

Eoin

Eoin Gallagher | Director
Northstar Regulatory Consulting | Dún Laoghaire, Co. Dublin""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "rej_rhodanie_after_site", "kind": "rejection", "lang": "fr",
        "company": "Laboratoires Rhodanie", "contact": "a.morel@rhodanie.example.fr",
        "frm": "Aurélie Morel <a.morel@rhodanie.example.fr>",
        "subj": "Votre candidature – Chargé(e) d'affaires réglementaires junior",
        "date": "2026-04-07 18:10 +0200", "parent": "inv_rhodanie_site",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Friederike,

Je tenais à vous remercier pour votre venue à Saint-Fons et pour la qualité de nos échanges avec M. Caillaux.

Après de longues discussions, nous avons malheureusement décidé de ne pas donner une suite favorable à votre candidature. Nous avons retenu un profil disposant déjà d'une expérience des dossiers de variations sous format eCTD.

Votre motivation et votre parcours atypique nous ont réellement marqués ; n'hésitez pas à postuler à nouveau chez nous.

Bien cordialement,
Aurélie Morel
Chargée de recrutement - Laboratoires Rhodanie""",
    },
    {
        "id": "rej_vetolyon", "kind": "rejection", "lang": "fr",
        "company": "VetoLyon Santé Animale", "contact": "",
        "frm": "VetoLyon Santé Animale <vetolyon@taleo.net>",
        "subj": "Votre candidature – réf. 26-0311",
        "date": "2026-06-18 09:30 +0200", "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Madame,

Nous vous remercions de l'intérêt que vous avez manifesté pour VetoLyon Santé Animale et pour le poste d'Assistant(e) Pharmacovigilance Vétérinaire (réf. 26-0311).

Après étude attentive de votre dossier, nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la suite du processus de recrutement.

Nous conservons votre CV dans notre base pendant deux ans, sauf opposition de votre part.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Direction des Ressources Humaines
VetoLyon Santé Animale""",
    },
    {
        "id": "rej_verneuil_saone", "kind": "rejection", "lang": "fr",
        "company": "Biogénérique Saône", "contact": "p.lacombe@cabinet-verneuil.example.fr",
        "frm": "Pauline Lacombe – Cabinet Verneuil <p.lacombe@cabinet-verneuil.example.fr>",
        "name_enc": ("windows-1252", "q"),
        "subj": "Retour de Biogénérique Saône",
        "date": "2026-10-09 11:45 +0200", "cs": "windows-1252", "cte": "8bit",
        "text": """Bonjour Friederike,

J'ai enfin eu le retour de Biogénérique Saône après votre entretien du 25 septembre. Malheureusement, ils ont choisi de poursuivre avec une autre candidate, déjà pharmacien, pour des raisons liées à l'intérim du pharmacien responsable.

Ils ont apprécié votre sérieux et votre français, qui est excellent – ce n'est donc pas une question de compétences.

Je reviens vers vous dès qu'une mission similaire se présente.

Bien à vous,
Pauline Lacombe
Cabinet Verneuil Recrutement""",
    },
    {
        "id": "rej_fourviere_internal", "kind": "rejection", "lang": "fr",
        "company": "Hôpital de Fourvière", "contact": "n.perrichon@hopital-fourviere.example.fr",
        "frm": "Nadège Perrichon <n.perrichon@hopital-fourviere.example.fr>",
        "subj": "Votre candidature – préparatrice en pharmacie hospitalière (vigilances)",
        "date": "2026-08-26 14:14 +0200", "parent": "ack_fourviere", "quote": "outlook",
        "cs": "windows-1252", "cte": "quoted-printable",
        "text": """Madame,

Nous vous remercions pour votre candidature au poste de préparatrice en pharmacie hospitalière – vigilances.

Nous vous informons que ce poste a été pourvu en interne par mobilité d'une préparatrice de notre établissement. Nous ne pouvons donc pas donner suite à votre candidature.

Nous vous souhaitons pleine réussite dans vos recherches.

Nadège Perrichon
Chargée de recrutement – Hôpital de Fourvière""",
    },
    {
        "id": "rej_rhone_pv_frozen", "kind": "rejection", "lang": "fr",
        "company": "Rhône Pharmacovigilance Conseil", "contact": "j.bonnardel@rhone-pv.example.fr",
        "frm": "Julien Bonnardel <j.bonnardel@rhone-pv.example.fr>",
        "subj": "RE: Entretien de ce matin",
        "date": "2026-08-10 10:02 +0200", "parent": "mis_rhone_pv", "quote": "outlook",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Bonjour Madame Lammersdorf,

Merci pour votre message et vos excuses, bien reçus.

Entre-temps, nous avons perdu le contrat client pour lequel ce recrutement était prévu. Nous avons donc gelé le recrutement et mis fin au processus pour ce poste : nous ne pourrons pas vous proposer de nouvel entretien.

Je vous souhaite bonne continuation.

Cordialement,
Julien Bonnardel
Rhône Pharmacovigilance Conseil""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "rej_verdalia_after_interview", "kind": "rejection", "lang": "es",
        "company": "Verdalia Farma", "contact": "marta.soler@verdalia.example.es",
        "frm": "Marta Soler <marta.soler@verdalia.example.es>",
        "subj": "RE: Gracias por la entrevista",
        "date": "2026-04-09 17:40 +0200", "parent": "own_es_thanks_verdalia", "quote": "gt",
        "text": """Hola Friederike:

Gracias a ti por tu tiempo y por el mensaje tan amable.

Siento comunicarte que, tras valorar todas las entrevistas, hemos decidido seguir adelante con otra candidata que ya tiene experiencia con la normativa de cannabis medicinal en España. Ha sido una decisión muy ajustada.

Nos encantaría mantener el contacto para futuras posiciones. ¡Mucha suerte!

Un abrazo,
Marta Soler
People Partner · Verdalia Farma""",
    },
    {
        "id": "rej_llobregat", "kind": "rejection", "lang": "es",
        "company": "Farmacéutica Llobregat", "contact": "",
        "frm": "Farmacéutica Llobregat - Empleo <llobregat@icims.com>",
        "name_enc": ("utf-8", "q"),
        "subj": "Su candidatura a Técnico/a de Registros (Ref. FL-2026-88)",
        "date": "2026-08-04 12:05 +0200", "cs": "iso-8859-1", "cte": "base64",
        "text": """Estimada Friederike:

Le agradecemos el interés mostrado en Farmacéutica Llobregat y en la posición de Técnico/a de Registros.

Tras analizar detenidamente su candidatura, lamentamos comunicarle que en esta ocasión no ha sido seleccionada para continuar en el proceso.

Conservaremos sus datos para futuras oportunidades que puedan ajustarse a su perfil.

Atentamente,
Departamento de Personas
Farmacéutica Llobregat""",
    },
    {
        "id": "rej_talento_unnamed", "kind": "rejection", "lang": "es",
        "company": "Talento Farma Consultores", "contact": "sergio.navarro@talentofarma.example.es",
        "frm": "Sergio Navarro <sergio.navarro@talentofarma.example.es>",
        "subj": "Feedback proceso Técnica de Registros (cliente confidencial)",
        "date": "2026-09-02 12:50 +0200",
        "text": """Hola Friederike:

Te escribo con el feedback del proceso para la posición de Técnica de Registros en el laboratorio veterinario de Girona que te comenté (cliente confidencial).

Lamentablemente, el cliente ha decidido no avanzar con tu candidatura: buscan a alguien con catalán fluido para la relación con la administración autonómica. No es nada personal ni de tu perfil técnico, que les gustó.

Seguimos en contacto, seguro que sale algo que encaje.

Un abrazo,
Sergio Navarro
Talento Farma Consultores""",
    },
    {
        "id": "rej_montjuic_on_hold", "kind": "rejection", "lang": "es",
        "company": "Laboratorios Montjuïc", "contact": "nvidal@labmontjuic.example.es",
        "frm": "Núria Vidal <nvidal@labmontjuic.example.es>",
        "subj": "Proceso Auxiliar de Asuntos Regulatorios – actualización",
        "date": "2026-09-21 13:33 +0200", "parent": "mis_montjuic", "quote": "gt",
        "cs": "iso-8859-1", "cte": "quoted-printable",
        "text": """Hola Friederike:

Perdona que hayamos tardado tanto en escribirte de nuevo.

La dirección ha decidido congelar la posición de Auxiliar de Asuntos Regulatorios hasta 2027, por lo que no vamos a continuar con el proceso de selección ni con tu candidatura.

Te deseamos mucha suerte.

Saludos,
Núria Vidal
Laboratorios Montjuïc""",
    },
    {
        "id": "rej_vetmar_filled", "kind": "rejection", "lang": "es",
        "company": "Vetmar Salud Animal", "contact": "",
        "frm": "Vetmar Salud Animal <no-reply@teamtailor-mail.com>",
        "subj": "Actualización sobre tu candidatura en Vetmar Salud Animal",
        "date": "2026-10-14 09:10 +0200",
        "html": html_page(paras(
            "Hola Friederike:",
            "Gracias por tu interés en el puesto de Técnica de Farmacovigilancia Veterinaria en "
            "Vetmar Salud Animal.",
            "Queremos informarte de que la vacante ya ha sido cubierta, por lo que cerramos el "
            "proceso de selección. Hemos guardado tu perfil por si surge una nueva oportunidad.",
            "¡Te deseamos mucha suerte!<br>Equipo de Talento · Vetmar Salud Animal",
        ), brand="Vetmar", color="#0277bd", lang="es"),
    },
]
