"""'Other' mail near the job search: alerts, newsletters, outreach, look-alikes (data only)."""

LIST = {"List-Unsubscribe": "<https://mail.example.net/unsub?u=c4f1>, <mailto:unsub@mail.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MSGS = [
{"k": "oth", "s": "linkedin_alert_fr", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
     "subj": "« chargé de plaidoyer » : 14 nouvelles offres à Bruxelles",
     "hdr": dict(LIST, **{"List-Id": "<jobalerts.linkedin.example.com>"}),
     "body": """Vos offres d'emploi correspondent à votre alerte : chargé de plaidoyer, Bruxelles

Chargé·e de plaidoyer UE - Oxfam-Solidarité - Bruxelles (hybride) - Candidature simplifiée
Advocacy Officer - Climate Action Network Europe - Brussels - Actively recruiting
Policy & Advocacy Manager - European Disability Forum - Brussels - 3 anciens élèves travaillent ici
Chargée de mission affaires publiques - Fédération Inter-Environnement - Namur

Voir toutes les offres : https://www.linkedin.example.com/jobs/search?alert=8812

Vous recevez des alertes emploi. Se désabonner | Aide
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""},
{"k": "oth", "s": "indeed_digest_es", "lang": "es", "sys": True, "fmt": "html",
     "frm": "Indeed <alert@indeed.example.com>",
     "subj": "Nuevos empleos de gestor de proyectos europeos en Madrid",
     "hdr": LIST,
     "body": """Camille, estos empleos coinciden con tu búsqueda: gestor de proyectos europeos, Madrid

Técnico/a de Proyectos Europeos - Fundación Ecología y Desarrollo - Madrid - 32.000 € al año
Gestor/a de Programas Internacionales - ONGD Ayuda en Acción - Madrid - Solicitud sencilla
Project Officer Horizon Europe - Universidad Politécnica - Madrid - Hace 2 días

Ver todos los empleos

Recibes este correo porque creaste una alerta de empleo en Indeed. Cancelar la suscripción."""},
{"k": "oth", "s": "stepstone_jobagent_de", "lang": "de", "sys": True, "fmt": "html",
     "frm": "StepStone Jobagent <jobagent@stepstone.example.de>",
     "subj": "7 neue Jobs für „Referentin Europapolitik\" in Berlin",
     "hdr": LIST,
     "body": """Hallo Camille,

Ihr Jobagent hat neue passende Stellen gefunden:

Referent*in Europapolitik (m/w/d) - Deutscher Städtetag - Berlin
Policy Officer EU Affairs - Bundesverband Erneuerbare Energie - Berlin
Projektleitung Internationale Zusammenarbeit - GIZ-nahe Stiftung - Bonn

Alle Jobs ansehen

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben. Jobagent abbestellen"""},
{"k": "oth", "s": "wttj_newsletter_refus_article", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "Welcome to the Jungle <hello@welcometothejungle.example.com>",
     "subj": "Refus après un entretien : comment rebondir ?",
     "hdr": dict(LIST, **{"List-Id": "Le Mag <mag.welcometothejungle.example.com>"}),
     "body": """Cette semaine dans Le Mag

Refus après un entretien : comment rebondir ?
« Nous avons le regret de vous informer que votre candidature n'a pas été retenue. » Qui n'a jamais reçu ce mail ? Nos conseils pour demander un retour et transformer l'échec en apprentissage.

Entretien manqué : que faire si vous avez raté un rendez-vous avec un recruteur ?

Les entreprises qui recrutent en ce moment : 312 offres dans l'associatif et l'ESS.

Lire l'article | Se désinscrire"""},
{"k": "oth", "s": "eurobrussels_weekly_en", "lang": "en", "sys": True,
     "frm": "EuroBrussels Jobs <newsletter@eurobrussels.example.com>",
     "subj": "EuroBrussels weekly: 58 new EU affairs jobs",
     "hdr": dict(LIST, **{"List-Id": "EuroBrussels Weekly <weekly.eurobrussels.example.com>"}),
     "body": """EU AFFAIRS JOBS THIS WEEK
--------------------------

* Senior Policy Adviser - Digital - European Consumer Organisation - Brussels
* EU Public Affairs Manager - tech scale-up - Brussels/remote
* Communications Officer - European Environmental Bureau - Brussels
* Traineeship - Permanent Representation - Brussels

FEATURED: "Why your application was rejected: 5 mistakes EU affairs recruiters see every week"

Manage your subscription: https://www.eurobrussels.example.com/account
Unsubscribe: https://www.eurobrussels.example.com/unsub?e=camille.dl%40example.be"""},
{"k": "oth", "s": "impactpool_newsletter_interviews", "lang": "en", "sys": True, "fmt": "alt",
     "frm": "Impactpool <newsletter@impactpool.example.org>",
     "subj": "How to ace a UN competency-based interview",
     "hdr": dict(LIST, **{"List-Id": "<news.impactpool.example.org>"}),
     "body": """Hi Camille,

Invited to a competency-based interview? Our latest guide explains the STAR method, the panel format and what happens when you miss an interview or need to reschedule.

Also this month: 1,240 new jobs in international development, including 83 P-2/P-3 positions in Geneva.

Read the guide -> https://www.impactpool.example.org/articles/cbi

You are receiving this because you subscribed to Impactpool updates. Unsubscribe"""},
{"k": "oth", "s": "recruiter_inmail_cold_en", "lang": "en",
     "frm": "Sophie Carter via LinkedIn <inmail-hit-reply@linkedin.example.com>", "sys": True,
     "subj": "Opportunity: Head of EU Advocacy (confidential client)",
     "body": """Hi Camille,

I came across your profile and was impressed by your background in EU affairs communications. I'm currently partnering with a leading health foundation on a Head of EU Advocacy search in Brussels (package up to EUR 95k).

I've attached a short brief. If it sounds of interest, feel free to apply via the link or share with anyone in your network who might be a fit.

Kind regards,
Sophie Carter
Executive Search Consultant"""},
{"k": "oth", "s": "chasseur_tetes_offre_partage_fr", "lang": "fr",
     "frm": "Bertrand Lemaire <b.lemaire@lemaire-partners.example.fr>",
     "subj": "Une opportunité qui pourrait vous intéresser",
     "body": """Bonjour Madame Diallo-Lefèvre,

J'accompagne actuellement une fédération professionnelle européenne dans le recrutement de son/sa Directeur·rice de la communication à Bruxelles. Votre parcours m'a semblé en phase avec ce poste.

Vous trouverez la fiche de poste ci-dessous ; les candidatures sont à déposer directement sur notre site avant le 30 avril. N'hésitez pas à la faire circuler dans votre réseau.

https://www.lemaire-partners.example.fr/missions/2026-017

Cordialement,
Bertrand Lemaire
Lemaire Partners"""},
{"k": "oth", "s": "radio_interview_request_fr", "lang": "fr",
     "frm": "Lou Vandenberghe <lou.vandenberghe@radio-brux.example.be>",
     "subj": "Interview pour l'émission « Europe en direct »",
     "body": """Bonjour Camille,

Je prépare l'émission « Europe en direct » du jeudi 19 mars sur Radio Brux et j'aimerais vous interviewer (10 minutes, en direct, depuis notre studio de Flagey) au sujet de votre tribune sur la participation citoyenne aux consultations de la Commission.

Seriez-vous disponible ? Je peux vous appeler pour préparer l'interview.

Bien à vous,
Lou Vandenberghe
Journaliste - Radio Brux"""},
{"k": "oth", "s": "podcast_interview_en", "lang": "en",
     "frm": "Dev Patel <dev@policywonkspod.example.com>",
     "subj": "Podcast interview?",
     "body": """Hey Camille,

Loved your panel at the Civil Society Days. Would you be up for an interview on the Policy Wonks podcast? We record remotely, about 40 mins, super relaxed. Episode theme is "lobbying for the public interest".

Any Tuesday or Thursday afternoon in April works for us.

Cheers,
Dev
Host, Policy Wonks"""},
{"k": "oth", "s": "user_research_interview_en", "lang": "en",
     "frm": "Anna Berg <anna.berg@ux.notionly.example.com>",
     "subj": "Help us improve our grants app - 30-min interview (EUR 50 voucher)",
     "body": """Hi Camille,

You recently signed up for Grantly's free trial. I'm a user researcher on the team, and we'd love to hear how you manage grant deadlines today.

Would you join a 30-minute user interview over video? As a thank-you, we'll send a EUR 50 voucher. Pick a slot here: https://calendly.example.com/grantly-research/30

Thanks!
Anna Berg
Senior UX Researcher, Grantly"""},
{"k": "oth", "s": "actiris_enquete_satisfaction", "lang": "fr", "sys": True,
     "frm": "Actiris <enquete@actiris.example.brussels>",
     "subj": "Votre avis compte : enquête sur votre accompagnement",
     "hdr": LIST,
     "body": """Madame,

Vous avez récemment bénéficié d'un accompagnement chez Actiris. Afin d'améliorer nos services, nous vous invitons à répondre à une courte enquête (5 minutes). Certaines personnes seront ensuite contactées pour un entretien qualitatif anonyme.

Répondre à l'enquête : https://enquete.actiris.example.brussels/s/4411

Merci pour votre collaboration.
Actiris - Service Qualité"""},
{"k": "oth", "s": "friend_own_rejection_fr", "lang": "fr",
     "frm": "Léa Martin <lea.martin87@gmail.example.com>",
     "subj": "bon ben c'est mort pour la Commission...",
     "body": """Coucou ma belle,

Je viens de recevoir la réponse pour le concours AD5 : recalée à l'épreuve orale, « nous avons le regret de vous informer » etc. Je suis dégoûtée, j'avais tellement bossé les cas pratiques.

Bref, un verre jeudi pour me consoler ? Et toi, des nouvelles de tes entretiens ?

Bisous
Léa"""},
{"k": "oth", "s": "own_sent_thank_you_fr", "lang": "fr", "contact": "",
     "frm": "Camille Diallo-Lefèvre <camille.dl@example.be>",
     "to": "Hélène Dufour <h.dufour@fondation-roialbert.example.be>",
     "subj": "Merci pour l'entretien",
     "body": """Bonjour Madame Dufour,

Je tenais à vous remercier, ainsi que M. Claessens, pour l'entretien de ce mercredi. Nos échanges ont renforcé mon envie de rejoindre l'équipe Europe de la Fondation.

Je reste à votre disposition pour tout complément d'information.

Bien à vous,
Camille Diallo-Lefèvre
+32 470 00 00 00"""},
{"k": "oth", "s": "own_sent_follow_up_en", "lang": "en", "contact": "",
     "frm": "Camille Diallo-Lefèvre <camille.dl@example.be>",
     "to": "Priya Raman <priya.raman@kestreladvisory.example.com>",
     "subj": "Re: Senior Consultant - EU Affairs",
     "body": """Dear Priya,

I hope you are well. I wanted to follow up on my interview of 3 June; I would be grateful for any news on the next steps, and I remain very interested in the role.

Best regards,
Camille""",
     "quote": """On Wed, 3 Jun 2026 at 17:12, Priya Raman <priya.raman@kestreladvisory.example.com> wrote:
> Dear Camille, thank you for coming in today. We'll be in touch within two weeks.
> Unfortunately I'm travelling next week, so replies may be slow.
> Best, Priya"""},
{"k": "oth", "s": "ooo_recruiter_fr", "lang": "fr",
     "frm": "Claire Aubertin <claire.aubertin@aubertin-associes.example.fr>",
     "subj": "Réponse automatique : AFDL - suite du process",
     "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
     "body": """Bonjour,

Je suis absente du bureau jusqu'au lundi 13 avril inclus, avec un accès limité à mes e-mails. Pour toute urgence, vous pouvez contacter mon assistante, Julie Marchand (julie.marchand@aubertin-associes.example.fr).

Bien cordialement,
Claire Aubertin"""},
{"k": "oth", "s": "ooo_recruiter_de", "lang": "de",
     "frm": "Lena Hoffmann <lena.hoffmann@vebi.example.eu>",
     "subj": "Abwesenheitsnotiz: Kurzes Telefonat?",
     "hdr": {"Auto-Submitted": "auto-replied"},
     "body": """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Juni nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@vebi.example.eu.

Thank you for your message. I am out of the office until 2 June.

Lena Hoffmann"""},
{"k": "oth", "s": "calendar_standup_notification", "lang": "en", "sys": True,
     "frm": "Google Calendar <calendar-notification@google.example.com>",
     "subj": "Notification: Weekly comms standup @ Mon 9 Mar 2026 09:30 - 09:45 (CET)",
     "body": """Weekly comms standup
When: Monday 9 Mar 2026 09:30 – 09:45 Central European Time - Brussels
Joining info: meet.google.example.com/abc-defg-hij
Calendar: camille.dl@example.be
Who: Bram Peeters - organiser, Camille Diallo-Lefèvre, Sofia Marin

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for this calendar.""",
     "ics": {"summary": "Weekly comms standup", "start": "20260309T083000Z", "dur": 15, "loc": "Google Meet",
              "org": "bram.peeters@volunteer-hub.example.org", "cn": "Bram Peeters"}},
{"k": "oth", "s": "alumni_newsletter_entretien", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "Alumni Sciences Po Bruxelles <alumni@alumni-spb.example.be>",
     "subj": "Newsletter Alumni - mars 2026 : Réussir son entretien dans une organisation internationale",
     "hdr": dict(LIST, **{"List-Id": "Alumni SPB <news.alumni-spb.example.be>"}),
     "body": """Chers alumni,

Au sommaire ce mois-ci :
- Atelier carrière : réussir son entretien (et gérer un refus) dans une organisation internationale, le 24 mars à Ixelles
- Portrait : Mathilde, de la communication à la diplomatie climatique
- 27 offres d'emploi réservées aux alumni

Inscription à l'atelier : https://alumni-spb.example.be/evenements/atelier-entretien

Pour ne plus recevoir cette newsletter, cliquez ici."""},
{"k": "oth", "s": "forem_offres_profil", "lang": "fr", "sys": True,
     "frm": "Le Forem <ne-pas-repondre@forem.example.be>",
     "subj": "Nouvelles offres correspondant à votre profil",
     "hdr": LIST,
     "body": """Bonjour Madame Diallo-Lefèvre,

Voici les nouvelles offres d'emploi correspondant à vos critères de recherche :

- Chargé de projets européens (H/F/X) - Province de Namur - Namur
- Gestionnaire de projets FSE+ - CPAS - Jambes
- Responsable communication - Intercommunale de développement - Liège

Consultez toutes les offres sur votre espace personnel Mon Forem.

Ceci est un message automatique. Merci de ne pas y répondre."""},
{"k": "oth", "s": "jobsch_alert_fr", "lang": "fr", "sys": True, "fmt": "html",
     "frm": "jobs.ch <jobmail@jobs.example.ch>",
     "subj": "Votre jobmail : 5 nouvelles offres « chargé de communication » à Genève",
     "hdr": LIST,
     "body": """Bonjour Camille,

5 nouvelles offres correspondent à votre jobmail :

Chargé-e de communication 80-100% - ONG internationale - Genève
Responsable relations publiques - Fondation privée - Lausanne
Spécialiste communication digitale - Organisation faîtière - Berne

Voir les offres

Vous pouvez modifier ou supprimer votre jobmail à tout moment."""},
{"k": "oth", "s": "unjobs_digest_en", "lang": "en", "sys": True,
     "frm": "UNjobs <digest@unjobs.example.org>",
     "subj": "UNjobs daily digest - Geneva, Programme Management",
     "hdr": dict(LIST, **{"List-Id": "<digest.unjobs.example.org>"}),
     "body": """Programme Management Officer, P-3 - Geneva - closing 12 May
Associate Programme Officer, P-2 - Bonn - closing 15 May
Consultant - Grants Review - Home-based - closing 9 May
Partnerships Specialist, NOC - Dakar - closing 20 May

View all 44 new vacancies: https://unjobs.example.org/duty_stations/gva

Unsubscribe from this digest"""},
{"k": "oth", "s": "infojobs_alerta_es", "lang": "es", "sys": True, "fmt": "html",
     "frm": "InfoJobs <alertas@infojobs.example.net>",
     "subj": "Camille, 9 ofertas nuevas de comunicación en Barcelona",
     "hdr": LIST,
     "body": """Hola Camille,

Tenemos 9 ofertas nuevas que encajan con tu alerta «comunicación institucional - Barcelona»:

Técnico/a de comunicación - Ajuntament (interinidad) - Barcelona
Responsable de incidencia política - ONG - Barcelona
Community manager sector público - Consultora - Barcelona

Ver ofertas

Gestiona tus alertas o date de baja."""},
{"k": "oth", "s": "euractiv_jobs_newsletter_en", "lang": "en", "sys": True, "fmt": "html",
     "frm": "EURACTIV Jobs <jobs-newsletter@euractiv.example.com>",
     "subj": "The week in EU jobs: 'We regret to inform you...' and what to do next",
     "hdr": dict(LIST, **{"List-Id": "EURACTIV Jobs <jobs.euractiv.example.com>"}),
     "body": """This week in EU jobs

Editorial: "We regret to inform you..." - every EU affairs professional has received this email. Three senior recruiters explain why candidates are rejected after the final interview, and why you should always ask for feedback.

New this week: 71 vacancies, including Policy Officer roles at trade associations and 12 traineeships.

Browse jobs | Unsubscribe"""},
{"k": "oth", "s": "cours_espagnol_prueba_nivel", "lang": "es",
     "frm": "Academia Cervantes Ixelles <info@academia-cervantes.example.be>",
     "subj": "Tu prueba de nivel - curso intensivo de verano",
     "body": """¡Hola Camille!

Gracias por inscribirte en el curso intensivo de español B2. Antes del inicio tendrás una breve entrevista oral de nivel (15 min) con una de nuestras profesoras, el lunes 29 de junio a las 18:00 en la academia.

Si no puedes venir ese día, avísanos y te proponemos otra hora.

¡Hasta pronto!
Marisa
Academia Cervantes Ixelles"""},
]
