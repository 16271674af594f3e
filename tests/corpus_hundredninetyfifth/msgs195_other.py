"""Corpus 195 - other (52): newsletters, alerts, advice, the candidate's own mail,
auto-replies, notifications, course refusals and everyday mail that borrows interview or
appointment words. Hand-written, one spec per message."""

from msgs195_acks import _cav_offer, _cav_thanks_short, _gw_offer
from msgs195_common import (
    CAND_ADDR,
    CAND_NAME,
    CAND_SIGNATURE,
    CANDIDATE,
    CANDIDATE_ACCENTED,
    M,
    digest_html,
    digest_text,
    esc,
    forwarded,
    html_page,
    outlook_html,
    paras,
    quote,
    reply_chain,
)
from msgs195_invites import _iw_inv, _iw_req, _ww_app
from msgs195_rejections import _cr_thanks, _gh_thanks, _lh_sorry, _mb_thanks

OTHER = "other"
ME = CANDIDATE
ME_ACC = CANDIDATE_ACCENTED

# ================================================================ the candidate's own mail

_fv_sorry = """Hi Declan,

I'm so sorry I missed your call this morning. My shift overran and my phone was in my locker. Would you be able to try me again later this week? I'm free any time after 3 on Thursday or Friday.

Kind regards,
Roisin

""" + reply_chain("en", "Wed, 11 Feb 2026 at 10:41", "Declan McFeely",
                  "declan.mcfeely@foylevale.example.co.uk", """Hi Roisin,

I tried ringing you twice at 10:00 this morning for our chat about the administrator job, and again at quarter past, but it went straight to voicemail both times.

Can you let me know if you'd still like to go ahead and when's good to call?

Declan""")

_iw_req_full = _iw_req + "\n\n" + reply_chain(
    "en", "Mon, 3 Aug 2026 at 13:48", "Priya Chaudhry",
    "priya.chaudhry@irwellgp.example.org.uk", _iw_inv)

_gw_decline = """Hi Ryan,

Thank you so much for everything you've done, and please pass on my thanks to Karen as well.

I've thought about it all weekend, and I'm going to say no to the Federation's offer. I've accepted the Cavehill Trust post I told you about, and I'd feel bad leaving them in the lurch before I've even started. It was a really hard decision because the Federation job sounded lovely.

I hope this doesn't put you off working with me in the future.

Kind regards,
Roisin

""" + reply_chain("en", "Fri, 27 Mar 2026 at 15:18", "Ryan Quigley",
                  "ryan.quigley@greenwayrecruit.example.co.uk", _gw_offer)

_fwd_offer = """Hi Mateo,

Here it is - the offer from Cavehill! Could you have a look at the attached letter tonight and tell me whether you think six months fixed-term is worth it? I still have the Federation interview on Monday through Ryan.

Rx

""" + forwarded("en", "Devlin, Orla <orla.devlin@cavehilltrust.example.co.uk>",
                "Thu, 5 Mar 2026 at 12:30", "RE: Thank you - interview today",
                "Roisin Vasquez-Lindholm <roisin.vl@example.co.uk>", _cav_offer)

# ================================================================ auto-replies

_ooo_orla = """Thank you for your email.

I am out of the office until Monday 2 March with limited access to email. For urgent queries about interviews or pre-employment checks, please contact the Workforce Services team on 028 9504 3300.

Orla Devlin
Recruitment Officer | Cavehill Health and Social Care Trust
"""

_ooo_gemma = """Hello,

I'm currently on annual leave and will be back on Monday 22 June. Your email will not be forwarded.

If you are contacting me about an interview or a job offer, please contact recruitment.team@merseybank.example.org.uk, who will be happy to help.

Gemma
"""

_ooo_camille = """Bonjour,

Je suis absente du bureau jusqu'au lundi 4 mai inclus. Je prendrai connaissance de votre message à mon retour.

Pour toute question urgente concernant un entretien ou un recrutement en cours, vous pouvez contacter le secrétariat de la DRH au 03 20 55 41 00.

Cordialement,
Camille Vandenbussche
"""

_ooo_svenja = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 19. Juni, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen, zum Beispiel bei Fragen zu Vorstellungsgesprächen oder Vertragsunterlagen, wenden Sie sich bitte an unser Recruiting-Team unter +49 421 555 30 00.

Mit freundlichen Grüßen
Svenja Kröger
"""

# ================================================================ friends and family

_ciara = """Roisin!!

Well, I didn't get the Royal job. Found out this morning - a two-line email, "unfortunately on this occasion" and all that. I'm raging, I'd prepped for that interview for a fortnight and I thought it went brilliant. Apparently they went with someone internal, which you'd think they'd have known before dragging six of us in.

Anyway, I'm over it (I'm not). Wine Friday? You can tell me about your interviews and I'll tell you how much I hate recruitment.

C x
"""

_jana = """Hey Roisin,

kurzes Update von mir: die Stelle in der Uniklinik ist es nicht geworden. Heute kam die Absage, total höflich formuliert, "wir haben uns für eine andere Kandidatin entschieden" usw. Ich war echt sicher, dass das Vorstellungsgespräch gut lief, aber naja.

Ich bewerbe mich jetzt erstmal auf die zwei Stellen in Altona und mache dann eine Woche Pause. Wie läuft's bei dir mit Rotterdam? Jonas meinte, ihr habt bald einen Call?

Drück dich!
Jana
"""

_marta = """¡Hola prima!

Te cuento: al final no me han cogido en el hospital de Manises. Me llamaron ayer para decírmelo, muy amables y todo, pero que han elegido a otra persona con más experiencia en quirófano. Me ha sentado fatal porque la entrevista me salió genial, o eso pensaba yo.

Bueno, a seguir buscando. ¿Tú cómo vas con lo del Turia? Mamá dice que a lo mejor te vienes en verano. ¡Ojalá!

Besos,
Marta
"""

# ================================================================ recruiters' cold approaches

_blackstaff_cold = """Hi Roisin,

I came across your CV on NIHealthJobs and thought I'd reach out. I'm a consultant at Blackstaff Staffing, and I look after GP practices and private clinics across Belfast and Lisburn who are always on the lookout for reception and admin staff with real patient-facing experience - which your care home background definitely gives you.

I don't have a specific role to put to you today, but if you're open to hearing about opportunities as they come up, just reply with an up-to-date CV and your preferred areas and hours, and I'll add you to my shortlist.

Best,
Conor Magee
Recruitment Consultant
Blackstaff Staffing | 19 Great Victoria Street, Belfast BT2 7BA | 028 9024 7781
"""

_expat_cold = """Dear Roisin,

I hope you don't mind me contacting you out of the blue. I run Expat Care Talent, a small search firm that places English-speaking administrative and patient-service staff with hospitals and care providers in Rotterdam and The Hague.

Your profile stood out because of your mix of care experience and languages. Several of our clients are expanding their international patient offices this year, and I expect to have openings in spring.

There's nothing to apply for just yet. If relocating to the Netherlands is something you'd consider, I'd be glad to keep you in mind - you can simply reply to this message.

Best regards,
Annelies Verbruggen
Founder, Expat Care Talent
Westblaak 92, 3012 KM Rotterdam
"""

# ================================================================ newsletters, alerts and advice

_careersni_items = [
    ("Medical Secretary - Cavehill HSC Trust - Belfast",
     "https://www.careersni.example.co.uk/job/55120?utm_source=alert",
     "Band 4, permanent. Closing 2 February. 'Interview dates to be confirmed.'"),
    ("Ward Clerk (bank) - Foyle Vale Care Group - Derry",
     "https://www.careersni.example.co.uk/job/55131?utm_source=alert",
     "Flexible hours across three homes. Immediate start."),
    ("Patient Services Administrator - Lagan and Down GP Federation - Carryduff",
     "https://www.careersni.example.co.uk/job/55142?utm_source=alert",
     "Full-time. Experience of EMIS desirable."),
    ("Receptionist - Ormeau Dental Studio - Belfast",
     "https://www.careersni.example.co.uk/job/55150?utm_source=alert",
     "Part-time, 24 hours. Interviews held on a rolling basis."),
    ("Admin Assistant - Hearthstone Dementia Charity - Belfast",
     "https://www.careersni.example.co.uk/job/55163?utm_source=alert",
     "Fixed term until March 2027."),
]
_careersni_intro = ("Here are the newest jobs matching your alert 'health administration' in "
                    "Northern Ireland. Unfortunately two roles from last week's alert have "
                    "already closed, so apply early if one of these catches your eye.")
_careersni_footer_text = ("You are receiving this email because you created a job alert on "
                          "CareersNI. Manage alerts: https://www.careersni.example.co.uk/alerts "
                          "| Unsubscribe: https://www.careersni.example.co.uk/u/aX91")
_careersni_footer_html = (
    'You are receiving this email because you created a job alert on CareersNI. '
    '<a href="https://www.careersni.example.co.uk/alerts">Manage alerts</a> | '
    '<a href="https://www.careersni.example.co.uk/u/aX91">Unsubscribe</a>')

_admin_health_items = [
    ("After the 'no': how to bounce back from a rejection",
     "https://adminhealth.example.org.uk/articles/after-the-no",
     "Three recruiters explain what they mean when they say you were 'unsuccessful on this "
     "occasion', and how to ask for feedback that helps."),
    ("Five questions you will be asked at a values-based interview",
     "https://adminhealth.example.org.uk/articles/values-based-interview",
     "From 'tell us about a time you put a patient first' to 'what does dignity mean to you'."),
    ("Ward clerk or medical secretary? Choosing your first NHS admin role",
     "https://adminhealth.example.org.uk/articles/first-nhs-admin-role",
     "Pay bands, hours and the skills each role needs."),
    ("Webinar recording: writing a supporting statement",
     "https://adminhealth.example.org.uk/webinars/supporting-statement",
     "Watch our March session with a recruitment manager from a Liverpool trust."),
]

_coach_text = """WHY THE "UNFORTUNATELY" EMAIL ISN'T THE END
The Career Switch Letter - Issue 41

Hi there,

This week three readers sent me the same email. Different employers, almost identical words: "Unfortunately, on this occasion, we have decided not to progress your application."

If you've had one of those recently, here's what I want you to know.

1. It is rarely about you. Most rejections at the application stage come down to one missing essential criterion. Read the person specification again and check every line against your statement.

2. Ask for feedback, but ask well. "Could you tell me which criterion I scored lowest on?" gets a better answer than "Why didn't I get an interview?"

3. Keep a log. A simple spreadsheet - role, date applied, stage reached, outcome - shows you patterns. If you always get interviews but never offers, it's your interview technique. If you never get interviews, it's your application.

4. Rest. Job hunting while working shifts is exhausting. Take a week off applications if you need to.

Next week: how to answer "why do you want to leave care work?" at interview.

Until then,
Bronagh

--
The Career Switch Letter is written by Bronagh Keenan, careers coach for people moving into health and public-sector admin.
You're receiving this because you subscribed at careerswitch.example.co.uk.
Unsubscribe: https://careerswitch.example.co.uk/unsubscribe?u=roisin.vl
"""

_jobharbour_items = [
    ("Medical Secretary - Kelvinhaugh University Hospital Trust",
     "https://jobharbour.example.com/j/88210", "Glasgow West End - GBP 24,500 - Full-time"),
    ("Health Records Clerk - Clydeholm Health and Care Partnership",
     "https://jobharbour.example.com/j/88214", "Partick, Glasgow - Grade 3"),
    ("GP Receptionist - Byres Road Medical Practice",
     "https://jobharbour.example.com/j/88219", "Glasgow - Part-time"),
    ("Patient Booking Coordinator - Southside Physiotherapy",
     "https://jobharbour.example.com/j/88223", "Shawlands - Temp to perm"),
    ("Admin Assistant (positions x3) - Govan Community Care",
     "https://jobharbour.example.com/j/88230", "Govan - New this week"),
    ("Outpatient Clerk - Queen Margaret Clinic",
     "https://jobharbour.example.com/j/88241", "Dumbarton Road - Fixed term"),
]

_webinar_text = """Hi Roisin,

You're registered! Thanks for signing up to:

Values-based interviews in health and social care: what panels are really listening for
Tuesday 21 April 2026, 19:00 - 20:00 (UK time)
Online (Zoom webinar)

Your personal joining link:
https://healthcareershub.example.org.uk/webinar/join/vbi-0421?reg=44871

Add to calendar: https://healthcareershub.example.org.uk/webinar/ics/vbi-0421

We'll send you a reminder an hour before we start. Can't make it? Don't worry - everyone who registers gets the recording.

Health Careers Hub NI
"""

_survey_text = """Hi Roisin,

Mersey Bank Community Health NHS Trust would like to hear about your recent interview experience.

This short survey takes about three minutes and asks about the information you received before your interview, how you were welcomed on the day and how clearly the process was explained. It does not affect the outcome of your application in any way, and your answers are anonymous.

Start the survey: https://candidatepulse.example.com/s/mbcht-int-2026?c=7f1e

Thank you for helping the Trust improve its recruitment.

CandidatePulse, on behalf of Mersey Bank Community Health NHS Trust
To stop receiving survey invitations, click here: https://candidatepulse.example.com/optout
"""

_workday_reset = """Hello,

We received a request to reset the password for the candidate account associated with this email address on the Cavehill Health and Social Care Trust careers site.

To choose a new password, use the link below. The link expires in 24 hours.

https://cavehillhsc.wd3.myworkdayjobs.example.com/reset?token=Qx82mLp

If you did not request a password reset, you can ignore this email; your password will not change.

Cavehill HSC Trust Careers
"""

_linkup_viewed = """Roisin, your application was viewed

Irwell Valley GP Alliance viewed your application for Care Coordination Administrator.

View job: https://www.linkup.example.com/jobs/view/7731204
See similar jobs: https://www.linkup.example.com/jobs/similar/7731204

Applicants who follow the company are more likely to hear back. Follow Irwell Valley GP Alliance: https://www.linkup.example.com/company/irwell-valley-gp

--
You are receiving LinkUp notification emails. Unsubscribe: https://www.linkup.example.com/settings/email
LinkUp Ltd, 1 Example Square, London EC1A 1AA
"""

_linkup_weekly = [
    ("Declan McFeely and 4 others viewed your profile this week",
     "https://www.linkup.example.com/me/profile-views", "See who's looking at your profile."),
    ("Congratulate Niamh Gilmore on 5 years at Hearthstone Dementia Charity",
     "https://www.linkup.example.com/feed/update/99120", "Say congrats."),
    ("New positions for you: Practice Administrator, Medical Receptionist",
     "https://www.linkup.example.com/jobs/recommended", "14 new jobs in Greater Belfast."),
    ("Ryan Quigley shared a post: 'Interview tips for healthcare admin roles'",
     "https://www.linkup.example.com/feed/update/99135", "12 reactions - 3 comments."),
]

_oul_text = """Dear Ms Vasquez-Lindholm,

Application for Postgraduate Certificate in Health Service Management (part-time, online) - entry October 2026

Thank you for your application to study with the Open Learning University.

I am sorry to inform you that we are unable to offer you a place on this programme. The programme requires an honours degree or evidence of at least two years' experience in a supervisory or management role in health or social care, and the admissions tutor did not consider that your application met this requirement.

You may wish to consider our Certificate of Higher Education in Health and Social Care Administration, which has no formal entry requirements and can count towards the postgraduate programme later. Our student advisers can talk you through the options.

Yours sincerely,

Admissions Office
Open Learning University
"""

_mycarerecord = """Hi Roisin,

Thank you for signing up to take part in research for the MyCareRecord NI app.

We'd like to invite you to a 45-minute user research interview about how you and your family manage health appointments and letters. You'll talk to one of our researchers over video and try out some early designs of new features. There are no right or wrong answers - we're testing the app, not you.

As a thank you, you'll receive a £30 shopping voucher.

Choose an interview slot: https://research.mycarerecord.example.org.uk/book?p=RVL-204

Available sessions run from 12 to 23 October. If you no longer want to take part, just ignore this email.

Many thanks,
Hannah Ferguson
User Researcher, MyCareRecord NI (Digital Health Programme)
"""

_podcast_en = """Hi Roisin,

I host Care Voices, a podcast on Belfast Community Radio about the people who keep our care homes running. A mutual friend, Niamh Gilmore, mentioned you've worked as a care assistant for years and are now moving into NHS administration, and said you'd be a brilliant guest.

Would you be up for a 30-minute interview for an episode about career changes in care? We record at our studio on the Ormeau Road, or over Zoom if that's easier, and it's all very relaxed - you'd see the questions in advance.

No pressure at all, and no worries if it's not for you.

Thanks,
Kieran Lavery
Producer and presenter, Care Voices
Belfast Community Radio, 55 Ormeau Road, Belfast BT7 1DX
"""

_press_en = """Dear Ms Vasquez-Lindholm,

I'm a reporter with the Belfast Evening Courier, working on a feature about staffing pressures in Northern Ireland's care homes and why experienced carers are leaving the sector for other health jobs.

Your name was passed to me by the Care Workers' Union NI as someone who might be willing to speak about her experience. I'd be very grateful for a short interview, by phone or in person, at a time that suits you. You could speak on the record or anonymously, whichever you prefer.

My deadline is Friday 12 June. My direct line is 028 9068 5521.

Best wishes,
Ruth McKinstry
Health Correspondent, Belfast Evening Courier
"""

_parcel = """Hi Roisin,

Unfortunately your parcel is delayed.

Tracking number: PN 4471 2290 1836
From: OfficeKit Direct
Expected: was Tuesday 10 March, now Thursday 12 March

Your parcel missed its connection at our Mallusk hub because of high volumes. We're sorry for the delay. You don't need to do anything - we'll deliver it as soon as it reaches your local depot.

Track your parcel: https://track.parcelnorth.example.co.uk/PN447122901836

ParcelNorth
"""

_stride = """Hi Roisin,

Your run on Saturday 16 May wasn't recorded properly.

Your watch couldn't get a GPS position fix for the first 2.3 km, so your distance and pace for that section were estimated from your wrist movement. This usually happens when you start running straight away without waiting for the satellite signal, or near tall buildings.

Tip: wait for the position indicator to turn green before you press Start.

View your run: https://app.stridetrack.example.com/activities/5521903

Keep moving,
The StrideTrack team
"""

_building_society = """Dear Ms Vasquez-Lindholm,

Your appointment is confirmed

Thank you for booking a mortgage appointment with Lagan Building Society.

Date: Thursday 9 July 2026
Time: 17:30
Where: Lisburn Road branch, 288 Lisburn Road, Belfast BT9 6GH
Adviser: Mark Henderson

Please bring your last three payslips, three months of bank statements and photo ID. If you need to change or cancel your appointment, call us on 028 9038 1200.

Lagan Building Society
This is an automated message. Please don't reply to this email.
"""

_landlord = """Hi Roisin,

Just a reminder that the routine property inspection at 14B Fitzroy Avenue is booked for Tuesday 22 September between 10:00 and 12:00. You don't need to be there, we'll use the office key.

Unfortunately the gas engineer can't make the same day, so he'll contact you directly to arrange a separate appointment for the annual boiler service.

Thanks,
Gareth Moore
Property Manager, Botanic Lettings
32 University Road, Belfast BT7 1NH | 028 9024 5511
"""

_school = """Dear Parent / Guardian,

Parent-teacher interviews for P4 will take place on Wednesday 7 and Thursday 8 October from 15:15 to 18:30.

Please use the link below to book a ten-minute interview slot with your child's class teacher, Mrs O'Hare. Slots are allocated on a first-come, first-served basis.

Book a slot: https://malonepark.schoolbooking.example.co.uk/pti2026

If none of the times suit, please contact the school office and we will try to arrange an alternative appointment.

Kind regards,
Mrs J. Cargo
Principal
Malone Park Primary School
"""

_gp = """Dear Roisin Vasquez-Lindholm,

We are sorry to let you know that your appointment with Dr Hughes on Tuesday 12 May at 09:20 has been cancelled due to unforeseen clinician absence.

Please call the surgery on 028 9066 2811 after 10:00 or use the online booking service to arrange a new appointment. If your problem is urgent, please call us as soon as possible.

Stranmillis Medical Centre
This mailbox is not monitored.
"""

_housing = """Dear Ms Vasquez-Lindholm,

Housing register: annual review

Thank you for returning your review form. Your application (ref. LHP/AP/20419) remains active on the common waiting list.

Your current points total is 62. Based on this, your position on the waiting list for a two-bedroom property in your first area of choice (South Belfast) is 214. Positions change regularly as new applications are made and homes are allocated, so this is a guide only.

If your circumstances change, please let us know so we can reassess your points.

Allocations Team
Lagan Housing Partnership
"""

_rail = """Dear Roisin,

We're sorry that your journey on Monday 2 February was disrupted.

Unfortunately the 07:48 Belfast Grand Central to Derry~Londonderry service was cancelled because of a signalling fault near Antrim. As your ticket was valid on this service, you may be entitled to Delay Repay compensation.

Claim now: https://www.ulsterrail.example.co.uk/delay-repay?ref=UR-2602-0748

Claims must be submitted within 28 days of travel.

Ulster Rail Customer Services
"""

# ================================================================ French

_emploinord_items = [
    ("Secrétaire médicale H/F - Clinique des Remparts - Lille",
     "https://www.emploinord.example.fr/offre/331208", "CDI - 35 h - Entretiens dès janvier"),
    ("Agent d'accueil administratif - EHPAD Les Glycines - La Madeleine",
     "https://www.emploinord.example.fr/offre/331215", "CDD 6 mois"),
    ("Assistante administrative - GH Flandres-Deûle - Lomme",
     "https://www.emploinord.example.fr/offre/331222", "Titre IV - Catégorie C"),
    ("Gestionnaire scolarité - Université Vauban - Loos",
     "https://www.emploinord.example.fr/offre/331230", "Contrat d'un an renouvelable"),
    ("Standardiste - Maison de Santé de la Citadelle - Lille",
     "https://www.emploinord.example.fr/offre/331236", "Temps partiel 24 h"),
]

_carrieres_items = [
    ("Refus de candidature : comment rebondir ?",
     "https://carrieres-sante.example.fr/articles/rebondir-apres-un-refus",
     "Une réponse négative n'est pas un verdict sur vos compétences. Nos conseils pour "
     "demander un retour et ajuster votre candidature."),
    ("Entretien en établissement de santé : les 7 questions incontournables",
     "https://carrieres-sante.example.fr/articles/questions-entretien",
     "De la gestion d'un patient mécontent au respect du secret médical."),
    ("Secrétaire médicale : quelle formation choisir en 2026 ?",
     "https://carrieres-sante.example.fr/articles/formation-secretaire-medicale",
     "Titres professionnels, DU, formations à distance : le comparatif."),
]

_vauban_du = """Madame,

Vous avez déposé une candidature au Diplôme d'Université « Secrétariat médical et gestion administrative en santé » pour l'année universitaire 2026-2027.

Après examen de votre dossier par la commission pédagogique, nous sommes au regret de vous informer que votre candidature n'a pas été retenue. Le nombre de places étant limité à 24, la commission a donné la priorité aux candidats disposant d'une prise en charge par leur employeur ou par France Travail.

Vous pouvez présenter une nouvelle candidature lors de la prochaine campagne, qui ouvrira en mars 2027.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service de la formation continue
Université Vauban
"""

_bank_fr = """Bonjour Madame Vasquez-Lindholm,

Votre rendez-vous est confirmé.

Objet : ouverture de compte et domiciliation de salaire
Date : mardi 6 octobre 2026 à 17h15
Agence : Lille Vieux-Lille, 18 rue de la Monnaie
Conseillère : Mme Léa Vandamme

Pensez à apporter une pièce d'identité, un justificatif de domicile de moins de trois mois et, si vous l'avez, votre contrat de travail ou votre promesse d'embauche.

Pour modifier ou annuler ce rendez-vous, rendez-vous dans votre espace client.

Banque des Flandres
Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""

_colis_fr = """Bonjour,

Votre colis n° CN 2209 4471 8810 FR a malheureusement pris du retard.

En raison d'un incident technique sur notre plateforme de tri de Lesquin, la livraison prévue le jeudi 24 septembre est reportée au samedi 26 septembre.

Nous vous prions de nous excuser pour ce désagrément. Vous pouvez suivre votre colis à tout moment :
https://suivi.colisnord.example.fr/CN22094471881OFR

ColisNord - Service clients
"""

# ================================================================ German

_berufsnetz_items = [
    ("Absage erhalten? So nutzen Sie das Feedback für die nächste Bewerbung",
     "https://www.berufsnetz.example.de/ratgeber/absage-feedback",
     "Drei Personalerinnen verraten, was hinter Standardabsagen steckt."),
    ("Vorstellungsgespräch auf Englisch: die häufigsten Fragen",
     "https://www.berufsnetz.example.de/ratgeber/interview-englisch",
     "Von 'Tell me about yourself' bis 'Why should we hire you?'"),
    ("Diese Arbeitgeber im Gesundheitswesen stellen gerade ein",
     "https://www.berufsnetz.example.de/jobs/gesundheitswesen",
     "Lindenhof Pflegegruppe, Sanovia Gesundheitsdienste und 38 weitere."),
    ("Gehaltsreport 2026: Verwaltung in Klinik und Pflege",
     "https://www.berufsnetz.example.de/gehalt/verwaltung-gesundheit",
     "Was Verwaltungsfachkräfte in Pflegeeinrichtungen verdienen."),
]

_sprachschule = """Liebe Frau Vasquez-Lindholm,

vielen Dank für Ihre Anmeldung zum Online-Kurs „Niederländisch B1 – intensiv“ (Kursnummer NL-B1-0926), Beginn 14. September 2026.

Leider müssen wir Ihnen mitteilen, dass der Kurs bereits voll belegt ist und wir Ihnen keinen Platz mehr anbieten können. Wir haben Sie auf die Warteliste gesetzt (Position 3). Sollte ein Platz frei werden, melden wir uns umgehend.

Alternativ empfehlen wir Ihnen den Abendkurs NL-B1-1026, der am 19. Oktober beginnt und noch freie Plätze hat.

Mit freundlichen Grüßen
Ihr Team vom Sprachinstitut Elbe
Rothenbaumchaussee 7, 20148 Hamburg
"""

_bank_de = """Sehr geehrte Frau Vasquez-Lindholm,

Ihr Beratungstermin zur Geldanlage am Donnerstag, 20. August 2026, um 18:00 Uhr (Videoberatung) musste leider verschoben werden, da Ihr Berater kurzfristig erkrankt ist.

Neuer Termin: Dienstag, 25. August 2026, 18:00 Uhr, Videoberatung.

Außerdem möchten wir Sie darauf hinweisen, dass Ihre Wertpapierposition »Hansa Nachhaltig Welt A« seit der letzten Depotabrechnung um 4,2 % gestiegen ist. Details finden Sie im Online-Banking.

Falls der neue Termin nicht passt, können Sie ihn im Online-Banking unter »Termine« ändern.

Mit freundlichen Grüßen
Ihre Hansa Direktbank
Diese E-Mail wurde automatisch erstellt.
"""

# ================================================================ Spanish

_turno_items = [
    ("Administrativo/a de admisión - Hospital Universitario del Turia",
     "https://www.turnoempleo.example.es/oferta/771203", "València - Jornada completa"),
    ("Recepcionista clínica dental - Clínica Ruzafa Salud",
     "https://www.turnoempleo.example.es/oferta/771210", "Russafa - Media jornada"),
    ("Auxiliar administrativa centro de día - Fundación Malvarrosa Cuidados",
     "https://www.turnoempleo.example.es/oferta/771218", "Malvarrosa - Incorporación inmediata"),
    ("Administrativa residencia - Grupo Residencial Albufera",
     "https://www.turnoempleo.example.es/oferta/771225", "Alfafar - Contrato indefinido"),
    ("Teleoperadora citas médicas - Centro Médico Benimaclet",
     "https://www.turnoempleo.example.es/oferta/771230", "Benimaclet - Turno de tarde"),
]

_master = """Estimada Sra. Vasquez-Lindholm:

Le informamos de que se ha publicado la resolución de admisión al Máster Universitario en Gestión Sanitaria (modalidad semipresencial) para el curso 2026-2027.

Lamentamos comunicarle que no ha obtenido plaza en esta fase. Su solicitud figura en la lista de espera con el número 17. Si se producen renuncias, se le comunicará por correo electrónico.

La resolución completa puede consultarse en la sede electrónica de la Universidad.

Atentamente,
Servicio de Estudios de Posgrado
Universidad Levantina de Valencia
"""

_podcast_es = """Hola Roisin:

Soy Nuria Peris, y presento «Voces que Cuidan», un pódcast sobre las personas que trabajan en residencias y centros de día de la Comunitat Valenciana.

Jordi Martí, de Levante Talento, me ha contado tu historia: cuidadora en Belfast, con familia en València y ahora buscando dar el salto a la administración sanitaria. ¡Nos encantaría hacerte una entrevista para un episodio sobre cuidadoras que cambian de rumbo!

Serían unos 40 minutos, por videollamada o en nuestro estudio de Benimaclet, cuando te vaya bien en octubre. Puedes hablar en inglés o en castellano, como prefieras.

¿Te animas?

Un abrazo,
Nuria Peris
«Voces que Cuidan» - Ràdio Barri
"""

_cita_es = """Estimada paciente:

Le informamos de que su cita con el médico de familia en el Centro de Salud Russafa ha sido modificada.

Cita anterior: lunes 3 de agosto de 2026 a las 09:40
Nueva cita: miércoles 5 de agosto de 2026 a las 11:20
Profesional: Dra. Amparo Roig

Si no puede acudir, anule la cita a través de la aplicación GVA+Salut o llamando al 961 92 66 00, para que otra persona pueda utilizarla.

Conselleria de Sanidad - Sistema de citación
Este es un mensaje automático. No responda a este correo.
"""


MESSAGES = [
    # ---------------------------------------------------------- English (33)
    M(kind=OTHER, slug="own_thank_you_cavehill", lang="en", company="", contact="",
      frm=ME, to=[("Devlin, Orla", "orla.devlin@cavehilltrust.example.co.uk")],
      subject="Thank you - interview today", date="2026-02-26 17:20", tz="+0000",
      text=_cav_thanks_short, parent="cav_move", key="cav_thanks"),
    M(kind=OTHER, slug="orla_out_of_office_auto_reply", lang="en", company="", contact="",
      frm=("Devlin, Orla", "orla.devlin@cavehilltrust.example.co.uk"),
      subject="Automatic reply: Thank you - interview today", date="2026-02-26 17:20",
      tz="+0000", text=_ooo_orla, html=outlook_html(paras(_ooo_orla)), parent="cav_thanks",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(kind=OTHER, slug="own_sorry_missed_call_foyle_vale", lang="en", company="", contact="",
      frm=ME, to=[("Declan McFeely", "declan.mcfeely@foylevale.example.co.uk")],
      subject="Sorry I missed your call", date="2026-02-11 13:52", tz="+0000",
      text=_fv_sorry, parent="fv_missed", key="fv_sorry"),
    M(kind=OTHER, slug="own_reschedule_request_irwell", lang="en", company="", contact="",
      frm=ME, to=[("Priya Chaudhry", "priya.chaudhry@irwellgp.example.org.uk")],
      subject="RE: Interview - Care Coordination Administrator", date="2026-08-04 22:03",
      tz="+0100", text=_iw_req_full, parent="iw_inv", key="iw_req"),
    M(kind=OTHER, slug="own_thank_you_mersey_bank", lang="en", company="", contact="",
      frm=ME, to=[("Rimmer Gemma", "gemma.rimmer@merseybank.example.org.uk")],
      subject="Thank you - Ward Clerk interview", date="2026-06-18 08:41", tz="+0100",
      text=_mb_thanks + "\n", parent="mb_move", key="mb_thanks"),
    M(kind=OTHER, slug="gemma_annual_leave_auto_reply", lang="en", company="", contact="",
      frm=("Rimmer Gemma", "gemma.rimmer@merseybank.example.org.uk"),
      subject="Automatic reply: Thank you - Ward Clerk interview", date="2026-06-18 08:41",
      tz="+0100", text=_ooo_gemma, parent="mb_thanks",
      headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
    M(kind=OTHER, slug="own_application_waterside_cv_pdf", lang="en", company="", contact="",
      frm=ME, to=[("Shauna Doherty", "shauna.doherty@watersidewellbeing.example.org.uk")],
      subject="Application - Office and Bookings Assistant", date="2026-04-14 21:17",
      tz="+0100", text=_ww_app + "\n", key="ww_app",
      pdfs=[("CV_Roisin_Vasquez-Lindholm_2026.pdf", [
          "ROISIN VASQUEZ-LINDHOLM", "Belfast BT9 - 07700 900 418 - roisin.vl@example.co.uk",
          "", "PROFILE", "Care assistant with four years' experience moving into",
          "health service administration.", "", "EXPERIENCE",
          "2022-present  Care Assistant, Stranmillis Court Care Home, Belfast",
          "2019-2022     Receptionist (part-time), Botanic Avenue Cafe", "",
          "SKILLS", "Rota planning, family liaison, Microsoft Office, Spanish, German",
          "", "EDUCATION", "2026  Level 2 IT User Skills (in progress)"])]),
    M(kind=OTHER, slug="own_declines_federation_offer", lang="en", company="", contact="",
      frm=ME, to=[("Ryan Quigley", "ryan.quigley@greenwayrecruit.example.co.uk")],
      subject="Re: Lagan and Down - OFFER!", date="2026-03-30 08:02", tz="+0100",
      text=_gw_decline, parent="gw_offer"),
    M(kind=OTHER, slug="own_forwards_offer_to_brother", lang="en", company="", contact="",
      frm=ME_ACC, to=[("Mateo Vasquez-Lindholm", "mateo.vl@mailbox.example.es")],
      subject="Fwd: RE: Thank you - interview today", date="2026-03-05 19:40", tz="+0000",
      text=_fwd_offer, cte="quoted-printable",
      pdfs=[("CHT-26-0088 Conditional Offer - R Vasquez-Lindholm.pdf", [
          "Cavehill Health and Social Care Trust - Workforce Services",
          "CONDITIONAL OFFER OF EMPLOYMENT", "", "Candidate: Roisin Vasquez-Lindholm",
          "Post: Administrative Assistant (Band 3), Outpatients - CHT/26/0088"])]),
    M(kind=OTHER, slug="friend_ciara_own_rejection", lang="en", company="", contact="",
      frm=("Ciara McGrath", "ciara.mcg@mailbox.example.ie"),
      subject="well that's that then", date="2026-04-09 12:47", tz="+0100", text=_ciara),
    M(kind=OTHER, slug="blackstaff_cold_approach_no_role", lang="en", company="", contact="",
      frm=("Conor Magee", "conor.magee@blackstaffstaffing.example.co.uk"),
      subject="Healthcare admin opportunities in Belfast", date="2026-01-14 11:05",
      tz="+0000", text=_blackstaff_cold),
    M(kind=OTHER, slug="expat_care_talent_cold_approach", lang="en", company="", contact="",
      frm=("Annelies Verbruggen", "annelies@expatcaretalent.example.nl"),
      subject="English-speaking patient services roles in Rotterdam", date="2026-02-19 09:33",
      tz="+0100", text=_expat_cold, html=html_page(paras(_expat_cold))),
    M(kind=OTHER, slug="careersni_job_alert_digest", lang="en", company="", contact="",
      frm=("CareersNI Job Alerts", "alerts@careersni.example.co.uk"),
      subject="5 new jobs for 'health administration'", date="2026-01-23 06:00", tz="+0000",
      text=digest_text("CareersNI - your job alert", _careersni_intro, _careersni_items,
                       _careersni_footer_text),
      html=digest_html("CareersNI - your job alert", _careersni_intro, _careersni_items,
                       _careersni_footer_html, accent="#00695c"),
      html_cte="quoted-printable",
      headers=[("List-Id", "CareersNI job alerts <alerts.careersni.example.co.uk>"),
               ("List-Unsubscribe", "<https://www.careersni.example.co.uk/u/aX91>, "
                                    "<mailto:unsubscribe@careersni.example.co.uk?subject=aX91>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="admin_in_health_newsletter_rejection_article", lang="en",
      company="", contact="",
      frm=("Admin in Health", "newsletter@adminhealth.example.org.uk"),
      subject="After the 'no', values-based interviews and your first NHS admin role",
      date="2026-04-02 07:15", tz="+0100",
      text=digest_text("Admin in Health - April 2026",
                       "This month: dealing with rejection, interview questions and choosing "
                       "a first role.", _admin_health_items,
                       "Unsubscribe: https://adminhealth.example.org.uk/unsubscribe"),
      html=digest_html("Admin in Health - April 2026",
                       "This month: dealing with rejection, interview questions and choosing "
                       "a first role.", _admin_health_items,
                       '<a href="https://adminhealth.example.org.uk/unsubscribe">Unsubscribe</a>'
                       " &middot; Admin in Health, Belfast", accent="#5b2a86"),
      headers=[("List-Id", "Admin in Health <monthly.adminhealth.example.org.uk>"),
               ("List-Unsubscribe", "<https://adminhealth.example.org.uk/unsubscribe>"),
               ("Precedence", "list")]),
    M(kind=OTHER, slug="career_switch_letter_unfortunately", lang="en", company="", contact="",
      frm=("Bronagh at The Career Switch Letter", "bronagh@careerswitch.example.co.uk"),
      subject="Why the \"unfortunately\" email isn't the end", date="2026-05-17 08:00",
      tz="+0100", text=_coach_text,
      headers=[("List-Id", "The Career Switch Letter <letter.careerswitch.example.co.uk>"),
               ("List-Unsubscribe",
                "<https://careerswitch.example.co.uk/unsubscribe?u=roisin.vl>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="care_voices_podcast_interview_request", lang="en", company="",
      contact="", frm=("Kieran Lavery", "kieran@carevoices.example.co.uk"),
      subject="Would you be a guest on Care Voices?", date="2026-05-21 14:18", tz="+0100",
      text=_podcast_en),
    M(kind=OTHER, slug="evening_courier_press_interview", lang="en", company="", contact="",
      frm=("Ruth McKinstry", "ruth.mckinstry@eveningcourier.example.co.uk"),
      subject="Interview request - care home staffing feature", date="2026-06-04 11:52",
      tz="+0100", text=_press_en, cte="quoted-printable"),
    M(kind=OTHER, slug="mycarerecord_user_research_interview", lang="en", company="",
      contact="", frm=("Hannah Ferguson", "research@mycarerecord.example.org.uk"),
      subject="Invitation: user research interview (£30 voucher)", date="2026-10-05 10:00",
      tz="+0100", text=_mycarerecord,
      html=html_page(paras(_mycarerecord))),
    M(kind=OTHER, slug="parcelnorth_delayed_unfortunately", lang="en", company="", contact="",
      frm=("ParcelNorth", "noreply@parcelnorth.example.co.uk"),
      subject="Unfortunately your parcel is delayed", date="2026-03-10 18:30", tz="+0000",
      text=_parcel, html=html_page(paras(_parcel))),
    M(kind=OTHER, slug="stridetrack_gps_position", lang="en", company="", contact="",
      frm=("StrideTrack", "hello@stridetrack.example.com"),
      subject="We couldn't get a GPS position for part of your run", date="2026-05-16 12:04",
      tz="+0000", text=_stride, cte="base64"),
    M(kind=OTHER, slug="building_society_appointment_confirmed", lang="en", company="",
      contact="", frm=("Lagan Building Society", "no-reply@laganbs.example.co.uk"),
      subject="Your mortgage appointment is confirmed", date="2026-06-29 09:10", tz="+0100",
      text=_building_society,
      html=html_page(paras(_building_society))),
    M(kind=OTHER, slug="letting_agent_inspection_appointment", lang="en", company="",
      contact="", frm=("Gareth Moore", "gareth.moore@botaniclettings.example.co.uk"),
      subject="Property inspection - 14B Fitzroy Avenue", date="2026-09-15 16:25",
      tz="+0100", text=_landlord),
    M(kind=OTHER, slug="school_parent_teacher_interviews", lang="en", company="", contact="",
      frm=("Malone Park Primary School", "office@malonepark.example.sch.uk"),
      subject="P4 parent-teacher interviews - book your slot", date="2026-09-24 13:30",
      tz="+0100", text=_school, html=html_page(paras(_school)),
      headers=[("Precedence", "bulk")]),
    M(kind=OTHER, slug="gp_surgery_appointment_cancelled", lang="en", company="", contact="",
      frm=("Stranmillis Medical Centre", "noreply@stranmillismc.example.co.uk"),
      subject="Your appointment has been cancelled", date="2026-05-11 17:45", tz="+0100",
      text=_gp, headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OTHER, slug="linkup_application_viewed", lang="en", company="", contact="",
      frm=("LinkUp", "notifications@linkup.example.com"),
      subject="Your application was viewed by Irwell Valley GP Alliance",
      date="2026-07-28 15:02", tz="+0000", text=_linkup_viewed,
      html=html_page(paras(_linkup_viewed))),
    M(kind=OTHER, slug="linkup_weekly_profile_views", lang="en", company="", contact="",
      frm=("LinkUp", "messages-noreply@linkup.example.com"),
      subject="Roisin, you appeared in 9 searches this week", date="2026-03-22 08:30",
      tz="+0000",
      html=digest_html("Your week on LinkUp", "Here's what happened in your network.",
                       _linkup_weekly,
                       '<a href="https://www.linkup.example.com/settings/email">'
                       "Unsubscribe</a> &middot; LinkUp Ltd", accent="#0a66c2"),
      html_cte="quoted-printable",
      headers=[("List-Unsubscribe", "<https://www.linkup.example.com/settings/email>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="open_learning_university_no_place", lang="en", company="", contact="",
      frm=("Open Learning University Admissions", "admissions@olu.example.ac.uk"),
      subject="Your application: PG Cert Health Service Management", date="2026-07-07 10:11",
      tz="+0100", text=_oul_text, cte="quoted-printable"),
    M(kind=OTHER, slug="jobharbour_glasgow_alert_html_only", lang="en", company="", contact="",
      frm=("JobHarbour", "jobalerts@jobharbour.example.com"),
      subject="6 new jobs for \"medical secretary\" in Glasgow", date="2026-06-08 05:45",
      tz="+0000",
      html=digest_html("New jobs for \"medical secretary\" in Glasgow",
                       "We found 6 new positions that match your search.",
                       _jobharbour_items,
                       '<a href="https://jobharbour.example.com/alerts/manage">Manage '
                       'alerts</a> | <a href="https://jobharbour.example.com/u/77ab">'
                       "Unsubscribe</a>", accent="#e8590c"),
      headers=[("List-Id", "JobHarbour alerts <alerts.jobharbour.example.com>"),
               ("List-Unsubscribe", "<https://jobharbour.example.com/u/77ab>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="webinar_registration_values_based_interviews", lang="en", company="",
      contact="", frm=("Health Careers Hub NI", "events@healthcareershub.example.org.uk"),
      subject="You're registered: Values-based interviews in health and social care",
      date="2026-04-14 20:02", tz="+0100", text=_webinar_text),
    M(kind=OTHER, slug="workday_password_reset", lang="en", company="", contact="",
      frm=("Cavehill HSC Trust", "cavehillhsc@myworkday.com"),
      subject="Reset your password", date="2026-01-19 22:47", tz="-0800",
      text=_workday_reset, headers=[("Auto-Submitted", "auto-generated")]),
    M(kind=OTHER, slug="candidatepulse_interview_experience_survey", lang="en", company="",
      contact="", frm=("CandidatePulse", "no-reply@candidatepulse.example.com"),
      subject="How was your interview with Mersey Bank Community Health NHS Trust?",
      date="2026-06-20 10:00", tz="+0100", text=_survey_text),
    M(kind=OTHER, slug="housing_register_position", lang="en", company="", contact="",
      frm=("Lagan Housing Partnership", "allocations@laganhousing.example.org.uk"),
      subject="Housing register - your review and waiting list position",
      date="2026-08-12 11:30", tz="+0100", text=_housing, charset="windows-1252",
      cte="7bit"),
    M(kind=OTHER, slug="ulster_rail_cancelled_delay_repay", lang="en", company="", contact="",
      frm=("Ulster Rail", "customer.services@ulsterrail.example.co.uk"),
      subject="Sorry your train was cancelled - claim Delay Repay", date="2026-02-02 19:12",
      tz="+0000", text=_rail, html=html_page(paras(_rail))),
    # ---------------------------------------------------------- French (7)
    M(kind=OTHER, slug="own_remerciements_gh_flandres_deule", lang="fr", company="",
      contact="", frm=ME, to=[("Camille Vandenbussche", "camille.vandenbussche@ghfd.example.fr")],
      subject="Remerciements – entretien du 28 avril", date="2026-04-29 18:40", tz="+0200",
      text=_gh_thanks + "\n", parent="gh_move", key="gh_thanks"),
    M(kind=OTHER, slug="camille_reponse_automatique_absence", lang="fr", company="", contact="",
      frm=("Camille Vandenbussche", "camille.vandenbussche@ghfd.example.fr"),
      subject="Réponse automatique : Remerciements – entretien du 28 avril",
      date="2026-04-29 18:40", tz="+0200", text=_ooo_camille, parent="gh_thanks",
      headers=[("Auto-Submitted", "auto-replied")]),
    M(kind=OTHER, slug="emploinord_alerte_offres", lang="fr", company="", contact="",
      frm=("EmploiNord", "alertes@emploinord.example.fr"),
      subject="5 nouvelles offres : assistante administrative – Lille",
      date="2026-03-02 07:00", tz="+0100",
      text=digest_text("Vos alertes EmploiNord",
                       "Voici les nouvelles offres correspondant à votre recherche.",
                       _emploinord_items,
                       "Se désinscrire : https://www.emploinord.example.fr/desinscription"),
      html=digest_html("Vos alertes EmploiNord",
                       "Voici les nouvelles offres correspondant à votre recherche.",
                       _emploinord_items,
                       '<a href="https://www.emploinord.example.fr/desinscription">'
                       "Se désinscrire</a>", accent="#b5179e"),
      headers=[("List-Id", "Alertes EmploiNord <alertes.emploinord.example.fr>"),
               ("List-Unsubscribe", "<https://www.emploinord.example.fr/desinscription>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="vauban_du_formation_refusee", lang="fr", company="", contact="",
      frm=("Formation continue - Université Vauban", "fc-candidatures@univ-vauban.example.fr"),
      subject="Candidature au DU Secrétariat médical – décision de la commission",
      date="2026-07-02 14:00", tz="+0200", text=_vauban_du, charset="iso-8859-1",
      cte="quoted-printable"),
    M(kind=OTHER, slug="banque_des_flandres_rendez_vous", lang="fr", company="", contact="",
      frm=("Banque des Flandres", "ne-pas-repondre@banquedesflandres.example.fr"),
      subject="Confirmation de votre rendez-vous", date="2026-09-29 12:31", tz="+0200",
      text=_bank_fr, html=html_page(paras(_bank_fr)), charset="windows-1252",
      cte="quoted-printable", html_cte="quoted-printable"),
    M(kind=OTHER, slug="carrieres_sante_newsletter_refus", lang="fr", company="", contact="",
      frm=("Carrières Santé Hebdo", "lettre@carrieres-sante.example.fr", "utf-8/Q"),
      subject="Rebondir après un refus, réussir son entretien", date="2026-05-12 08:30",
      tz="+0200",
      html=digest_html("Carrières Santé Hebdo - n° 118",
                       "Cette semaine : les refus, l'entretien et la formation.",
                       _carrieres_items,
                       '<a href="https://carrieres-sante.example.fr/desabonnement">'
                       "Se désabonner</a>", accent="#0077b6"),
      html_cte="base64",
      headers=[("List-Id", "Carrieres Sante Hebdo <hebdo.carrieres-sante.example.fr>"),
               ("List-Unsubscribe", "<https://carrieres-sante.example.fr/desabonnement>")]),
    M(kind=OTHER, slug="colisnord_colis_en_retard", lang="fr", company="", contact="",
      frm=("ColisNord", "suivi@colisnord.example.fr"),
      subject="Votre colis a du retard", date="2026-09-23 19:05", tz="+0200",
      text=_colis_fr, charset="iso-8859-1", cte="8bit"),
    # ---------------------------------------------------------- German (6)
    M(kind=OTHER, slug="own_entschuldigung_lindenhof", lang="de", company="", contact="",
      frm=ME, to=[("Svenja Kröger", "svenja.kroeger@lindenhof-pflege.example.de")],
      subject="Entschuldigung wegen gestern", date="2026-06-16 07:15", tz="+0100",
      text=_lh_sorry + "\n", parent="lh_missed", key="lh_sorry"),
    M(kind=OTHER, slug="svenja_abwesenheitsnotiz", lang="de", company="", contact="",
      frm=("Svenja Kröger", "svenja.kroeger@lindenhof-pflege.example.de"),
      subject="Abwesenheitsnotiz: Entschuldigung wegen gestern", date="2026-06-16 08:15",
      tz="+0200", text=_ooo_svenja, parent="lh_sorry",
      headers=[("Auto-Submitted", "auto-replied")]),
    M(kind=OTHER, slug="friend_jana_eigene_absage", lang="de", company="", contact="",
      frm=("Jana Albers", "jana.albers@postfach.example.de"),
      subject="Uniklinik – leider nix", date="2026-07-24 22:10", tz="+0200", text=_jana),
    M(kind=OTHER, slug="berufsnetz_karriere_newsletter", lang="de", company="", contact="",
      frm=("Berufsnetz Karriere-Newsletter", "newsletter@berufsnetz.example.de"),
      subject="Absage erhalten? Und: Vorstellungsgespräch auf Englisch",
      date="2026-06-27 09:00", tz="+0200",
      text=digest_text("Berufsnetz Karriere-Newsletter",
                       "Ihre Themen diese Woche.", _berufsnetz_items,
                       "Abmelden: https://www.berufsnetz.example.de/abmelden"),
      html=digest_html("Berufsnetz Karriere-Newsletter", "Ihre Themen diese Woche.",
                       _berufsnetz_items,
                       '<a href="https://www.berufsnetz.example.de/abmelden">Abmelden</a>',
                       accent="#00776b"),
      html_cte="quoted-printable",
      headers=[("List-Id", "Berufsnetz Karriere <karriere.berufsnetz.example.de>"),
               ("List-Unsubscribe", "<https://www.berufsnetz.example.de/abmelden>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="sprachinstitut_kein_kursplatz", lang="de", company="", contact="",
      frm=("Sprachinstitut Elbe", "kurse@sprachinstitut-elbe.example.de"),
      subject="Ihre Anmeldung: Niederländisch B1 – intensiv", date="2026-09-04 11:20",
      tz="+0200", text=_sprachschule, charset="windows-1252", cte="quoted-printable"),
    M(kind=OTHER, slug="hansa_direktbank_termin_verschoben", lang="de", company="", contact="",
      frm=("Hansa Direktbank", "service@hansadirekt.example.de"),
      subject="Ihr Beratungstermin wurde verschoben", date="2026-08-19 16:40", tz="+0200",
      text=_bank_de, charset="iso-8859-1", cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]),
    # ---------------------------------------------------------- Spanish (6)
    M(kind=OTHER, slug="own_gracias_clinica_ruzafa", lang="es", company="", contact="",
      frm=ME, to=[("Vicente Llorca", "vicente.llorca@clinicaruzafa.example.es")],
      subject="Gracias por la entrevista", date="2026-07-14 13:07", tz="+0200",
      text=_cr_thanks + "\n", parent="cr_inv", key="cr_thanks"),
    M(kind=OTHER, slug="turnoempleo_alerta_valencia", lang="es", company="", contact="",
      frm=("TurnoEmpleo", "alertas@turnoempleo.example.es"),
      subject="Nuevas ofertas para «administrativa sanitaria» en València",
      date="2026-05-07 07:30", tz="+0200",
      text=digest_text("TurnoEmpleo - tus alertas",
                       "Estas son las nuevas ofertas que encajan con tu búsqueda.",
                       _turno_items, "Darte de baja: https://www.turnoempleo.example.es/baja"),
      html=digest_html("TurnoEmpleo - tus alertas",
                       "Estas son las nuevas ofertas que encajan con tu búsqueda.",
                       _turno_items,
                       '<a href="https://www.turnoempleo.example.es/baja">Darte de baja</a>',
                       accent="#ef476f"),
      headers=[("List-Id", "Alertas TurnoEmpleo <alertas.turnoempleo.example.es>"),
               ("List-Unsubscribe", "<https://www.turnoempleo.example.es/baja>"),
               ("Precedence", "bulk")]),
    M(kind=OTHER, slug="prima_marta_no_la_cogieron", lang="es", company="", contact="",
      frm=("Marta Vásquez", "marta.vasquez@correo.example.es", "iso-8859-1/Q"),
      subject="No me han cogido :(", date="2026-05-26 21:34", tz="+0200", text=_marta,
      charset="iso-8859-1", cte="quoted-printable"),
    M(kind=OTHER, slug="ulevantina_master_sin_plaza", lang="es", company="", contact="",
      frm=("Estudios de Posgrado - ULV", "posgrado@ulevantina.example.es"),
      subject="Resolución de admisión – Máster en Gestión Sanitaria",
      date="2026-07-21 13:00", tz="+0200", text=_master, cte="base64"),
    M(kind=OTHER, slug="voces_que_cuidan_entrevista_podcast", lang="es", company="", contact="",
      frm=("Nuria Peris", "nuria@vocesquecuidan.example.es"),
      subject="¿Una entrevista para «Voces que Cuidan»?", subj_enc="utf-8/B",
      date="2026-09-16 17:20", tz="+0200", text=_podcast_es),
    M(kind=OTHER, slug="centro_salud_cita_modificada", lang="es", company="", contact="",
      frm=("Cita Previa GVA", "no-reply@citaprevia.example.es"),
      subject="Su cita ha sido modificada", date="2026-07-30 08:05", tz="+0200",
      text=_cita_es, charset="windows-1252", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]),
]

_ = (CAND_ADDR, CAND_NAME, CAND_SIGNATURE, esc, quote)
