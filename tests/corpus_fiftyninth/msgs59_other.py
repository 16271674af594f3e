"""Messages of the fifty-ninth corpus, part C: everything that is `other` (job alerts,
newsletters, cold outreach, other meanings of the words, the candidate's own mail, and the
ordinary non-job mail of a Dublin inbox).

Each entry is one hand-written message; make_fiftyninth.py turns it into an .eml.  Imports only
msgs59_util.
"""

from __future__ import annotations

from msgs59_util import ME, d, q


def _bulk(list_id: str, unsub: str) -> dict[str, str]:
    """Headers a mailing-list or marketing sender adds."""
    return {"List-Id": list_id, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


ALERTS = [
    {"kind": "other", "slug": "linkedin_job_alert", "lang": "en",
         "frm": ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.example.com"),
         "subject": "“clinical operations”: 14 new jobs in Dublin", "date": d("2026-01-08 07:02"),
         "fmt": "html", "brand": "LinkedIn",
         "hdrs": _bulk("<jobalerts.linkedin.example.com>", "https://www.linkedin.example.com/unsub/a81"),
         "body": """Your job alert for clinical operations in Dublin, County Dublin, Ireland

Clinical Operations Manager - Halvorsen Therapeutics - Dublin (Hybrid) - Actively recruiting
Clinical Trial Associate - Brightwater Clinical - Dublin - 3 connections work here
Senior CRA - Kestory Clinical - Ireland (Remote) - Easy Apply
Study Start-Up Specialist - Glenmara Biosciences - Limerick - Promoted

See all jobs: https://www.linkedin.example.com/jobs/search/?alert=a81

You're receiving job alert emails. Unsubscribe · Help
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."""},
    {"kind": "other", "slug": "irishjobs_digest", "lang": "en",
         "frm": ("IrishJobs.ie", "alerts@irishjobs.example.ie"),
         "subject": "New jobs matching 'research nurse' - 9 jobs", "date": d("2026-02-01 06:30"),
         "fmt": "html", "brand": "IrishJobs.ie",
         "hdrs": _bulk("<alerts.irishjobs.example.ie>", "https://www.irishjobs.example.ie/unsubscribe?id=77"),
         "body": """Hi Siobhán, here are the latest jobs matching your saved search.

Clinical Research Nurse - St. Columba's Hospital - Dublin 8 - €48,000 - €58,000
Research Nurse, Oncology Trials - Recruiter: Tallis Harte - Cork
Pharmacovigilance Officer - Dublin 18 - Competitive

Don't miss out - employers are interviewing now! Apply today.

Manage your alerts | Unsubscribe"""},
    {"kind": "other", "slug": "indeed_applied_similar", "lang": "en",
         "frm": ("Indeed", "alert@indeed.example.com"),
         "subject": "Siobhán, jobs similar to Clinical Trial Associate", "date": d("2026-02-14 18:10"),
         "fmt": "html", "brand": "Indeed",
         "hdrs": _bulk("<recommendations.indeed.example.com>", "https://ie.indeed.example.com/unsub?t=9"),
         "body": """Because you applied to Clinical Trial Associate at Halvorsen Therapeutics

Clinical Trial Assistant - Corvane Biologics - Dublin - Responsive employer
Clinical Project Associate - Nuvola Trials - Remote - Hiring multiple candidates
Regulatory Affairs Associate - Penwright Life Sciences - Cambridge

Rejected? Don't give up - 1 in 4 applicants who keep applying land an interview within a month.

Indeed Ireland Operations Ltd · Unsubscribe"""},
    {"kind": "other", "slug": "nhsjobs_alert", "lang": "en",
         "frm": ("NHS Jobs", "no-reply@jobs.nhs.example.net"),
         "subject": "Job alert: 6 new vacancies - research practitioner", "date": d("2026-03-20 05:00"),
         "body": """Your saved search: research practitioner, within 25 miles of Manchester

1. Research Practitioner - Band 5 - Northern Care Alliance - closes 02/04/2026
2. Clinical Research Practitioner - Band 6 - Christie-area CRN - closes 05/04/2026
3. Senior Research Nurse - Band 7 - closes 30/03/2026

To stop receiving these alerts, sign in and edit your saved searches."""},
    {"kind": "other", "slug": "glassdoor_interview_tips", "lang": "en",
         "frm": ("Glassdoor Community", "community@glassdoor.example.com"),
         "subject": "How to handle the 'why did you leave nursing?' interview question",
         "date": d("2026-04-11 12:00"), "fmt": "html", "brand": "Glassdoor",
         "hdrs": _bulk("<weekly.glassdoor.example.com>", "mailto:unsub@glassdoor.example.com"),
         "body": """This week on Glassdoor

Missed your interview? Here's what to say next. Recruiters share how they react when a candidate doesn't show up - and how to recover.

"We've decided to move forward with other candidates": what that rejection email really means, and whether you should ask for feedback.

Plus: 12 companies hiring clinical research professionals right now.

Read more: https://www.glassdoor.example.com/blog/

Unsubscribe from these emails."""},
    {"kind": "other", "slug": "career_newsletter_substack", "lang": "en",
         "frm": ("The Clinical Pivot", "clinicalpivot@substack.example.com"),
         "subject": "Issue #41: The offer that wasn't", "date": d("2026-05-03 08:00"),
         "fmt": "alt",
         "hdrs": _bulk("<clinicalpivot.substack.example.com>", "https://clinicalpivot.substack.example.com/unsub"),
         "body": """Hi friends,

Last month a reader got to the final round for a CTM role, heard "we're pleased to offer you the position" on a call, and then nothing in writing for three weeks. Then: "Unfortunately the role has been put on hold."

This issue is about verbal offers, how to get them in writing, and what to do when a company goes quiet after the interview.

1. Always follow up a verbal offer by email within 24 hours.
2. Don't resign until the contract is signed.
3. Ask when the decision will be made at the end of every interview.

Until next week,
Deirdre

You're receiving this because you subscribed to The Clinical Pivot. Unsubscribe."""},
    {"kind": "other", "slug": "recruiter_cold_inmail", "lang": "en",
         "contact": "connor.flynn@verdanexus.example.com",
         "frm": ("Connor Flynn", "connor.flynn@verdanexus.example.com"),
         "subject": "Clinical Ops opportunities - Cork & Dublin", "date": d("2026-02-18 11:13"),
         "body": """Hi Siobhán,

I came across your profile and was impressed by your background in site-level trial coordination. I specialise in clinical operations hiring across Ireland and currently partner with several leading pharma and CRO clients on CTA, CRA and CTM positions.

I'd love to add you to my network and keep you in mind for upcoming roles. If you'd like, you can send me an up-to-date CV and a note on salary expectations.

Best,
Connor Flynn
Principal Consultant | Verda Nexus
Life Sciences Talent | Cork · Dublin · Basel"""},
    {"kind": "other", "slug": "recruiter_cold_exclaim_uk", "lang": "en",
         "contact": "bella@harrowgate-talent.example.co.uk",
         "frm": ("Bella Okonjo", "bella@harrowgate-talent.example.co.uk"),
         "subject": "Pharmacovigilance roles!!", "date": d("2026-06-05 16:41"),
         "body": """Hiya Siobhán!!

Hope you don't mind me reaching out! I'm working on LOADS of PV and drug safety roles at the moment (Manchester, London and fully remote UK/IE) and your CV on CV-Library caught my eye!

Not sure where you're at with your search but if you're open to a chat just drop me a reply with your number!!

Bella x
Harrowgate Talent"""},
    {"kind": "other", "slug": "stepstone_de_alert", "lang": "de",
         "frm": ("StepStone Jobagent", "jobagent@stepstone.example.de"),
         "subject": "5 neue Jobs für „Clinical Trial Manager“ in München", "date": d("2026-03-01 07:15", "+0100"),
         "fmt": "html", "brand": "StepStone",
         "hdrs": _bulk("<jobagent.stepstone.example.de>", "https://www.stepstone.example.de/abmelden?ja=55"),
         "body": """Hallo Siobhán,

Ihr Jobagent hat neue Stellen für Sie gefunden:

Clinical Trial Manager (m/w/d) – Salvadin Pharma GmbH – München
Senior Clinical Research Associate (w/m/d) – Rheinfeld Pharma GmbH – Köln
Clinical Project Manager – Vireon Biologics – Frankfurt am Main

Jetzt bewerben – Unternehmen laden bereits zu Vorstellungsgesprächen ein!

Jobagent verwalten | Abmelden"""},
    {"kind": "other", "slug": "xing_recruiter_nachricht", "lang": "de",
         "contact": "f.ebner@brandtwerk-partners.example.de",
         "frm": ("Florian Ebner", "f.ebner@brandtwerk-partners.example.de"),
         "subject": "Spannende Position im Bereich Medical Affairs", "date": d("2026-04-16 10:33", "+0200"),
         "body": """Hallo Frau Okafor-Lindqvist,

ich bin auf Ihr Profil gestoßen und finde Ihren Werdegang von der Pflege in die klinische Forschung sehr spannend. Aktuell begleite ich mehrere Mandate im Bereich Medical Affairs und Clinical Operations in der DACH-Region.

Falls Sie grundsätzlich offen für Veränderungen sind, würde ich mich über eine kurze Rückmeldung freuen.

Viele Grüße
Florian Ebner
Brandtwerk Partners"""},
    {"kind": "other", "slug": "wttj_fr_newsletter", "lang": "fr",
         "frm": ("Welcome to the Jungle", "hello@welcometothejungle.example.com"),
         "subject": "Refus après entretien : comment rebondir ?", "date": d("2026-04-05 09:00", "+0200"),
         "fmt": "html", "brand": "Welcome to the Jungle",
         "hdrs": _bulk("<newsletter.welcometothejungle.example.com>", "https://www.welcometothejungle.example.com/unsubscribe"),
         "body": """Cette semaine dans le Jungle Mag

« Nous sommes au regret de ne pas pouvoir donner suite à votre candidature » : comment transformer un refus en apprentissage.

Entretien d'embauche : les 7 questions qu'on vous posera forcément.

Et 30 offres d'emploi dans la santé qui pourraient vous plaire.

Se désinscrire"""},
    {"kind": "other", "slug": "apec_offres_fr", "lang": "fr",
         "frm": ("Alerte emploi Cadremploi", "alertes@cadremploi.example.fr"),
         "subject": "12 nouvelles offres : chef de projet clinique", "date": d("2026-05-14 06:45", "+0200"),
         "hdrs": _bulk("<alertes.cadremploi.example.fr>", "https://www.cadremploi.example.fr/desabonnement"),
         "body": """Bonjour,

Voici les nouvelles offres correspondant à votre alerte « chef de projet clinique – Lyon » :

- Chef de projet études cliniques H/F – Lyon – CDI
- Clinical Project Manager – Villeurbanne – CDI – 50-60 k€
- Chargé(e) d'études cliniques – Lyon 7e – CDD 12 mois

Postulez en un clic.

Pour modifier ou supprimer cette alerte, rendez-vous dans votre espace."""},
    {"kind": "other", "slug": "chasseur_fr_approche", "lang": "fr",
         "contact": "p.girard@meraude-executive.example.fr",
         "frm": ("Pauline Girard", "p.girard@meraude-executive.example.fr"),
         "subject": "Opportunités affaires réglementaires", "date": d("2026-07-22 14:12", "+0200"),
         "body": """Bonjour Siobhán,

J'accompagne plusieurs laboratoires lyonnais dans le recrutement de profils affaires réglementaires et assurance qualité. Votre parcours m'a interpellée et j'aimerais vous présenter les missions que nous suivons actuellement.

Seriez-vous ouverte à un échange dans les prochaines semaines, sans engagement ?

Bien à vous,
Pauline Girard
Méraude Executive – Santé & Life Sciences"""},
    {"kind": "other", "slug": "infojobs_es_alerta", "lang": "es",
         "frm": ("InfoJobs", "alertas@infojobs.example.es"),
         "subject": "Nuevas ofertas de Monitor/a de Ensayos Clínicos en Madrid", "date": d("2026-03-15 08:00", "+0100"),
         "fmt": "html", "brand": "InfoJobs",
         "hdrs": _bulk("<alertas.infojobs.example.es>", "https://www.infojobs.example.es/baja"),
         "body": """Hola Siobhán,

Tenemos 7 ofertas nuevas que encajan con tu alerta:

Monitor/a de Ensayos Clínicos (CRA) – Madrid – Contrato indefinido
Coordinador/a de Estudios Clínicos – Hospital privado – Madrid
Técnico/a de Registros – Alcobendas

Inscríbete ya: las empresas están haciendo entrevistas esta semana.

Darse de baja"""},
    {"kind": "other", "slug": "es_newsletter_orientacion", "lang": "es",
         "frm": ("Empleo Salud Semanal", "boletin@empleosalud.example.es"),
         "subject": "¿Te han rechazado tras la entrevista? 5 claves", "date": d("2026-06-11 09:30", "+0200"),
         "hdrs": _bulk("<boletin.empleosalud.example.es>", "mailto:baja@empleosalud.example.es"),
         "body": """Boletín n.º 112

Recibir un «lamentamos comunicarle que su candidatura no ha sido seleccionada» nunca es agradable. Esta semana hablamos con tres responsables de selección sobre cómo pedir feedback y qué hacer si no te presentaste a una entrevista por un imprevisto.

Además: oferta de empleo destacada para enfermeras de investigación en Barcelona.

Si no quieres recibir más este boletín, haz clic aquí."""},
    {"kind": "other", "slug": "es_headhunter_linkedin", "lang": "es",
         "contact": "javier.moreno@talentia-search.example.es",
         "frm": ("Javier Moreno", "javier.moreno@talentia-search.example.es"),
         "subject": "Hola Siobhán, ¿abierta a nuevas oportunidades?", "date": d("2026-08-03 12:20", "+0200"),
         "body": """Hola Siobhán,

Trabajo con varias compañías farmacéuticas en Madrid y Barcelona que buscan perfiles de operaciones clínicas con inglés nativo. Me ha llamado la atención tu experiencia como coordinadora de investigación clínica.

Si te interesa, te cuento más cuando te venga bien.

Un saludo,
Javier Moreno
Talentia Search"""},
]

WORD_TRAPS = [
    {"kind": "other", "slug": "podcast_interview", "lang": "en",
         "contact": "producer@wardtotrial.example.org",
         "frm": ("Ward to Trial Podcast", "producer@wardtotrial.example.org"),
         "subject": "Interview for the Ward to Trial podcast?", "date": d("2026-03-19 13:14"),
         "body": """Hi Siobhán,

I host Ward to Trial, a small podcast about nurses who've moved into clinical research. A listener suggested we interview you about your path from ward nurse to research coordinator.

Would you be up for a 40-minute recorded interview some time in April? We record remotely over Riverside; I'll send questions in advance.

Thanks,
Gavin Ruane
Producer & host, Ward to Trial"""},
    {"kind": "other", "slug": "user_research_session", "lang": "en",
         "contact": "research@trialtrack.example.com",
         "frm": ("Priya at TrialTrack", "research@trialtrack.example.com"),
         "subject": "Invitation: 45-min user research interview (€50 voucher)", "date": d("2026-04-22 10:00"),
         "body": """Hi Siobhán,

Thanks for signing up to TrialTrack's research panel! We'd like to invite you to a 45-minute user research interview about how site coordinators manage visit schedules.

Pick a time that suits you here: https://calendly.example.com/trialtrack-research/45min

As a thank-you, you'll receive a €50 One4all voucher.

Priya Nair
UX Research, TrialTrack"""},
    {"kind": "other", "slug": "radio_press_interview", "lang": "en",
         "contact": "aisling.conroy@midwestradio.example.ie",
         "frm": ("Aisling Conroy", "aisling.conroy@midwestradio.example.ie"),
         "subject": "Radio interview tomorrow - patient recruitment in trials", "date": d("2026-05-28 16:05"),
         "body": """Hi Siobhán,

Thanks for agreeing to talk to us! Just confirming the interview is live on the Morning Show tomorrow at 8.40am - we'll ring your mobile at 8.35. Should take about six minutes, talking about why Irish patients don't get into clinical trials as often as they could.

Aisling
Producer, Morning Show, Midwest Radio"""},
    {"kind": "other", "slug": "friend_own_rejection", "lang": "en",
         "contact": "niamh.brogan@example.ie",
         "frm": ("Niamh Brogan", "niamh.brogan@example.ie"),
         "subject": "ugh", "date": d("2026-03-08 21:40"),
         "body": """Siob, just got the email from St. Columba's - they went with someone else for the CNM2 post. "We regret to inform you that you were not successful on this occasion" blah blah. After a 2 hour interview!!

Need wine. Are you free Saturday? Also how did your Glenmara thing go

N x

Sent from my iPhone"""},
    {"kind": "other", "slug": "dpd_delayed", "lang": "en",
         "frm": ("DPD Ireland", "no-reply@dpd.example.ie"),
         "subject": "Unfortunately your parcel is delayed", "date": d("2026-02-21 14:02"),
         "fmt": "html", "brand": "DPD",
         "body": """Hi Siobhán,

Unfortunately your parcel 15501234567890 from Zalando is delayed due to a network issue. We're sorry about this.

Your new estimated delivery is Tuesday 24 February between 10:15 and 11:15.

Track your parcel: https://track.dpd.example.ie/15501234567890

DPD Ireland"""},
    {"kind": "other", "slug": "strava_position", "lang": "en",
         "frm": ("Strava", "no-reply@strava.example.com"),
         "subject": "You moved up to 3rd position on Phoenix Park Loop!", "date": d("2026-05-09 09:58"),
         "fmt": "html", "brand": "Strava",
         "hdrs": _bulk("<notifications.strava.example.com>", "https://www.strava.example.com/unsub"),
         "body": """Nice work, Siobhán!

Your morning run put you in 3rd position on the Phoenix Park Loop segment leaderboard (women, 30-39). Your current position is shared with 2 other athletes.

Keep it up!"""},
    {"kind": "other", "slug": "bank_loan_application_received", "lang": "en",
         "frm": ("Bank of the Liffey", "noreply@liffeybank.example.ie"),
         "subject": "We've received your application", "date": d("2026-06-14 12:30"),
         "body": """Dear Siobhán,

Thank you for your personal loan application (reference PL-88120374). We've received your application and we'll be in touch within 2 working days.

Unfortunately we cannot respond to queries about your application by email. If you need to speak to us, call 0818 555 100.

Bank of the Liffey DAC is regulated by the Central Bank of Ireland."""},
    {"kind": "other", "slug": "credit_card_declined", "lang": "en",
         "frm": ("Emerald Card Services", "no-reply@emeraldcard.example.ie"),
         "subject": "An update on your credit card application", "date": d("2026-06-20 08:15"),
         "body": """Dear Ms Okafor-Lindqvist,

Thank you for applying for an Emerald Rewards credit card. After careful review we regret that we are unable to approve your application at this time.

This decision was based on information from the Central Credit Register. You are entitled to request a copy of your credit report free of charge.

Emerald Card Services"""},
    {"kind": "other", "slug": "apartment_application", "lang": "en",
         "contact": "lettings@quayhomes.example.ie",
         "frm": ("Quay Homes Lettings", "lettings@quayhomes.example.ie"),
         "subject": "Apartment 4B, Grand Canal Wharf - your application", "date": d("2026-07-03 17:20"),
         "body": """Hi Siobhán,

Thanks for viewing 4B on Saturday and for sending on your references. Unfortunately the landlord has decided to go with another applicant for this property.

We have a similar two-bed coming up in Ringsend next month - I'll send you the viewing details if you'd like.

Regards,
Ciarán
Quay Homes Lettings"""},
    {"kind": "other", "slug": "university_admission", "lang": "en",
         "frm": ("RCSI Admissions", "admissions-noreply@rcsi.example.ie"),
         "subject": "Your application: MSc Pharmaceutical Medicine - decision", "date": d("2026-07-15 10:00"),
         "fmt": "alt",
         "body": """Dear Siobhán,

Congratulations! We are pleased to offer you a place on the MSc in Pharmaceutical Medicine (part-time) commencing September 2026.

To accept your offer, log in to the applicant portal and pay the acceptance deposit by 31 July.

Admissions Office"""},
    {"kind": "other", "slug": "own_sent_thank_you", "lang": "en",
         "frm": ("Siobhán Okafor-Lindqvist", ME), "to": ("Kirsty McLeish", "k.mcleish@ectu.example.ac.uk"),
         "subject": "Thank you - Trial Manager interview", "date": d("2026-04-29 18:02"),
         "body": """Dear Kirsty,

Thank you for taking the time to interview me today for the Trial Manager post. I really enjoyed hearing about the CTU's portfolio and the plans for the new platform trial.

If the panel needs anything further, such as references, please let me know.

Kind regards,
Siobhán Okafor-Lindqvist
+353 86 555 0147"""},
    {"kind": "other", "slug": "own_sent_withdraw", "lang": "en",
         "frm": ("Siobhán Okafor-Lindqvist", ME), "to": ("Elif Demir", "elif.demir@anadolumedtech.example.com"),
         "subject": "Re: Second interview - Regulatory Affairs Specialist", "date": d("2026-03-18 08:30"),
         "irt": "<anadolu-2nd@anadolumedtech.example.com>",
         "body": f"""Dear Elif,

Thank you very much for the invitation. After some reflection I've decided to withdraw my application, as I'd like to focus on roles based in Ireland for now. I really appreciated the conversation with your team.

Best wishes,
Siobhán

On 16 Mar 2026, at 06:05, Elif Demir <elif.demir@anadolumedtech.example.com> wrote:
{q('''Dear Siobhán Hanım,
Thank you for the first interview with our HR team. We are happy to inform you
that you are invited to the second round...''')}"""},
    {"kind": "other", "slug": "ooo_recruiter", "lang": "en",
         "contact": "harriet.cole@penwright.example.co.uk",
         "frm": ("Harriet Cole", "harriet.cole@penwright.example.co.uk"),
         "subject": "Automatic reply: Regulatory Affairs Officer - question", "date": d("2026-02-20 09:01"),
         "hdrs": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         "body": """Thank you for your email. I am out of the office until Monday 2 March with limited access to email. For urgent recruitment queries please contact talent@penwright.example.co.uk.

Kind regards,
Harriet"""},
    {"kind": "other", "slug": "ooo_de_recruiter", "lang": "de",
         "contact": "j.brandauer@helixa.example.ch",
         "frm": ("Johanna Brandauer", "j.brandauer@helixa.example.ch"),
         "subject": "Abwesenheitsnotiz: Unterlagen Clinical Operations", "date": d("2026-02-24 12:00", "+0100"),
         "hdrs": {"Auto-Submitted": "auto-replied"},
         "body": """Vielen Dank für Ihre Nachricht. Ich bin bis einschliesslich 6. März abwesend und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@helixa.example.ch.

Freundliche Grüsse
Johanna Brandauer"""},
    {"kind": "other", "slug": "standup_calendar", "lang": "en",
         "frm": ("Google Calendar", "calendar-notification@google.example.com"),
         "subject": "Notification: Daily stand-up (CRF) @ Mon 9 Feb 2026 09:15 - 09:30", "date": d("2026-02-09 09:05"),
         "body": """Daily stand-up (CRF)
Monday 9 Feb 2026 09:15 – 09:30 (Dublin)
Joining: https://meet.example.com/crf-standup
Calendar: s.okafor.lindqvist@example.ie

Invitation from Google Calendar. You are receiving this email because you are subscribed to notifications for this calendar."""},
    {"kind": "other", "slug": "standup_ics_update", "lang": "en",
         "contact": "padraig.kennelly@stcolumbas.example.ie",
         "frm": ("Pádraig Kennelly", "padraig.kennelly@stcolumbas.example.ie"),
         "subject": "Updated invitation: Study team huddle moved to 8:45", "date": d("2026-03-04 17:00"),
         "ics": {"uid": "huddle-crf-weekly@stcolumbas.example.ie", "start": "20260305T084500Z",
                  "end": "20260305T090000Z", "summary": "Study team huddle", "seq": "3",
                  "location": "CRF seminar room"},
         "body": """Hi all - moving our Thursday huddle to 8:45 from this week, the pharmacy slot clashes. Same room.

Pádraig"""},
    {"kind": "other", "slug": "forwarded_article", "lang": "en",
         "contact": "dad.lindqvist@example.se",
         "frm": ("Anders Lindqvist", "dad.lindqvist@example.se"),
         "subject": "Fwd: Nurses in pharma - interview", "date": d("2026-04-18 20:11", "+0200"),
         "body": """Saw this and thought of you. Hej hej, Pappa

---------- Forwarded message ---------
From: Svensk Sjuksköterska Nyhetsbrev <nyhetsbrev@example.se>
Date: Sat, 18 Apr 2026 at 07:00
Subject: Nurses in pharma - interview
To: <dad.lindqvist@example.se>

In this month's interview, a former ICU nurse explains how she moved into pharmacovigilance at a Copenhagen biotech, and why her first ten applications were rejected."""},
    {"kind": "other", "slug": "survey_candidate_experience", "lang": "en",
         "frm": ("Halvorsen Candidate Experience", "survey@candidatesurvey.example.com"),
         "subject": "How was your recruitment experience?", "date": d("2026-01-30 10:00"),
         "fmt": "html", "brand": "Halvorsen Therapeutics",
         "body": """Hi Siobhán,

You recently applied to Halvorsen Therapeutics. We'd love to hear about your experience - whether or not you were successful, your feedback helps us improve.

The survey takes 3 minutes: https://survey.candidatesurvey.example.com/s/hx41

Thank you!"""},
]

IRISH_LIFE = [
    {"kind": "other", "slug": "revenue_paye", "lang": "en",
         "frm": ("Revenue", "noreply@revenue.example.ie"),
         "subject": "Your Preliminary End of Year Statement is now available", "date": d("2026-01-12 11:00"),
         "body": """Dear Customer,

Your Preliminary End of Year Statement for 2025 is now available in myAccount under PAYE Services.

Please review it to claim any credits due, such as health expenses or flat-rate expenses for nurses.

Revenue will never ask you to provide personal or bank details by email or text.

Revenue - Irish Tax and Customs"""},
    {"kind": "other", "slug": "welfare_prsi", "lang": "en",
         "frm": ("MyWelfare", "no-reply@mywelfare.example.ie"),
         "subject": "Your PRSI contribution statement", "date": d("2026-02-26 15:00"),
         "body": """Dear Siobhán,

A new document is available in your MyWelfare account: Statement of PRSI Contributions 2025.

Please log in to view it. Do not reply to this email.

Department of Social Protection"""},
    {"kind": "other", "slug": "credit_union_agm", "lang": "en",
         "frm": ("Rathmines Credit Union", "members@rathminescu.example.ie"),
         "subject": "Notice of AGM and dividend", "date": d("2026-09-10 12:00"),
         "hdrs": _bulk("<members.rathminescu.example.ie>", "mailto:unsubscribe@rathminescu.example.ie"),
         "body": """Dear Member,

Our Annual General Meeting will be held on Tuesday 13 October at 7.30pm in the parish hall. The Board proposes a dividend of 1.25% on shares.

Looking for a car loan? Apply online in minutes - decision within 24 hours.

Rathmines Credit Union Limited is regulated by the Central Bank of Ireland."""},
    {"kind": "other", "slug": "car_insurance_renewal", "lang": "en",
         "frm": ("Lir Insurance", "renewals@lirinsurance.example.ie"),
         "subject": "Your car insurance renewal - 221 KE 4471", "date": d("2026-08-18 09:00"),
         "fmt": "html", "brand": "Lir Insurance",
         "body": """Hi Siobhán,

Your car insurance policy is due for renewal on 1 September. Your renewal premium is €612.40 (last year: €588.10).

Your no-claims bonus: 6 years. Review your renewal: https://my.lirinsurance.example.ie/renew

Lir Insurance DAC is regulated by the Central Bank of Ireland."""},
    {"kind": "other", "slug": "anpost_customs", "lang": "en",
         "frm": ("An Post", "noreply@anpost.example.ie"),
         "subject": "Customs charges due on your item", "date": d("2026-03-11 10:20"),
         "body": """Your item LX123456789DE is being held pending payment of customs charges of €14.30.

Pay now to avoid delay: https://www.anpost.example.ie/customs

If charges are not paid within 21 days the item will be returned to sender.

An Post"""},
    {"kind": "other", "slug": "irish_rail_booking", "lang": "en",
         "frm": ("Irish Rail", "bookings@irishrail.example.ie"),
         "subject": "Booking confirmation - Dublin Heuston to Limerick", "date": d("2026-05-12 21:00"),
         "body": """Booking reference: 7HK2QW

Thursday 14 May 2026
Dublin Heuston 07:00 -> Limerick Colbert 09:14 (change at Limerick Junction)
Coach C, Seat 22

Return: Limerick Colbert 16:25 -> Dublin Heuston 18:40

Please show your ticket on your phone to the ticket inspector."""},
    {"kind": "other", "slug": "aer_lingus_delay", "lang": "en",
         "frm": ("Aer Lingus", "no-reply@aerlingus.example.com"),
         "subject": "Important: change to your flight EI 352 to Basel", "date": d("2026-03-02 05:40"),
         "fmt": "html", "brand": "Aer Lingus",
         "body": """Dear Siobhán,

Unfortunately your flight EI 352 from Dublin to Basel on 3 March has been delayed. New departure time: 11:25 (originally 08:50).

We apologise for any inconvenience. Check your booking: https://www.aerlingus.example.com/manage

Aer Lingus"""},
    {"kind": "other", "slug": "electric_ireland_bill", "lang": "en",
         "frm": ("Electric Ireland", "noreply@electricireland.example.ie"),
         "subject": "Your bill is ready", "date": d("2026-04-03 07:00"),
         "body": """Hi Siobhán,

Your latest electricity bill for account 9011 2233 is ready. Amount due: €143.27 by direct debit on 17 April.

View your bill in the app or at electricireland.example.ie."""},
    {"kind": "other", "slug": "eir_broadband", "lang": "en",
         "frm": ("eir", "noreply@eir.example.ie"),
         "subject": "Engineer appointment confirmed", "date": d("2026-06-02 13:15"),
         "body": """Hi Siobhán,

Your eir fibre broadband engineer appointment is confirmed for Friday 5 June between 8am and 1pm. Please make sure someone over 18 is at home.

eir"""},
    {"kind": "other", "slug": "gym_class", "lang": "en",
         "frm": ("FlyeFit Rathmines", "hello@flyefit.example.ie"),
         "subject": "Your spot in Spin 45 is confirmed", "date": d("2026-02-15 19:00"),
         "body": """You're booked! Spin 45 · Tuesday 17 Feb · 6:30am · Studio 2 · Instructor: Karl

Can't make it? Cancel at least 4 hours before class to avoid a no-show fee.

See you there!"""},
    {"kind": "other", "slug": "inmo_union_bulletin", "lang": "en",
         "frm": ("INMO Members", "bulletin@inmo-members.example.ie"),
         "subject": "Members' bulletin: pay talks, CPD and research nurse grades", "date": d("2026-05-19 16:00"),
         "fmt": "html", "brand": "INMO",
         "hdrs": _bulk("<bulletin.inmo-members.example.ie>", "https://inmo-members.example.ie/unsubscribe"),
         "body": """In this bulletin

Pay talks: the union has rejected the employer's proposal on research nurse grading and will ballot members in June.

CPD: new online modules on GCP refresher training.

Annual Delegate Conference: nominations open.

You receive this bulletin as a member. Manage preferences."""},
    {"kind": "other", "slug": "alumni_association", "lang": "en",
         "frm": ("UCD Alumni", "alumni@ucd-alumni.example.ie"),
         "subject": "Class of 2016 nursing reunion - save the date!", "date": d("2026-06-26 12:00"),
         "hdrs": _bulk("<alumni.ucd-alumni.example.ie>", "https://ucd-alumni.example.ie/optout"),
         "body": """Hi Siobhán,

Ten years already! Join your BSc Nursing classmates for a reunion dinner on Saturday 10 October in O'Reilly Hall.

Tickets: €45 including drinks reception.

UCD Alumni Relations"""},
    {"kind": "other", "slug": "netflix_new_device", "lang": "en",
         "frm": ("Netflix", "info@account.netflix.example.com"),
         "subject": "New sign-in to your account", "date": d("2026-07-11 22:30"),
         "fmt": "html", "brand": "Netflix",
         "body": """Hi Siobhán,

A new device signed in to your Netflix account.

Device: Samsung Smart TV
Location: Galway, Ireland

If this was you, you're all set. If not, change your password."""},
    {"kind": "other", "slug": "spotify_wrapped", "lang": "en",
         "frm": ("Spotify", "no-reply@spotify.example.com"),
         "subject": "Your 2026 Wrapped is almost here", "date": d("2026-10-28 17:00"),
         "fmt": "html", "brand": "Spotify",
         "hdrs": _bulk("<news.spotify.example.com>", "https://www.spotify.example.com/unsub"),
         "body": """Siobhán, get ready.

Your year in audio is nearly ready - your top podcast this year was in the top 2% of listeners.

Check the app on 3 December."""},
    {"kind": "other", "slug": "de_sprachkurs", "lang": "de",
         "frm": ("Goethe-Institut Irland", "kurse@goethe-irland.example.ie"),
         "subject": "Ihre Anmeldung zum Kurs B2.1 – Bestätigung", "date": d("2026-01-16 10:00"),
         "body": """Liebe Frau Okafor-Lindqvist,

vielen Dank für Ihre Anmeldung zum Kurs Deutsch B2.1 (Abendkurs, dienstags und donnerstags 18:30–20:30). Ihr Platz ist bestätigt.

Kursbeginn: 3. Februar 2026
Raum: 2.04, Fitzwilliam Square

Bitte überweisen Sie die Kursgebühr von 420 € bis zum 27. Januar.

Viele Grüße
Ihr Sprachkursteam"""},
    {"kind": "other", "slug": "de_bahn_verspaetung", "lang": "de",
         "frm": ("SBB CFF FFS", "noreply@sbb.example.ch"),
         "subject": "Ihre Reise Basel SBB – Zürich HB: Verspätung", "date": d("2026-03-03 14:10", "+0100"),
         "body": """Guten Tag

Leider hat Ihre Verbindung IC 3 Basel SBB (15:03) – Zürich HB voraussichtlich 12 Minuten Verspätung. Grund: Reparatur an der Fahrbahn.

Wir entschuldigen uns für die Unannehmlichkeiten.

SBB CFF FFS"""},
    {"kind": "other", "slug": "de_wohnung_absage", "lang": "de",
         "contact": "vermietung@isar-wohnen.example.de",
         "frm": ("Isar Wohnen Vermietung", "vermietung@isar-wohnen.example.de"),
         "subject": "Ihre Anfrage: 2-Zimmer-Wohnung Schwabing", "date": d("2026-06-29 11:45", "+0200"),
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

vielen Dank für Ihr Interesse an der Wohnung in der Hohenzollernstraße. Leider müssen wir Ihnen mitteilen, dass sich der Eigentümer für einen anderen Mietinteressenten entschieden hat.

Wir wünschen Ihnen viel Erfolg bei Ihrer weiteren Wohnungssuche.

Mit freundlichen Grüßen
Isar Wohnen Vermietung"""},
    {"kind": "other", "slug": "de_bank_kontoeroeffnung", "lang": "de",
         "frm": ("Alpenbank Kundenservice", "kundenservice@alpenbank.example.de"),
         "subject": "Ihr Antrag auf Kontoeröffnung ist eingegangen", "date": d("2026-07-02 09:00", "+0200"),
         "cs": "iso-8859-1", "cte": "quoted-printable",
         "body": """Sehr geehrte Frau Okafor-Lindqvist,

wir haben Ihren Antrag auf Eröffnung eines Girokontos erhalten. Sobald die Identifizierung per VideoIdent abgeschlossen ist, erhalten Sie Ihre Zugangsdaten per Post.

Bitte antworten Sie nicht auf diese E-Mail.

Ihre Alpenbank"""},
    {"kind": "other", "slug": "fr_cours_langue", "lang": "fr",
         "frm": ("Alliance Française de Dublin", "cours@afdublin.example.ie"),
         "subject": "Confirmation d'inscription – Conversation B1", "date": d("2026-01-20 17:30"),
         "body": """Bonjour Siobhán,

Nous vous confirmons votre inscription au cours de conversation niveau B1, le mercredi de 19h à 20h30, à partir du 4 février.

Au plaisir de vous accueillir !
L'équipe pédagogique
Alliance Française de Dublin"""},
    {"kind": "other", "slug": "fr_colis_retard", "lang": "fr",
         "frm": ("Colissimo", "noreply@colissimo.example.fr"),
         "subject": "Votre colis est retardé", "date": d("2026-04-14 10:10", "+0200"),
         "fmt": "html", "brand": "Colissimo",
         "body": """Bonjour,

Malheureusement, votre colis n° 6A12345678901 a pris du retard en raison d'un incident d'acheminement. Une nouvelle date de livraison vous sera communiquée prochainement.

Nous vous prions de nous excuser pour la gêne occasionnée.

Colissimo"""},
    {"kind": "other", "slug": "fr_ami_entretien_rate", "lang": "fr",
         "contact": "chloe.bertin@example.fr",
         "frm": ("Chloé Bertin", "chloe.bertin@example.fr"),
         "subject": "Devine quoi", "date": d("2026-05-30 22:15", "+0200"),
         "body": """Coucou Siobhán !

J'ai complètement raté mon entretien chez Lavandier Pharma ce matin, le RER était bloqué et je suis arrivée avec 40 min de retard... Ils m'ont dit qu'ils me recontacteraient mais bon, j'y crois moyen 😅

Et toi, ton déménagement à Lyon, ça avance ? Bisous
Chloé"""},
    {"kind": "other", "slug": "fr_interview_journal", "lang": "fr",
         "contact": "m.faure@lequotidiensante.example.fr",
         "frm": ("Mathilde Faure", "m.faure@lequotidiensante.example.fr"),
         "subject": "Demande d'interview – infirmières et recherche clinique", "date": d("2026-09-02 11:00", "+0200"),
         "body": """Bonjour Madame,

Je suis journaliste au Quotidien Santé et je prépare un article sur les infirmières qui se tournent vers la recherche clinique en Europe. Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la semaine prochaine ?

Bien cordialement,
Mathilde Faure
Le Quotidien Santé"""},
    {"kind": "other", "slug": "es_banco_prestamo", "lang": "es",
         "frm": ("Banco Meseta", "no-responder@bancomeseta.example.es"),
         "subject": "Hemos recibido tu solicitud de préstamo", "date": d("2026-05-22 13:00", "+0200"),
         "body": """Hola Siobhán:

Hemos recibido tu solicitud de Préstamo Personal. Nuestro equipo la está estudiando y te daremos una respuesta en un plazo máximo de 48 horas.

Este correo se ha enviado automáticamente; por favor, no respondas.

Banco Meseta"""},
    {"kind": "other", "slug": "es_gps_posicion", "lang": "es",
         "frm": ("Localiza Tu Coche", "alertas@localizatucoche.example.es"),
         "subject": "Posición actual de tu vehículo", "date": d("2026-06-06 18:22", "+0200"),
         "body": """Alerta de geolocalización

Tu vehículo ha salido de la zona segura «Casa».
Posición: 40.4168 N, 3.7038 W (Puerta del Sol, Madrid)
Hora: 18:21

Consulta la posición en tiempo real en la aplicación."""},
    {"kind": "other", "slug": "es_amiga_rechazo", "lang": "es",
         "contact": "carmen.delgado@example.es",
         "frm": ("Carmen Delgado", "carmen.delgado@example.es"),
         "subject": "Re: ¿qué tal todo?", "date": d("2026-07-05 23:10", "+0200"),
         "body": f"""Ay tía, pues fatal, al final de La Paz me han dicho que no, que han cogido a otra persona con más experiencia en oncología. Después de tres entrevistas!! En fin, a seguir buscando.

¿Tú cuándo vienes a Madrid?

Besos,
Carmen

El sáb, 4 jul 2026 a las 20:01, Siobhán Okafor-Lindqvist (<{ME}>) escribió:
{q('''¡Hola Carmen! ¿Qué tal todo? ¿Te dijeron algo del hospital?''')}"""},
    {"kind": "other", "slug": "es_universidad_admision", "lang": "es",
         "frm": ("Secretaría de Posgrado", "posgrado@universidad-meseta.example.es"),
         "subject": "Resolución de admisión – Máster en Monitorización de Ensayos Clínicos", "date": d("2026-07-24 10:00", "+0200"),
         "body": """Estimada estudiante:

Le comunicamos que, una vez resuelto el proceso de admisión, su solicitud para el Máster en Monitorización de Ensayos Clínicos ha quedado en lista de espera (posición 7).

Se le notificará cualquier cambio por esta vía.

Secretaría de Posgrado"""},
    {"kind": "other", "slug": "es_entrevista_encuesta", "lang": "es",
         "contact": "estudios@observatoriosalud.example.es",
         "frm": ("Observatorio de Salud Digital", "estudios@observatoriosalud.example.es"),
         "subject": "Participa en nuestro estudio (entrevista de 30 min)", "date": d("2026-08-12 10:00", "+0200"),
         "body": """Hola Siobhán:

Estamos realizando un estudio sobre el uso de herramientas digitales por parte de coordinadores de ensayos clínicos en Europa. ¿Te gustaría participar en una entrevista en línea de 30 minutos? Como agradecimiento, donaremos 20 € a la ONG que elijas.

Reserva tu hueco aquí: https://cal.example.com/observatorio/entrevista

Equipo de Investigación
Observatorio de Salud Digital"""},
    {"kind": "other", "slug": "es_gimnasio", "lang": "es",
         "frm": ("Gimnasio Retiro Fit", "info@retirofit.example.es"),
         "subject": "Tu cuota de septiembre", "date": d("2026-09-01 08:00", "+0200"),
         "body": """Hola Siobhán:

Te recordamos que el 5 de septiembre se cargará tu cuota mensual de 39,90 €. Este mes estrenamos clases de pilates reformer.

¡Nos vemos en el gimnasio!"""},
    {"kind": "other", "slug": "fr_ami_invitation_diner", "parent": "fr_ami_entretien_rate", "lang": "fr",
         "contact": "chloe.bertin@example.fr",
         "frm": ("Chloé Bertin", "chloe.bertin@example.fr"),
         "subject": "Re: Devine quoi", "date": d("2026-06-02 08:45", "+0200"),
         "body": """Bon finalement ils m'ont rappelée, j'ai un deuxième entretien lundi !! On fête ça quand tu passes à Paris ?

Chloé"""},
]

MESSAGES = ALERTS + WORD_TRAPS + IRISH_LIFE
