"""'Other' mail that is close to job mail (alerts, newsletters, outreach, other meanings of
interview/rejection) for the eighty-eighth corpus (data only; see make_eightyeighth.py)."""

from msgs88_base import CAND, m, quoted

X = "other"

LIST = {"List-Unsubscribe": "<https://lists.example.net/u/9f2c1>, <mailto:unsub@lists.example.net>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}

MESSAGES = [
    m(X, "linkedin_job_alert", "fr",
      "LinkedIn <jobalerts-noreply@linkedin.com>",
      "« data protection officer » : 14 nouvelles offres à Paris",
      """Vos alertes emploi

Data Protection Officer - Groupe Vendôme Assurances - Paris (Hybride)
Il y a 2 jours · 87 candidatures
https://www.linkedin.com/jobs/view/4012345678

Juriste RGPD / Privacy Counsel - Sérac Tech - Paris
Recrutement actif · Candidature simplifiée
https://www.linkedin.com/jobs/view/4012345679

DPO adjoint H/F - CHU Métropole - Lille
https://www.linkedin.com/jobs/view/4012345680

Voir toutes les offres : https://www.linkedin.com/jobs/search/?keywords=dpo

Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désabonner : https://www.linkedin.com/comm/jobs/alerts""",
      fmt="alt", headers={**LIST, "List-Id": "<jobalerts.linkedin.com>"}),

    m(X, "indeed_digest_en", "en",
      "Indeed <alert@indeed.com>",
      "Compliance Officer jobs in London - 23 new",
      """23 new jobs match your search

Compliance Officer - Marlow Brothers Bank - London - £70,000 - £85,000 a year
Easily apply. Urgently hiring.

AML Compliance Analyst - Tessera Pay - London - Hybrid

Senior Compliance Officer (Conduct) - Redcliffe Insurance - City of London

See all jobs: https://uk.indeed.com/jobs?q=compliance+officer&l=London

Unsubscribe | Privacy Policy
Indeed, 6433 Champion Grandview Way, Austin, TX""",
      fmt="html", headers={**LIST, "List-Id": "Indeed job alerts <alerts.indeed.com>"}),

    m(X, "apec_offres_semaine", "fr",
      "APEC <offres@mail.apec.example.fr>",
      "Vos offres de la semaine - Risk Manager",
      """Bonjour Mathis,

Voici les nouvelles offres correspondant à votre recherche « Risk Manager » - Auvergne-Rhône-Alpes :

• Risk Manager H/F - Industrie pharmaceutique - Lyon 7e - 65-75 k€
• Responsable Contrôle Interne et Risques - Mutuelle - Clermont-Ferrand
• Auditeur interne senior - Grande distribution - Grenoble

Consulter les offres : https://www.apec.fr/candidat/mon-espace/alertes

Conseil de la semaine : préparer un entretien de recrutement, c'est aussi préparer ses questions !

Pour ne plus recevoir ces e-mails, modifiez vos alertes dans votre espace.""",
      fmt="alt", cte="qp", headers={**LIST, "List-Id": "<alertes.apec.fr>"}),

    m(X, "career_newsletter_rejection", "en",
      "The Compliance Career Letter <hello@compliancecareer.example.com>",
      "Why you got rejected (and what to do next)",
      """This week: rejection, ghosting and the missed interview

Unfortunately, most candidates will hear "we've decided not to move forward with your application" far more often than "we'd like to invite you to an interview". Here's how to handle it.

1. Don't take the ATS rejection personally - many are sent automatically.
2. Missed an interview? Apologise within the hour and propose two new slots.
3. After a final-round rejection, ask for feedback - politely, once.

Reader question: "I was told the role was put on hold. Is that a rejection?" Usually, yes.

Read online: https://compliancecareer.example.com/issues/47

You're receiving this because you subscribed. Unsubscribe: https://compliancecareer.example.com/unsub""",
      fmt="alt", headers={**LIST, "List-Id": "The Compliance Career Letter <letter.compliancecareer.example.com>"}),

    m(X, "cold_outreach_inmail", "fr",
      "Yannick Le Goff <yannick.legoff@talentbridge-conseil.example.fr>",
      "Mathis, votre profil",
      """Bonjour Mathis,

Je suis tombé sur votre profil LinkedIn et votre parcours entre conformité bancaire et protection des données est exactement ce que recherchent plusieurs de nos clients (asset managers, fintechs) en ce moment.

Je serais ravi de vous ajouter à notre vivier de talents. N'hésitez pas à m'envoyer votre CV à jour si vous êtes ouvert à des opportunités.

Belle journée,
Yannick Le Goff
Talentbridge Conseil - Cabinet de recrutement Finance & Juridique""",
      contact="yannick.legoff@talentbridge-conseil.example.fr"),

    m(X, "podcast_interview_request", "en",
      "Amara Jensen <amara@privacypulse-podcast.example.org>",
      "Interview for Privacy Pulse podcast?",
      """Hi Mathis,

I host Privacy Pulse, a small podcast about data protection careers. I loved your LinkedIn post on moving from banking compliance into DPO work - would you be up for a 40-minute recorded interview for an episode in June?

No preparation needed, we'd just chat about your path. Let me know if you're interested and I'll send a scheduling link.

Cheers,
Amara Jensen
Host, Privacy Pulse""",
      contact="amara@privacypulse-podcast.example.org"),

    m(X, "user_research_interview", "fr",
      "Equipe Recherche Utilisateur <research@banque-en-ligne.example.fr>",
      "Participez à un entretien de 45 min sur votre appli bancaire (bon de 30 €)",
      """Bonjour Mathis,

Vous êtes client de notre banque en ligne et nous aimerions recueillir votre avis. Nous recherchons des participants pour des entretiens utilisateurs de 45 minutes en visio la semaine du 16 mars.

En remerciement, un bon d'achat de 30 € vous sera offert.

Je m'inscris : https://research.banque-en-ligne.example.fr/inscription

L'équipe UX Research""",
      fmt="html"),

    m(X, "friend_own_rejection", "fr",
      "Inès Khelifi <ines.khelifi@example.com>",
      "bon ben c'est mort",
      """Salut Mathis,

Juste pour te dire : j'ai eu la réponse du cabinet pour le poste de juriste, c'est un non. "Nous avons le regret de vous informer que votre candidature n'a pas été retenue", le classique... Après 4 entretiens, ça pique.

Bref, on se fait toujours ce verre jeudi ? J'ai besoin de me changer les idées 😅

Bises,
Inès""",
      contact="ines.khelifi@example.com"),

    m(X, "own_sent_followup", "fr",
      CAND,
      "Relance - candidature Responsable Conformité",
      """Bonjour Madame Perrault,

Je me permets de revenir vers vous concernant ma candidature au poste de Juriste Conformité, pour lequel j'ai eu le plaisir de rencontrer M. Dumas le 4 mars.

Je reste très motivé par ce poste et à votre disposition pour tout complément.

Bien cordialement,
Mathis Ouedraogo-Laurent
06 11 22 33 44""",
      to="Sandrine Perrault <sandrine.perrault@groupe-valcor.example.fr>",
      date="2026-03-13 08:50 +0100"),

    m(X, "recruiter_ooo", "en",
      "Chloe Barnes <chloe@redkite-talent.example.co.uk>",
      "Automatic reply: CV - Mathis Ouedraogo-Laurent",
      """Hi,

Thanks for your email. I'm currently out of the office on annual leave, returning Monday 27th April, with limited access to email.

For anything urgent please contact the team on 020 7946 0000.

Thanks,
Chloe""",
      contact="chloe@redkite-talent.example.co.uk",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
      thread="CV - Mathis Ouedraogo-Laurent",
      date="2026-04-20 09:00 +0100"),

    m(X, "standup_calendar", "en",
      "Google Calendar <calendar-notification@google.com>",
      "Reminder: Daily stand-up - legal ops squad @ Mon 9 Feb 2026 09:30 - 09:45 (CET)",
      """Daily stand-up - legal ops squad
Mon 9 Feb 2026 09:30 - 09:45 (CET)
Joining info: meet.google.com/abc-defg-hij

Organizer: thomas.r@example.org
Guests: mathis.ol@example.fr and 6 others

Invitation from Google Calendar. You are receiving this email because you are an attendee on the event.""",
      fmt="alt", ics={"uid": "standup-legalops@google.com", "start": "20260209T083000Z",
                      "end": "20260209T084500Z", "summary": "Daily stand-up - legal ops squad",
                      "organizer": "thomas.r@example.org", "cn": "Thomas R.",
                      "location": "meet.google.com/abc-defg-hij"},
      date="2026-02-08 09:30 +0100"),

    m(X, "university_admission", "fr",
      "Admissions Executive Master <admissions@grande-ecole-droit.example.fr>",
      "Décision d'admission - Executive Master Conformité & Éthique des affaires",
      """Cher Mathis,

Le jury d'admission s'est réuni le 18 mai. Nous avons le regret de vous informer que votre candidature à l'Executive Master Conformité & Éthique des affaires (promotion 2026-2027) n'a pas été retenue, le nombre de places étant limité.

Vous pouvez candidater à nouveau lors de la prochaine session.

Le service des admissions""",
      fmt="alt"),

    m(X, "apartment_rejection", "fr",
      "Agence Immo Bellecour <location@immo-bellecour.example.fr>",
      "Votre dossier de location - 14 rue Sala",
      """Bonjour Monsieur,

Nous vous remercions pour votre dossier de candidature pour l'appartement T2 situé 14 rue Sala, Lyon 2e.

Malheureusement, le propriétaire a retenu un autre dossier. Nous ne manquerons pas de vous proposer d'autres biens correspondant à vos critères.

Cordialement,
Service location - Immo Bellecour""",
      charset="iso-8859-1", cte="qp"),

    m(X, "credit_card_application", "en",
      "Northway Bank <no-reply@northway-bank.example.co.uk>",
      "We've received your credit card application",
      """Dear Mr Ouedraogo-Laurent,

Thank you for applying for a Northway Platinum Credit Card. We've received your application and will review it within 5 working days. We may contact you if we need further information.

Application reference: NWB-CC-88120934

Northway Bank plc is authorised by the Prudential Regulation Authority.""",
      fmt="html"),

    m(X, "press_interview_request_de", "de",
      "Lena Vogt <l.vogt@wirtschaftsblatt.example.de>",
      "Interviewanfrage: DSGVO in Banken",
      """Guten Tag Herr Ouedraogo-Laurent,

ich bin Redakteurin beim Wirtschaftsblatt und schreibe einen Beitrag über die Umsetzung der DSGVO in europäischen Banken. Ihr Vortrag auf dem Compliance-Tag in Frankfurt hat mich sehr interessiert.

Hätten Sie Zeit für ein kurzes Telefoninterview (15-20 Minuten) in der kommenden Woche? Das Gespräch würde ich gern zitieren.

Beste Grüße
Lena Vogt
Redaktion Finanzen, Wirtschaftsblatt""",
      contact="l.vogt@wirtschaftsblatt.example.de"),

    m(X, "wttj_newsletter", "fr",
      "Welcome to the Jungle <hello@news.welcometothejungle.com>",
      "Refus après entretien : 5 façons de rebondir 💪",
      """Cette semaine dans la Jungle

🎯 Refus après entretien : 5 façons de rebondir
« Malheureusement, nous ne donnerons pas suite... » On est tous passés par là. Nos conseils pour transformer un refus en opportunité.

📅 Entretien manqué : que faire ?
Vous avez raté votre visio ? Pas de panique, voici le mail à envoyer dans l'heure.

🏢 Entreprises qui recrutent : 12 scale-ups de la GreenTech

Lire sur le site : https://www.welcometothejungle.com/fr/articles

Vous recevez cet e-mail car vous êtes inscrit à la newsletter. Se désinscrire""",
      fmt="html", headers={**LIST, "List-Id": "WTTJ Newsletter <newsletter.welcometothejungle.com>"}),

    m(X, "stepstone_jobagent_de", "de",
      "StepStone Jobagent <jobagent@stepstone.de>",
      "8 neue Jobs für \"Compliance Manager\" in Frankfurt",
      """Ihr Jobagent hat neue Stellen gefunden:

Compliance Manager (m/w/d) - Mainufer Bank AG - Frankfurt am Main
Referent Geldwäscheprävention (m/w/d) - Hessische Sparkassenversicherung - Wiesbaden
Datenschutzbeauftragter (m/w/d) - Rhein-Main Kliniken - Frankfurt

Alle Jobs ansehen: https://www.stepstone.de/jobagent

Jobagent bearbeiten oder abbestellen: https://www.stepstone.de/jobagent/settings""",
      fmt="html", headers={**LIST, "List-Id": "<jobagent.stepstone.de>"}),

    m(X, "hellowork_alert", "fr",
      "HelloWork <alertes@hellowork.com>",
      "3 nouvelles offres : Juriste conformité - Nantes",
      """Bonjour Mathis,

Juriste conformité H/F - CDI - Nantes (44) - Groupe coopératif agricole
Chargé de conformité bancaire H/F - CDI - Saint-Herblain (44)
Juriste droit des affaires / RGPD H/F - Nantes (44)

Postulez en 1 clic : https://www.hellowork.com/fr-fr/emploi/mes-alertes.html

Gérer mes alertes · Se désabonner""",
      fmt="alt", headers={**LIST, "List-Id": "<alertes.hellowork.com>"}),

    m(X, "france_travail_info", "fr",
      "France Travail <ne-pas-repondre@francetravail.example.fr>",
      "Votre actualisation mensuelle",
      """Bonjour Monsieur OUEDRAOGO-LAURENT,

Nous vous rappelons que vous devez vous actualiser entre le 28 février et le 15 mars 2026 inclus.

Pensez également à mettre à jour votre profil de compétences : des recruteurs consultent chaque jour les profils des candidats.

Votre conseiller France Travail""",
      fmt="html"),

    m(X, "recruiter_marketing_webinar", "en",
      "Hartwell Search <events@hartwellsearch.example.com>",
      "Webinar: The 2026 Compliance Salary Guide",
      """Join us on 19 March for the launch of our 2026 Compliance & Risk Salary Guide.

Our consultants will share what hiring managers are looking for, how interview processes are changing, and why candidates are turning down offers.

Register: https://hartwellsearch.example.com/webinar-2026

Hartwell Search | London · Paris · Frankfurt
Unsubscribe from marketing emails""",
      fmt="html", headers={**LIST, "List-Id": "Hartwell Search marketing <mkt.hartwellsearch.example.com>"}),

    m(X, "gps_position_share", "en",
      "FindMy Family <no-reply@findmyfamily.example.com>",
      "Léa shared her position with you",
      """Léa has shared her current position with you.

Current location: Gare de Lyon-Part-Dieu, Lyon
Updated: 18:42

Open the app to see her position on the map.""",
      fmt="alt"),

    m(X, "alumni_network_event", "fr",
      "Alumni Droit & Finance <contact@alumni-droit-finance.example.org>",
      "Afterwork alumni - jeudi 9 avril - Lyon",
      """Chers alumni,

Nous avons le plaisir de vous convier à notre afterwork de printemps le jeudi 9 avril à 19h, à la Brasserie des Terreaux. Au programme : témoignages de trois alumni ayant changé de carrière vers la compliance et l'ESG.

Inscription gratuite : https://alumni-droit-finance.example.org/events/afterwork-avril

Le bureau de l'association""",
      fmt="alt", headers={**LIST, "List-Id": "<membres.alumni-droit-finance.example.org>"}),

    m(X, "friend_forward_offer_link", "es",
      "Pablo Serrano <pablo.serrano@example.net>",
      "Fwd: Oferta que te puede interesar",
      """Mira esto Mathis, me lo pasó un compañero, creo que te pega mucho. Si quieres te pongo en contacto con la de RRHH.

Abrazo""",
      contact="pablo.serrano@example.net",
      quote=quoted("fwd", "Empleo Grupo Marítimo <empleo@grupo-maritimo.example.es>",
                   "mié, 15 abr 2026", "Buscamos Responsable de Cumplimiento Normativo para nuestra sede de Madrid. Requisitos: 5 años de experiencia, inglés y francés. Envía tu CV a empleo@grupo-maritimo.example.es.",
                   subject="Oferta: Responsable de Cumplimiento (Madrid)")),

    m(X, "own_sent_thankyou_en", "en",
      CAND,
      "Thank you - Privacy Program Manager interview",
      """Dear Anneke,

Thank you for taking the time to speak with me today about the Privacy Program Manager role. I particularly enjoyed our discussion about scaling the DPIA process across product teams.

I remain very enthusiastic about the opportunity and look forward to hearing about next steps.

Best regards,
Mathis Ouedraogo-Laurent""",
      to="Anneke Visser <anneke.visser@orbitale.example.com>",
      date="2026-05-06 18:30 +0200"),

    m(X, "glassdoor_reviews_digest", "en",
      "Glassdoor <noreply@glassdoor.com>",
      "Interview reviews for companies you follow",
      """New interview reviews at companies you follow

Harcourt Wealth Management - Compliance Manager interview
"Two rounds, the second with the Head of Compliance. Got rejected after the final stage but the process was fair."

Quillstack - Legal Operations interview
"Recruiter screen, take-home, panel. Offer after 3 weeks."

See all reviews: https://www.glassdoor.com/member/home

Manage email settings""",
      fmt="html", headers={**LIST, "List-Id": "<community.glassdoor.com>"}),

    m(X, "spanish_survey_interview", "es",
      "Instituto de Estudios Laborales <encuestas@iel-estudios.example.es>",
      "Participa en nuestra encuesta sobre búsqueda de empleo",
      """Hola,

Estamos realizando un estudio sobre la búsqueda de empleo de profesionales europeos en España. ¿Te gustaría participar en una entrevista de 20 minutos por teléfono? Tu opinión es muy valiosa.

Los participantes recibirán un informe con los resultados.

Apúntate aquí: https://iel-estudios.example.es/encuesta-empleo

Instituto de Estudios Laborales""",
      fmt="alt"),

    m(X, "jobat_belgium_alert", "fr",
      "Jobat <alert@jobat.example.be>",
      "Nouveaux jobs : Compliance Officer - Bruxelles",
      """Nouveaux jobs pour vous

Compliance Officer AML (H/F/X) - Banque européenne - Bruxelles
Privacy Officer (H/F/X) - Mutualité - Bruxelles
Juriste conformité NL/FR (H/F/X) - Énergie - Anvers

Voir les offres : https://www.jobat.be/fr/mes-alertes

Vous ne souhaitez plus recevoir cette alerte ? Désinscrivez-vous.""",
      fmt="html", headers={**LIST, "List-Id": "<alerts.jobat.be>"}),

    m(X, "former_colleague_reference_request", "fr",
      "Thibault Garnier <thibault.garnier@example.com>",
      "Service",
      """Salut Mathis,

Petite question : je postule chez un asset manager et ils me demandent deux références. Est-ce que tu accepterais d'en être une ? Ils appelleraient sans doute la semaine prochaine, 10 min max.

Merci d'avance, je te dois un déj !
Thibault""",
      contact="thibault.garnier@example.com"),
]
