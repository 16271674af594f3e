"""65th corpus, part C: everything that is not an answer from an employer about an application
(job alerts, newsletters, cold outreach, life admin, the candidate's own mail) - data only."""

from __future__ import annotations

from msgs65_util import LIST, ME, ME_NAME, M, de_quote, gmail, ics_event

T = "other"
SELF = f"{ME_NAME} <{ME}>"


def _list(list_id: str) -> dict[str, str]:
    return {"List-Id": list_id, **LIST}


SPECS = [
    # ---------------------------------------------------------------- job boards and alerts
    M(T, "linkedin_job_alert", "en", "", "",
      "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
      "“talent acquisition partner”: 12 new jobs in Greater Manchester",
      """Your job alert for talent acquisition partner in Greater Manchester

Talent Acquisition Partner
Halden & Crewe · Manchester (Hybrid)
Actively recruiting · Easy Apply
https://www.linkedin.example.com/jobs/view/39911

Senior Talent Partner - Tech
Brightloop · Salford (Hybrid)
Be an early applicant
https://www.linkedin.example.com/jobs/view/39912

In-house Recruiter (12 month FTC)
Co-operative Insurance Group · Manchester
https://www.linkedin.example.com/jobs/view/39913

See all jobs: https://www.linkedin.example.com/jobs/search?alert=774

You're receiving job alert emails. Unsubscribe · Help
© 2026 LinkedIn Corporation""",
      fmt="html", headers=_list("<jobalerts.linkedin.example.com>")),
    M(T, "indeed_digest", "en", "", "",
      "Indeed <alert@indeed.example.com>", "HR Business Partner jobs in Leeds - 8 new",
      """8 new HR Business Partner jobs in Leeds

HR Business Partner - Aire Logistics - Leeds LS11 - £45,000 - £52,000 a year - Easily apply
People Partner - Kirkstall Brewery Co. - Leeds - Hybrid
HR Business Partner (Interim) - Yorkshire Water Services - Bradford - £400 a day

Don't miss out: employers often fill roles quickly. Interviewing now!

Manage job alerts: https://uk.indeed.example.com/alerts
Indeed, 1 Pancras Square, London""",
      fmt="alt", headers=_list("<alerts.indeed.example.com>")),
    M(T, "reed_matching", "en", "", "",
      "reed.co.uk <jobs@email.reed.example.co.uk>", "Priya, jobs we think you'll like",
      """Hi Priya,

Based on your recent searches for "people analytics", here are some jobs you might be interested in:

* People Data Analyst, Liverpool, £38,000 - £42,000
* HR Systems Analyst (Workday), Manchester, £45,000
* Workforce Planning Manager, Warrington, £55,000

Recruiters are looking at CVs like yours right now - keep your CV up to date to get noticed.

reed.co.uk | Unsubscribe""",
      fmt="html", headers=_list("<matching.reed.example.co.uk>")),
    M(T, "totaljobs_profile_views", "en", "", "",
      "Totaljobs <noreply@totaljobs.example.com>", "3 recruiters viewed your CV this week",
      """Hi Priya,

Good news - your CV was viewed 3 times this week by recruiters in Human Resources.

Want more interview invitations? Candidates who refresh their CV every 2 weeks get up to 30% more views.

Update your CV: https://www.totaljobs.example.com/profile

The Totaljobs team""",
      fmt="alt", headers=_list("<cv.totaljobs.example.com>")),
    M(T, "cvlibrary_alert", "en", "", "",
      "CV-Library <alerts@cv-library.example.co.uk>", "New jobs: L&D Manager (Birmingham + 25 miles)",
      """New jobs matching your alert L&D Manager

L&D Manager - Solihull - up to £50k - Posted today
Learning & Development Business Partner - Birmingham - £47k
Head of Learning - Coventry - £60k + car

Unsubscribe from this alert""",
      fmt="cp1252", headers=_list("<alerts.cv-library.example.co.uk>")),
    M(T, "guardian_jobs", "en", "", "",
      "Guardian Jobs <jobs@guardianjobs.example.co.uk>", "Your weekly Guardian Jobs alert: HR & Recruitment",
      """This week's HR & Recruitment jobs for you

Head of Organisational Development - Manchester Metropolitan University
People Partner - Shelter - London / Remote
Senior HR Advisor - Camden Council

How to ace a competency-based interview: our careers editor's five tips.

Manage alerts | Unsubscribe""",
      fmt="html", headers=_list("<alerts.guardianjobs.example.co.uk>")),
    M(T, "stepstone_de_alert", "de", "", "",
      "StepStone Job-Agent <jobagent@stepstone.example.de>", "15 neue Jobs für „HR Business Partner“ in Berlin",
      """Hallo Priya,

Ihr Job-Agent hat 15 neue Stellenangebote gefunden:

HR Business Partner (m/w/d) - Zalando SE - Berlin
Senior HR Business Partner - Delivery Hero - Berlin
People Partner Tech (m/w/d) - N26 - Berlin

Jetzt bewerben und Vorstellungsgespräch sichern!

Job-Agent bearbeiten | Abmelden""",
      fmt="html", headers=_list("<jobagent.stepstone.example.de>")),
    M(T, "wttj_fr_newsletter", "fr", "", "",
      "Welcome to the Jungle <hello@welcometothejungle.example.com>",
      "Refus après un entretien : comment rebondir ? + 20 offres pour vous",
      """Bonjour Priya,

Cette semaine dans la Jungle :

📌 « Nous sommes au regret de vous informer… » : comment rebondir après un refus ? Nos conseils pour transformer une candidature non retenue en apprentissage.
📌 Entretien annulé au dernier moment : que faire ?
📌 20 offres RH qui recrutent en ce moment à Paris

À la semaine prochaine !
L'équipe Welcome to the Jungle

Se désabonner""",
      fmt="alt", headers=_list("<newsletter.welcometothejungle.example.com>")),
    M(T, "infojobs_es_alert", "es", "", "",
      "InfoJobs <alertas@infojobs.example.net>", "Nuevas ofertas: Técnico de RRHH en Madrid",
      """Hola Priya,

Tenemos 9 nuevas ofertas que encajan con tu alerta:

- Técnico/a de Selección - Madrid - 28.000€ - 32.000€
- HR Business Partner - Alcobendas - Híbrido
- Responsable de Formación - Getafe

¡Inscríbete ya! Las empresas están entrevistando esta semana.

Darse de baja de esta alerta""",
      fmt="html", headers=_list("<alertas.infojobs.example.net>")),
    M(T, "glassdoor_interview_reviews", "en", "", "",
      "Glassdoor Community <community@glassdoor.example.com>", "New interview reviews at companies you follow",
      """New interview reviews

Castlegate Bank - Talent Acquisition Manager
"Two-stage process. Phone screen then a competency interview. Got rejected after the second round with no feedback."

Oakmere Insurance - HR Business Partner
"Panel with the CPO, then a presentation. Offer came within a week."

Read more reviews | Unsubscribe""",
      fmt="html", headers=_list("<community.glassdoor.example.com>")),
    # ---------------------------------------------------------------- newsletters about work
    M(T, "cipd_newsletter", "en", "", "",
      "CIPD People Management <newsletter@cipd.example.co.uk>", "PM Daily: Why candidates ghost interviews",
      """People Management Daily - 14 May 2026

Why candidates ghost interviews - and what HR can do about it
One in five candidates did not attend a scheduled interview last year, new research finds. We look at how employers are reducing no-shows.

How to reject candidates well
"Unfortunately, on this occasion…" Rejection emails are a brand moment. Three TA leaders share their templates.

Offer acceptance rates fall for third quarter running

You are receiving this because you are a CIPD member. Manage your preferences.""",
      fmt="alt", headers=_list("<pmdaily.cipd.example.co.uk>")),
    M(T, "substack_ta_newsletter", "en", "", "",
      "The Offer Letter <theofferletter@substack.example.com>", "Issue #48: the 'position filled' lie",
      """Hey friends,

This week I want to talk about the rejection email that says "the position has been filled" when it hasn't. I've sent hundreds of them as a recruiter. Here's why we do it, and why we should stop.

Also: my interview scheduling stack for 2026 (Calendly vs GoodTime vs native ATS).

Reply to this email and tell me your worst candidate experience story.

- Jess

Unsubscribe""",
      fmt="html", headers=_list("<theofferletter.substack.example.com>")),
    M(T, "de_karriere_newsletter", "de", "", "",
      "Karrierebibel Newsletter <news@karrierebibel.example.de>", "Absage nach dem Vorstellungsgespräch? So reagieren Sie richtig",
      """Hallo Priya,

diese Woche im Newsletter:

- Absage nach dem Vorstellungsgespräch: Mit dieser Antwort bleiben Sie im Gespräch
- Einladung zum Assessment Center: die 7 häufigsten Übungen
- Gehaltsverhandlung beim Jobangebot

Viel Erfolg bei der Jobsuche!
Ihr Karrierebibel-Team

Newsletter abbestellen""",
      fmt="html", headers=_list("<newsletter.karrierebibel.example.de>")),
    M(T, "es_blog_entrevistas", "es", "", "",
      "Blog de Empleo <boletin@empleoblog.example.es>", "5 errores en la entrevista de trabajo (y cómo evitarlos)",
      """Hola Priya,

En el boletín de esta semana:

· 5 errores que te pueden costar el puesto en la entrevista
· ¿Te han descartado? Cómo pedir feedback tras una candidatura rechazada
· Ofertas de empleo destacadas en RRHH

Gracias por leernos.

Si no quieres recibir más correos, date de baja aquí.""",
      fmt="alt", headers=_list("<boletin.empleoblog.example.es>")),
    M(T, "agency_salary_guide", "en", "", "",
      "Marlow Partners <marketing@marlowpartners.example.com>", "Your 2026 HR Salary Guide is here",
      """Hi Priya,

Our 2026 HR & Talent Salary Guide is out now - average TA Partner salaries in the North West rose 6% last year, and employers are moving faster to offer stage than ever.

Download the guide: https://www.marlowpartners.example.com/salary-guide-2026

Marlow Partners
You are receiving this because you registered with us. Unsubscribe.""",
      fmt="html", headers=_list("<news.marlowpartners.example.com>")),
    # ---------------------------------------------------------------- recruiter cold outreach
    M(T, "inmail_cold_outreach", "en", "", "",
      "Callum Reid via LinkedIn <inmail-hit-reply@linkedin.example.com>", "Opportunity in People Analytics",
      """Hi Priya,

I came across your profile and was really impressed by your Workday background. I'm working with a number of fintech clients in Manchester who are building out their People Analytics functions in 2026.

No specific role to share just yet, but I'd love to keep you in mind for when things open up. Feel free to connect!

Callum Reid
Principal Consultant, Brightside Search

Reply on LinkedIn""",
      fmt="html"),
    M(T, "headhunter_cold_direct", "en", "", "georgina@kingsley-bell.example.co.uk",
      "Georgina Bell <georgina@kingsley-bell.example.co.uk>", "Introduction",
      """Dear Priya,

I lead the HR practice at Kingsley Bell, a retained search firm in Leeds. A former colleague of yours mentioned your name as someone who is excellent at HR systems change.

I'm not writing about a specific mandate, simply to introduce myself. I'll send over our quarterly market update and keep you posted if something relevant comes up.

Best regards,
Georgina Bell
Director, Kingsley Bell
0113 496 0808"""),
    M(T, "fr_chasseur_prise_contact", "fr", "", "antoine.mercier@talenz-conseil.example.fr",
      "Antoine Mercier <antoine.mercier@talenz-conseil.example.fr>", "Prise de contact",
      """Bonjour Priya,

Je me permets de vous contacter car votre profil d'HRBP bilingue m'a interpellé. J'accompagne plusieurs entreprises de la tech à Paris sur leurs recrutements RH.

Rien de concret pour l'instant, mais je serais ravi d'ajouter votre CV à notre vivier. N'hésitez pas à me l'envoyer si vous êtes ouverte à une opportunité.

Belle journée,
Antoine Mercier
Talenz Conseil"""),
    M(T, "es_reclutador_linkedin", "es", "", "",
      "Nuria Campos vía LinkedIn <inmail-hit-reply@linkedin.example.com>", "Oportunidades en Barcelona",
      """Hola Priya,

Vi tu perfil y me encantó tu experiencia en Workday. Trabajo con varias startups de Barcelona que están creciendo sus equipos de People.

De momento no tengo una posición concreta, pero me gustaría tenerte en cuenta. ¡Conectamos!

Nuria Campos
Headhunter

Responder en LinkedIn""",
      fmt="html"),
    # ---------------------------------------------------------------- other meanings of the words
    M(T, "podcast_interview", "en", "", "tom@peopleunpacked.example.com",
      "Tom Varley <tom@peopleunpacked.example.com>", "Guest on People Unpacked?",
      """Hi Priya,

I host People Unpacked, a small podcast about HR tech. I loved your CIPD conference talk on Workday adoption and would love to interview you for an episode - 40 mins, recorded remotely whenever suits.

Would you be up for it? No pressure at all.

Cheers,
Tom"""),
    M(T, "radio_interview", "en", "", "newsdesk@radiopennine.example.co.uk",
      "Radio Pennine Newsdesk <newsdesk@radiopennine.example.co.uk>", "Interview request - four-day week piece",
      """Hello Priya,

We're doing a piece on tomorrow's breakfast show about the four-day week trial in Greater Manchester and wondered if you'd be available for a short live interview at 7:40am, by phone. About 4 minutes.

Please give the newsdesk a call on 0161 496 0000 if you can help.

Thanks,
Radio Pennine Newsdesk"""),
    M(T, "user_research_interview", "en", "", "",
      "Octopus Energy Research <research@octopus.example.com>", "Can we interview you about your smart meter?",
      """Hi Priya,

We're looking for customers to take part in a 30-minute research interview about their smart meter and app. You'll get a £30 account credit as a thank you.

Pick a time that suits: https://research.octopus.example.com/book

Thanks,
The Octopus Research team""",
      fmt="html"),
    M(T, "friend_own_rejection", "en", "", "hollie.b@example.org",
      "Hollie Barnes <hollie.b@example.org>", "ugh",
      """so I didn't get the Aviva job. they sent the standard "we've decided to move forward with other candidates" email after THREE interviews and a presentation. not even a call!!

anyway wine on friday? need to vent. how's your search going, any interviews?

H x"""),
    M(T, "friend_fr_entretien", "fr", "", "claire.dubois@example.net",
      "Claire Dubois <claire.dubois@example.net>", "Des nouvelles",
      """Coucou Priya !

Alors, tes entretiens ? Moi j'ai eu un refus pour le poste chez L'Oréal, bof, je m'y attendais. Par contre j'ai un deuxième entretien la semaine prochaine ailleurs, croise les doigts pour moi !

On s'appelle ce week-end ?
Bisous,
Claire"""),
    M(T, "evri_delayed", "en", "", "",
      "Evri <no-reply@evri.example.com>", "Unfortunately your parcel is delayed",
      """Hi Priya,

Unfortunately your parcel from ASOS is delayed and will now arrive by Thursday.

Tracking number: H01HYA0012345678

We're sorry for the inconvenience.
Evri""",
      fmt="html"),
    M(T, "royalmail_missed", "en", "", "",
      "Royal Mail <no-reply@royalmail.example.com>", "Sorry we missed you",
      """Sorry we missed you

We tried to deliver your item today but nobody was available to receive it. It's now at your local Customer Service Point and can be collected after 12 noon tomorrow.

Or rearrange delivery: https://www.royalmail.example.com/rearrange

Royal Mail""",
      fmt="alt"),
    M(T, "dpd_rescheduled", "en", "", "",
      "DPD <noreply@dpd.example.co.uk>", "Your delivery has been rescheduled",
      """Hi Priya,

Your DPD parcel from Currys has been rescheduled to Saturday 14 March between 11:02 and 12:02. Your driver is Kev.

Change delivery: https://track.dpd.example.co.uk/

DPD""",
      fmt="html"),
    M(T, "bike_tracker_position", "en", "", "",
      "TrackMyRide <alerts@trackmyride.example.com>", "Position update: your bike has moved",
      """Alert: your bike "Brompton" has changed position.

Last known position: 53.4794, -2.2453 (Piccadilly, Manchester) at 08:14.
If this wasn't you, open the app to lock your tracker.

TrackMyRide"""),
    M(T, "credit_card_application", "en", "", "",
      "Albion Bank <noreply@albionbank.example.co.uk>", "We've received your credit card application",
      """Dear Ms Okonkwo-Hale,

Thank you for your application for an Albion Rewards Credit Card. We've received your application and will let you know our decision within 5 working days.

Unfortunately we are unable to give a decision over the phone.

Albion Bank plc. Authorised by the Prudential Regulation Authority.""",
      fmt="html"),
    M(T, "loan_declined", "en", "", "",
      "Harbour Finance <decisions@harbourfinance.example.co.uk>", "Your loan application",
      """Dear Priya,

Thank you for applying for a personal loan with Harbour Finance. After reviewing your application, we regret that we are unable to offer you a loan at this time.

This decision was based on information from a credit reference agency. You can request a copy of your credit file.

Harbour Finance Customer Services""",
      fmt="qp"),
    M(T, "apartment_rejected", "en", "", "lettings@castlefieldhomes.example.co.uk",
      "Castlefield Homes Lettings <lettings@castlefieldhomes.example.co.uk>", "2 bed, Jersey Street - application",
      """Hi Priya,

Thanks for your application for the 2 bed at Jersey Street. Unfortunately the landlord has decided to go ahead with another applicant who could move in sooner.

We've got a couple of similar flats coming up in Ancoats next month, shall I send details?

Kind regards,
Becky
Castlefield Homes Lettings"""),
    M(T, "university_admission", "en", "", "",
      "Admissions <admissions-noreply@northumbrian.example.ac.uk>", "Decision on your application: MSc People Analytics (part-time)",
      """Dear Priya,

Thank you for your application to study MSc People Analytics (part-time) starting September 2026.

We are pleased to make you an offer of a place on this programme. Please log in to the applicant portal to accept your offer.

Postgraduate Admissions Office""",
      fmt="alt"),
    M(T, "car_insurance_renewal", "en", "", "",
      "Admiralty Car Insurance <renewals@admiralty.example.co.uk>", "Your car insurance renewal",
      """Hi Priya,

Your car insurance is due for renewal on 2 July. Your renewal quote is £512.40. If you don't want to renew, please let us know.

Admiralty""",
      fmt="html"),
    # ---------------------------------------------------------------- life admin
    M(T, "hmrc_tax_code", "en", "", "",
      "HMRC <noreply@tax.service.example.gov.uk>", "Your tax code has changed",
      """Dear Priya Okonkwo-Hale

Your tax code for the 2026 to 2027 tax year has changed. Sign in to your personal tax account to see why.

HMRC will never ask for personal information by email.

HM Revenue and Customs"""),
    M(T, "council_tax_bill", "en", "", "",
      "Manchester City Council <ctax-noreply@manchester.example.gov.uk>", "Your council tax bill 2026/27",
      """Your annual council tax bill is now available in your online account.

Band: C
Amount due 2026/27: £2,013.55
First instalment due: 1 April 2026

Manchester City Council - Revenues and Benefits""",
      fmt="latin1"),
    M(T, "gp_appointment", "en", "", "",
      "Didsbury Medical Practice <noreply@gp-messages.example.nhs.uk>", "Appointment reminder",
      """Reminder: you have an appointment with Dr Ahmed on Wed 11 Feb at 08:50 at Didsbury Medical Practice.

If you cannot attend please cancel by replying CANCEL or calling 0161 496 0300. Missed appointments cost the NHS over £200m a year."""),
    M(T, "avanti_cancelled", "en", "", "",
      "Avanti West Coast <tickets@avanti.example.co.uk>", "Your 07:35 Manchester Piccadilly - London Euston has been cancelled",
      """We're sorry, your train has been cancelled.

07:35 Manchester Piccadilly to London Euston, Thursday 19 March
Reason: a shortage of train crew.

You may be entitled to a full refund or Delay Repay compensation.

Avanti West Coast""",
      fmt="html"),
    M(T, "northern_survey", "en", "", "",
      "Northern <customer.survey@northernrailway.example.co.uk>", "How was your journey? 2 minutes of your time",
      """Hi Priya,

Thanks for travelling with Northern on Tuesday. We'd really value your feedback on your journey from Leeds to Manchester Victoria - the survey takes two minutes.

Start survey: https://survey.northernrailway.example.co.uk/s/8812

Northern""",
      fmt="html"),
    M(T, "bt_bill", "en", "", "",
      "BT <bt@bt-billing.example.com>", "Your BT bill is ready",
      """Hi Priya, your latest BT bill is ready to view. Amount: £49.99, to be collected by Direct Debit on or after 18 May.

View your bill in the My BT app.""",
      fmt="html"),
    M(T, "gym_class_cancelled", "en", "", "",
      "PureFit Deansgate <noreply@purefit.example.com>", "Class cancelled: Spin 45 - Thu 18:30",
      """Hi Priya,

Unfortunately tonight's Spin 45 class at 18:30 has been cancelled due to instructor illness. Your booking has been removed and no credits have been used.

Book another class in the app.

PureFit"""),
    M(T, "es_clase_espanol", "es", "", "marisa.lopez@instituto-cervantino.example.org",
      "Marisa López <marisa.lopez@instituto-cervantino.example.org>", "Clase del jueves - cambio de aula",
      """Hola a todos:

El jueves la clase de español intermedio será en el aula 4 en lugar del aula 2. Recordad traer los deberes del subjuntivo, ¡y practicar la entrevista de trabajo del role-play!

Hasta el jueves,
Marisa""",
      to="Español B1 <espanol-b1@instituto-cervantino.example.org>"),
    M(T, "alumni_newsletter", "en", "", "",
      "University of Sheffield Alumni <alumni@sheffield.example.ac.uk>", "Your alumni news: careers clinic, reunion weekend",
      """Dear Priya,

Struggling with applications? Book a free one-to-one with our alumni careers team - CV reviews, mock interviews and advice on handling rejection.

Also this month: reunion weekend, and a message from the Vice-Chancellor.

Unsubscribe from alumni emails""",
      fmt="html", headers=_list("<alumni.sheffield.example.ac.uk>")),
    M(T, "netflix", "en", "", "",
      "Netflix <info@mailer.netflix.example.com>", "New on Netflix: The Interview Room",
      """Priya, new this week: The Interview Room. A gripping drama about a job interview that goes terribly wrong.

Watch now

Netflix""",
      fmt="html", headers=_list("<new.netflix.example.com>")),
    M(T, "spotify", "en", "", "",
      "Spotify <no-reply@spotify.example.com>", "Your Release Radar is ready",
      """Hi Priya, your Release Radar is updated with new music from artists you follow. Listen now.

Spotify""",
      fmt="html"),
    M(T, "de_bahn_reise", "de", "", "",
      "DB Reiseplan <noreply@bahn.example.de>", "Änderung Ihrer Reise: ICE 1006 Berlin - München",
      """Guten Tag Frau Okonkwo-Hale,

für Ihre Reise am 15.06.2026 gibt es eine Änderung: ICE 1006 fällt zwischen Berlin Hbf und Erfurt aus. Bitte nutzen Sie alternative Verbindungen.

Ihre Deutsche Bahn""",
      fmt="html"),
    M(T, "fr_doctolib_annule", "fr", "", "",
      "Doctolib <no-reply@doctolib.example.fr>", "Votre rendez-vous a été annulé",
      """Bonjour Priya Okonkwo-Hale,

Votre rendez-vous du mardi 7 avril à 16h30 avec Dr Martin (dentiste) a été annulé par le praticien.

Reprenez rendez-vous en ligne sur Doctolib.""",
      fmt="html"),
    M(T, "es_reserva_cancelada", "es", "", "",
      "Reservas Casa Alhambra <no-responder@casaalhambra.example.es>", "Tu reserva ha sido cancelada",
      """Hola Priya,

Lamentamos informarte de que tu reserva del 22 al 25 de mayo ha sido cancelada por el anfitrión. Te hemos reembolsado el importe completo.

Equipo de Reservas""",
      fmt="html"),
    # ---------------------------------------------------------------- her own mail and her current job
    M(T, "own_thank_you", "en", "", "",
      SELF, "Thank you - HR Business Partner interview",
      """Dear Joanne,

Thank you for taking the time to interview me today for the HR Business Partner role. I really enjoyed hearing about the people plan for the port operations and how the team is thinking about shift workers' development.

I'm very keen on the role and look forward to hearing from you.

Kind regards,
Priya Okonkwo-Hale
07700 900 555""",
      to="Joanne Kearney <j.kearney@merseyports.example.co.uk>"),
    M(T, "own_accepting_slot", "en", "", "",
      SELF, "Re: Interview - HR Officer",
      """Hi Siobhán,

Friday the 24th at 11 is perfect, thanks - I'll see you in Cork.

Best,
Priya"""
      + gmail("Mon, 13 Apr 2026 at 14:22", "Siobhán Walsh <siobhan.walsh@corribcu.example.ie>",
              "Hi Priya,\n\nWe'd like to bring you in for interview for the HR Officer role on Friday the 24th of April at 11am.\n\nSiobhán"),
      to="Siobhán Walsh <siobhan.walsh@corribcu.example.ie>"),
    M(T, "own_de_reply", "de", "", "",
      SELF, "AW: Einladung zum Vorstellungsgespräch",
      """Sehr geehrte Frau Vogt,

vielen Dank für die Einladung. Dienstag, der 12. Mai, um 14:00 Uhr passt mir sehr gut.

Mit freundlichen Grüßen
Priya Okonkwo-Hale"""
      + de_quote("Mi., 6. Mai 2026 um 09:15", "Jana Vogt <jana.vogt@nordlicht-media.example.de>",
                 "Sehr geehrte Frau Okonkwo-Hale,\n\nwir freuen uns, Sie zu einem ersten Kennenlernen per Videocall einzuladen."),
      to="Jana Vogt <jana.vogt@nordlicht-media.example.de>"),
    M(T, "recruiter_ooo", "en", "", "sophie@marlowpartners.example.com",
      "Sophie Grant <sophie@marlowpartners.example.com>", "Automatic reply: CV - updated version",
      """Thanks for your email. I'm out of the office until Monday 6th July with limited access to email. For anything urgent please contact the team on 0161 496 0400.

Sophie""",
      headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}),
    M(T, "de_abwesenheit", "de", "", "t.brandt@kessler-software.example.de",
      "Tobias Brandt <t.brandt@kessler-software.example.de>", "Abwesenheitsnotiz: Rückfrage Gehaltsvorstellung",
      """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.04. nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an people@kessler-software.example.de.

Viele Grüße
Tobias Brandt""",
      headers={"Auto-Submitted": "auto-replied"}),
    M(T, "standup_invite", "en", "", "mark.ellis@currentco.example.com",
      "Mark Ellis <mark.ellis@currentco.example.com>", "Invitation: People Ops standup @ Weekly on Monday 09:15",
      """You have been invited to the following event.

People Ops standup
Weekly on Monday 09:15 - 09:30 (GMT)
Google Meet: https://meet.example.com/abc-defg-hij

Organizer: mark.ellis@currentco.example.com""",
      date="2026-01-08T17:02:00+00:00", fmt="ics",
      ics=ics_event("standup-peopleops@currentco.example.com", "20260112T091500Z", "20260112T093000Z",
                    "People Ops standup", "mark.ellis@currentco.example.com", "Google Meet")),
    M(T, "interviewer_panel_request", "en", "", "kate.dunn@currentco.example.com",
      "Kate Dunn <kate.dunn@currentco.example.com>", "Can you sit on the HR Advisor interview panel?",
      """Hi Priya,

Could you be the second panel member for the HR Advisor interviews next Thursday? Three candidates, 10am, 11:30 and 2pm, competency-based. I'll send the scoring sheets and CVs tomorrow.

One of them was rejected at shortlisting last year so we should be ready for questions about feedback.

Thanks!
Kate
(sent from Teams)"""),
    M(T, "workday_hiring_side", "en", "", "",
      "Workday <currentco@myworkday.example.com>", "Action required: review candidates for Job Requisition R-1184 HR Advisor",
      """You have a new inbox item.

Review Candidates: Job Requisition R-1184 HR Advisor
4 candidates are awaiting your decision (Advance / Decline).

Go to Workday Inbox

This is an automated notification from Workday.""",
      fmt="html"),
    M(T, "calendar_dentist_reminder", "en", "", "",
      "Google Calendar <calendar-notification@google.example.com>", "Notification: Dentist @ Fri 6 Mar 2026 8:30am - 9am (GMT)",
      """Dentist
Friday 6 March 2026 8:30am - 9am
Calendar: priya.oh@example.co.uk

You are receiving this email because you set a reminder on this event.""",
      fmt="html"),
]
