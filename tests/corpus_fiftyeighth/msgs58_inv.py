"""Corpus 58: interview invitations (data only)."""

from msgs58_build import Msg, ics

IV = "interview_invitation"

MESSAGES = [
    Msg(IV, "calendly_phone_screen", "en", "Fernwood Capital", "alicia.nguyen@fernwoodcapital.example.com",
        ("Alicia Nguyen", "alicia.nguyen@fernwoodcapital.example.com"),
        "Fernwood Capital - FP&A Analyst",
        """Hi Mathieu,

Thanks for applying to the FP&A Analyst role at Fernwood Capital. Your mix of payroll and reporting experience caught our eye and I'd like to set up a 30-minute phone screen.

Please grab a time that works for you here: https://calendly.com/alicia-fernwood/30min

Talk soon,
Alicia Nguyen
Talent Acquisition | Fernwood Capital
Toronto, ON"""),
    Msg(IV, "quick_chat_hm", "en", "Copperleaf Games", "g.haddad@copperleafgames.example.com",
        ("Georges Haddad", "g.haddad@copperleafgames.example.com"),
        "Quick question",
        """Hi Mathieu,

I'm the finance director at Copperleaf Games, saw your application for the studio controller spot. Would you be free for a quick chat thursday or friday afternoon? 20 min max, just want to understand your experience with tax credits (CDAE etc).

Let me know a time, I'm pretty flexible after 2.

Georges

Sent from my iPhone"""),
    Msg(IV, "goodtime_onsite_panel", "en", "Keystone Mutual", "",
        ("Keystone Mutual Recruiting", "scheduling@goodtime.io"),
        "Action required: schedule your onsite interview with Keystone Mutual",
        """Hi Mathieu,

Great news! The team at Keystone Mutual would like to invite you to a panel interview for the position of Senior Manager, Actuarial Finance.

The panel will last approximately 2 hours and will include the VP Finance, the Controller and a member of the Actuarial team. Please select your preferred time slot using the link below:

https://app.goodtime.io/schedule/km-5f0a2c91

If none of the available times work for you, please reply to your recruiter directly.

This message was sent by GoodTime on behalf of Keystone Mutual.""",
        fmt="html"),
    Msg(IV, "entrevue_video_teams_ics", "fr", "Hydrovolt Québec", "isabelle.gauthier@hydrovolt.example.ca",
        ("Isabelle Gauthier", "isabelle.gauthier@hydrovolt.example.ca"),
        "Invitation : Entrevue - Analyste principal, contrôle de gestion",
        """Bonjour Mathieu,

Suite à l'analyse de votre candidature, nous avons le plaisir de vous convier à une entrevue vidéo pour le poste d'analyste principal, contrôle de gestion.

Date : mardi 3 mars 2026
Heure : 10 h à 11 h (heure de l'Est)
Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_hv2026

L'entrevue sera suivie d'un test Excel d'environ 45 minutes. Merci de confirmer votre présence en répondant à ce courriel.

Isabelle Gauthier
Conseillère principale, acquisition de talents
Hydrovolt Québec""",
        ics=ics("hv-2026-0303@hydrovolt.example.ca", "Entrevue - Analyste principal, contrôle de gestion",
                "20260303T150000Z", "20260303T160000Z", "isabelle.gauthier@hydrovolt.example.ca", "Microsoft Teams"),
        fmt="alt", cte="qp"),
    Msg(IV, "agency_next_stage_exclaim", "en", "Pinecrest Retail Group", "devon@talentharbour.example.com",
        ("Devon Clarke", "devon@talentharbour.example.com"),
        "GREAT NEWS!!",
        """Mathieu!!

Pinecrest Retail Group LOVED your profile and they'd love to move you to the next stage!! It's a 45 min video call with Sandra (Director, FP&A) - she's got availability Tues 10am or Wed 2pm. Which one works?? Let me know asap so I can lock it in!!

Also quick tip - she's big on retail margin analysis so brush up on shrink and markdowns :)

Devon Clarke
Talent Harbour | Finance & Retail
C: 647-555-0109"""),
    Msg(IV, "workday_self_schedule", "en", "Sterling Lakes Insurance", "",
        ("Sterling Lakes Insurance", "sterlinglakes@myworkday.com"),
        "Interview scheduling - Tax Analyst, Corporate Tax (JR-2026-0518)",
        """Dear Mathieu,

Congratulations! You have been selected to move forward to the interview stage for the Tax Analyst, Corporate Tax position.

Please log into your candidate home account to select an interview time from the available slots. Interviews will be conducted virtually via Zoom and will last 60 minutes.

Candidate Home: https://sterlinglakes.wd3.myworkday.com/careers/login

Note: Please do not reply to this email as this mailbox is not monitored.

Sterling Lakes Insurance Talent Acquisition"""),
    Msg(IV, "fr_tu_cafe_entrevue", "fr", "Paie Nordique", "camille@paienordique.example.ca",
        ("Camille Tran", "camille@paienordique.example.ca"),
        "Ta candidature chez Paie Nordique",
        """Salut Mathieu!

Merci pour ta candidature comme Responsable des opérations de paie. Ton parcours nous a vraiment plu et on aimerait te rencontrer pour une première entrevue (en personne à nos bureaux du Mile-Ex ou en visio, comme tu préfères).

Serais-tu dispo mercredi 14 h ou jeudi 10 h? Compte environ une heure, avec notre VP Ops.

À bientôt!
Camille
Paie Nordique - People & Talent
514 555-0132"""),
    Msg(IV, "gouv_qc_examen_entrevue", "fr", "Ministère des Finances et de l'Économie numérique", "dotation.mfen@mfen.example.gouv.qc.ca",
        ("Dotation MFEN", "dotation.mfen@mfen.example.gouv.qc.ca"),
        "Convocation - entrevue de sélection - Conseiller en politiques fiscales",
        """Monsieur,

Votre candidature a été retenue pour l'étape de l'entrevue de sélection dans le cadre de l'appel de candidatures 10404RS260045.

L'entrevue aura lieu le 21 mai 2026 à 13 h 30, au 8, rue Cook, Québec, 4e étage, salle 4.12. Veuillez vous présenter 15 minutes à l'avance muni d'une pièce d'identité avec photo. Un exercice écrit de 30 minutes précédera l'entrevue.

Veuillez confirmer votre présence d'ici le 15 mai en répondant au présent courriel.

Direction des ressources humaines
Ministère des Finances et de l'Économie numérique""",
        charset="iso-8859-1", cte="qp"),
    Msg(IV, "greenhouse_technical_ics", "en", "Brightmill", "nora.kim@brightmill.example.com",
        ("Brightmill", "no-reply@us.greenhouse-mail.io"),
        "Interview Confirmation: Brightmill - Revenue Operations Manager",
        """Hi Mathieu,

Your Case Study Interview for the Revenue Operations Manager role is confirmed.

When: Thursday, April 16, 2026, 1:00 PM - 2:30 PM EDT
Where: Google Meet - https://meet.google.com/abc-defg-hij
Interviewers: Farah Idris (VP Finance), Leo Brandt (Revenue Ops)

You'll receive the case material 24 hours before. Reply to your recruiter, Nora, at nora.kim@brightmill.example.com with any questions.

The Brightmill Recruiting Team""",
        reply_to=("Nora Kim", "nora.kim@brightmill.example.com"),
        ics=ics("gh-intv-88213@brightmill.example.com", "Case Study Interview - Brightmill",
                "20260416T170000Z", "20260416T183000Z", "no-reply@us.greenhouse-mail.io", "Google Meet"),
        fmt="alt"),
    Msg(IV, "vietnamese_owned_en", "en", "Saigon Lotus Trading", "hoa.pham@saigonlotus.example.com",
        ("Pham Thi Hoa", "hoa.pham@saigonlotus.example.com"),
        "Invitation to interview - Accounting Manager (Canada branch)",
        """Dear Mr. Mathieu,

Thank you for your interest in Saigon Lotus Trading. We are pleased to invite you to an online interview for the position Accounting Manager for our new Canada branch in Vancouver.

The interview will be with Mr. Nguyen Van Duc, our CFO, and myself. Please kindly let us know which of these times is convenient for you (Vancouver time):
- Monday 11/05, 8:00 AM
- Tuesday 12/05, 7:30 AM

Best regards,
Pham Thi Hoa (Ms.)
HR Manager
Saigon Lotus Trading Co., Ltd
Ho Chi Minh City | Vancouver"""),
    Msg(IV, "moroccan_owned_en", "en", "Atlas Argan Foods", "y.benali@atlasargan.example.com",
        ("Youssef Benali", "y.benali@atlasargan.example.com"),
        "Next round - Financial Controller",
        """Dear Mathieu,

I hope this email finds you well. Following your first interview with our HR team, we would like to invite you to a second round with our Managing Director and our group Finance Director from Casablanca, by video.

Would Wednesday 27 May at 11:00 Montreal time suit you? The meeting will last about one hour and will cover IFRS consolidation and your experience with intercompany transactions.

Looking forward to your confirmation.

Kind regards,
Youssef Benali
Group HR Business Partner
Atlas Argan Foods
Casablanca | Montréal"""),
    Msg(IV, "bilingual_municipal_panel", "fr", "Ville de Gatineau-Sud", "rh-dotation@gatineau-sud.example.ca",
        ("RH Dotation - Ville de Gatineau-Sud", "rh-dotation@gatineau-sud.example.ca"),
        "Entrevue / Interview - Contrôleur adjoint",
        """(English version below)

Bonjour M. Tremblay-Okonkwo,

Nous avons le plaisir de vous inviter à une entrevue devant un comité de sélection pour le poste de Contrôleur adjoint, le jeudi 11 juin 2026 à 9 h, à l'hôtel de ville (salle Outaouais). Prévoir 90 minutes.

Merci de confirmer votre disponibilité par retour de courriel.

---

Hello Mr. Tremblay-Okonkwo,

We are pleased to invite you to a panel interview for the Assistant Controller position on Thursday, June 11, 2026 at 9 a.m., at City Hall (Outaouais room). Please allow 90 minutes.

Please confirm your availability by reply.

Service des ressources humaines / Human Resources
Ville de Gatineau-Sud""",
        cte="qp"),
    Msg(IV, "case_test_excel_fr", "fr", "Groupe Vermillon", "m.dubois@groupevermillon.example.com",
        ("Mélanie Dubois", "m.dubois@groupevermillon.example.com"),
        "Prochaine étape",
        """Bonjour Mathieu,

Merci pour notre échange téléphonique de lundi. Nous aimerions poursuivre avec vous : la prochaine étape est une rencontre de 90 minutes à nos bureaux de Laval, avec un cas pratique Excel (modèle de prévision de flux de trésorerie) suivi d'une discussion avec le directeur financier.

Voici quelques disponibilités : mardi 2 juin à 9 h ou vendredi 5 juin à 13 h 30. Lequel vous convient?

Au plaisir,
Mélanie Dubois
Conseillère RH
Groupe Vermillon | 450 555-0155""",
        charset="windows-1252", cte="qp"),
    Msg(IV, "lever_hm_outlook", "en", "Pivotal Ledger", "s.obi@pivotalledger.example.com",
        ("Samuel Obi", "s.obi@pivotalledger.example.com"),
        "RE: Controller - Pivotal Ledger",
        """Hi Mathieu,

Thanks for the quick turnaround. I'd like to invite you to meet our CFO, Rachel Stein, in person at our Waterloo office. She has Monday June 15 at 10:00 or Tuesday June 16 at 15:00. Please plan on about an hour and a half; we'll also do a short walkthrough of our NetSuite setup.

Let me know which works and I'll send the calendar invite.

Samuel

Samuel Obi | Finance Recruiting Lead | Pivotal Ledger
519-555-0118

From: Mathieu Tremblay-Okonkwo <m.tremblay.okonkwo@example.ca>
Sent: Wednesday, June 3, 2026 7:58 PM
To: Samuel Obi <s.obi@pivotalledger.example.com>
Subject: RE: Controller - Pivotal Ledger

Hi Samuel,
Attached is the completed questionnaire. Happy to discuss.
Mathieu"""),
    Msg(IV, "es_entrevista_cdmx", "es", "Banco Meridiano", "lucia.herrera@bancomeridiano.example.com.mx",
        ("Lucía Herrera", "lucia.herrera@bancomeridiano.example.com.mx"),
        "Entrevista - Subgerente de Contraloría",
        """Hola Mathieu, ¿qué tal?

Te contacto de Banco Meridiano. Revisamos tu CV para la posición de Subgerente de Contraloría y nos gustaría agendar una entrevista por videollamada con el Director de Finanzas.

¿Tendrías disponibilidad el jueves 18 a las 10:00 (hora de CDMX) o el viernes 19 a las 16:00?

Quedo atenta a tu respuesta.

Saludos cordiales,
Lucía Herrera
Reclutamiento y Selección
Banco Meridiano"""),
    Msg(IV, "es_ats_seleccion", "es", "Hoteles Costa Dorada", "",
        ("Hoteles Costa Dorada", "empleo@costadorada.example.es"),
        "Convocatoria a entrevista",
        """Estimado/a candidato/a:

Nos complace comunicarle que ha superado la fase de preselección para el puesto de Responsable de Administración y Finanzas (Miami). Le invitamos a realizar una entrevista online el próximo 7 de julio a las 11:00 (hora de Miami).

Recibirá el enlace de acceso 24 horas antes. Por favor, confirme su asistencia desde el portal del candidato.

Departamento de Selección
Hoteles Costa Dorada""",
        fmt="html", charset="iso-8859-1", cte="b64"),
    Msg(IV, "de_einladung_vorstellung", "de", "Auenwerk Medizintechnik", "j.hartmann@auenwerk.example.de",
        ("Julia Hartmann", "j.hartmann@auenwerk.example.de"),
        "Einladung zum Vorstellungsgespräch - Referent Konzerncontrolling",
        """Sehr geehrter Herr Tremblay-Okonkwo,

vielen Dank für Ihre Bewerbung. Wir möchten Sie gerne näher kennenlernen und laden Sie herzlich zu einem ersten Gespräch per Microsoft Teams ein.

Vorschlag: Dienstag, 23. Juni 2026, 16:00 Uhr MESZ (10:00 Uhr in Montreal). Gesprächspartner sind Herr Dr. Weber (Leiter Controlling) und ich.

Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen
Julia Hartmann
Talent Acquisition
Auenwerk Medizintechnik GmbH | Frankfurt""",
        charset="iso-8859-1", cte="qp"),
    Msg(IV, "de_du_kennenlernen", "de", "Zahlwerk", "lena@zahlwerk.example.de",
        ("Lena Brandt", "lena@zahlwerk.example.de"),
        "Kurzes Kennenlernen?",
        """Hi Mathieu,

danke für deine Bewerbung als Head of Payroll Operations (remote)! Wir würden dich gern in einem 30-minütigen Video-Call kennenlernen.

Buch dir einfach einen Slot, der dir passt: https://cal.example.com/zahlwerk/kennenlernen

Bis bald!
Lena
People @ Zahlwerk"""),
    Msg(IV, "boston_second_round", "en", "Bayview Biologics", "m.oconnor@bayviewbio.example.com",
        ("Megan O'Connor", "m.oconnor@bayviewbio.example.com"),
        "Following up",
        """Hi Mathieu,

Following up on your conversation with Dev last week - the team would like to bring you back for a second round. This one is a 3-hour virtual onsite: 1:1s with the Controller and Assistant Controller, then a 60-minute technical on revenue recognition (ASC 606) and a stock comp scenario.

Can you send me your availability for the week of July 13? Mornings ET are best.

Thanks!
Megan O'Connor
Recruiting, Bayview Biologics
Boston, MA"""),
    Msg(IV, "ca_bigfour_style", "fr", "Lavoie Mercier", "e.lavoie@lavoiemercier.example.ca",
        ("Étienne Lavoie", "e.lavoie@lavoiemercier.example.ca"),
        "Lavoie Mercier - Services-conseils ERP",
        """Bonjour Mathieu,

J'ai bien reçu votre CV pour le poste de Conseiller principal, implantation ERP (Dynamics 365 Finance). Seriez-vous disponible pour un premier appel téléphonique de 30 minutes cette semaine? Je pourrais vous appeler jeudi ou vendredi entre 9 h et 11 h.

Étienne Lavoie
Directeur, Services-conseils ERP
Lavoie Mercier s.e.n.c.r.l.
514 555-0193""",
        cte="b64"),
    Msg(IV, "jobboom_recruiter_fr", "fr", "Transports Beaulac", "genevieve@transportsbeaulac.example.ca",
        ("Geneviève Côté", "genevieve@transportsbeaulac.example.ca"),
        "Votre candidature sur Jobboom - Contrôleur(euse)",
        """Bonjour,

J'ai vu votre candidature pour le poste de contrôleur chez Transports Beaulac (affiché sur Jobboom). J'aimerais vous appeler pour une entrevue téléphonique d'environ 20 minutes. Est-ce que demain vers 11 h ou 15 h vous conviendrait? Sinon, suggérez-moi un moment.

Merci!

Geneviève Côté
Ressources humaines
Transports Beaulac inc.
Saint-Hyacinthe
450 555-0171"""),
    Msg(IV, "security_screening_interview", "en", "Department of Northern Infrastructure Finance", "ntf-staffing@dnif.example.gc.ca",
        ("Staffing - DNIF", "ntf-staffing@dnif.example.gc.ca"),
        "Invitation to interview - FI-03 - 26-DNIF-IA-017",
        """Good afternoon,

You are invited to the interview stage of selection process 26-DNIF-IA-017 (Financial Management Advisor, FI-03).

Date: Wednesday, August 5, 2026
Time: 13:00 - 14:30 (Eastern Time)
Format: MS Teams videoconference (link to follow)

You will be given 20 minutes of preparation time before the interview. Please note that candidates who are successful at this stage will be asked to complete a Secret security clearance form.

Please confirm your attendance, and indicate your official language preference for the interview, by replying to this email.

Staffing Unit - Department of Northern Infrastructure Finance""",
        ics=ics("dnif-26-017-mt@dnif.example.gc.ca", "Interview - FI-03 - 26-DNIF-IA-017",
                "20260805T170000Z", "20260805T183000Z", "ntf-staffing@dnif.example.gc.ca", "MS Teams")),
    Msg(IV, "bamboohr_hm_chat", "en", "Grain & Gable", "chris@grainandgable.example.com",
        ("Chris Albright", "chris@grainandgable.example.com"),
        "Re: Your application for Senior Accountant",
        """Hi Mathieu - Chris here, I run finance at Grain & Gable. Your resume came through BambooHR and I liked what I saw. Want to hop on a zoom next week so I can tell you about the role and hear about your Acomba to QuickBooks migration? Mon-Wed any time after 1 works.

Chris"""),
    Msg(IV, "chicago_audit_onsite", "en", "Whitfield Stone", "",
        ("Whitfield Stone Careers", "careers-noreply@whitfieldstone.example.com"),
        "Whitfield Stone | Interview invitation",
        """Dear Mathieu,

We're pleased to invite you to an in-person interview for the Audit Senior, Financial Services role in our Chicago office. You will meet with two partners and a senior manager over approximately three hours.

Please use the scheduling link below to choose a date within the next two weeks:
https://whitfieldstone.example.com/interview/schedule?c=a81f7

Travel arrangements will be handled by our coordinator once your date is confirmed.

Best regards,
Campus & Experienced Recruiting
Whitfield Stone LLP""",
        fmt="html", cte="qp"),
    Msg(IV, "geneve_fr_formel", "fr", "Banque Privée Lemanis", "c.favre@lemanis.example.ch",
        ("Claire Favre", "c.favre@lemanis.example.ch"),
        "Votre candidature - Contrôleur de gestion (Genève)",
        """Monsieur,

Nous faisons suite à votre candidature au poste de Contrôleur de gestion et avons le plaisir de vous proposer un premier entretien par visioconférence avec M. Rochat, Responsable du contrôle financier.

Nous vous proposons les créneaux suivants (heure de Genève) : lundi 7 septembre à 15h00 ou mercredi 9 septembre à 16h30.

Dans l'attente de votre retour, nous vous prions d'agréer, Monsieur, nos salutations distinguées.

Claire Favre
Ressources Humaines
Banque Privée Lemanis SA
Genève""",
        charset="iso-8859-1", cte="qp"),
]
