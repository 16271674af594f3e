"""Corpus 255 - everything else (52): digests, notifications, private mail, the candidate's own
sent mail, auto-replies, course refusals. None of it is a job event for the candidate."""

from msgs255_common import (
    CAND,
    digest_text,
    forwarded,
    gmail_html,
    newsletter_html,
    outlook_html,
    reply,
)

_HANNAH = ("Hannah Crisp", "hannah.crisp@wensumclinical.example.co.uk")
_SUNITA = ("Sunita Rao", "sunita.rao@thamesbridge.example.co.uk")


def _list(list_id: str, unsub: str) -> list[tuple[str, str]]:
    return [
        ("List-Id", list_id),
        ("List-Unsubscribe", unsub),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


_CRC_ITEMS = [
    ("Clinical Research Coordinator - Oncology, Norwich", "https://clinicalcareers.example.com/j/88213",
     "Site-based CRO role; 2 years' patient-facing experience. Interviews held on a rolling basis."),
    ("Clinical Trial Assistant - Cambridge Science Park", "https://clinicalcareers.example.com/j/88240",
     "Entry-level; training in ICH-GCP provided. Closing 30 January."),
    ("Research Practitioner (Band 5) - Ipswich", "https://clinicalcareers.example.com/j/88251",
     "NHS trust research delivery team; non-registered practitioners welcome."),
    ("Career clinic: turning a rejection into feedback you can use", "https://clinicalcareers.example.com/blog/rejection-feedback",
     "Why 'unfortunately we will not be progressing' is not the end of the conversation."),
    ("Five interview questions every CRC candidate gets asked", "https://clinicalcareers.example.com/blog/crc-interview-questions",
     "From 'describe a protocol deviation' to 'how do you handle a difficult participant'."),
    ("Salary guide 2026: coordinators and CTAs", "https://clinicalcareers.example.com/salary-guide",
     "What offers look like across the East of England and London."),
]

_NORFOLK_ITEMS = [
    ("Research Nurse / Practitioner - Cardiology", "https://easthealthjobs.example.org.uk/v/BUH-288",
     "Broadland University Hospitals - Norwich - Band 5/6 - closing 28 September"),
    ("Clinical Trials Administrator", "https://easthealthjobs.example.org.uk/v/JPH-091",
     "James Paget Road Hospital - Gorleston - Band 4"),
    ("Veterinary Research Technician", "https://easthealthjobs.example.org.uk/v/NVR-331",
     "Norwich Veterinary Research Park - fixed term 18 months"),
    ("Research Delivery Support Officer", "https://easthealthjobs.example.org.uk/v/ESN-774",
     "East Suffolk & North Essex community trust - Ipswich - Band 3"),
    ("Healthcare Assistant - Research Ward", "https://easthealthjobs.example.org.uk/v/BUH-301",
     "Broadland University Hospitals - bank positions available"),
]

_FORUM_ITEMS = [
    ("Moves & milestones", "https://crpforum.example.org.uk/news/moves-sept",
     "Congratulations to members who accepted offers this month - including three former nurses now in CRC posts."),
    ("Member story: from the vet practice to the phase I ward", "https://crpforum.example.org.uk/stories/vet-to-phase1",
     "Why clinical animal care translates better than you think, and how to talk about it at interview."),
    ("Regional meet-up: Cambridge, 14 October", "https://crpforum.example.org.uk/events/cambridge-oct",
     "Informal drinks and a talk on decentralised trials."),
    ("Consultation: practitioner registration", "https://crpforum.example.org.uk/consultation",
     "Have your say on accredited registers for clinical research practitioners."),
]

_ANGLIA_ITEMS = [
    ("Q3 market snapshot", "https://www.anglials.example.co.uk/insights/q3-2026",
     "Coordinator vacancies up 11% on last quarter; more offers are being made within a week of final interview."),
    ("Counter-offers: what to do when your employer tries to keep you", "https://www.anglials.example.co.uk/insights/counter-offers",
     "Our consultants' view on accepting, declining and negotiating."),
    ("Hot jobs this month", "https://www.anglials.example.co.uk/jobs?sort=new",
     "12 new CRC, CTA and study start-up roles across Norfolk, Suffolk and Cambridgeshire."),
    ("Refer a friend", "https://www.anglials.example.co.uk/refer",
     "Earn a £250 voucher when someone you refer starts a role with us."),
]

_FR_ITEMS = [
    ("Attaché(e) de recherche clinique junior - Lyon 7e", "https://emploi-sante.example.fr/o/55102",
     "CDI - CRO internationale - anglais courant exigé - entretiens dès janvier"),
    ("Technicien(ne) d'études cliniques - Hôpital, Bron", "https://emploi-sante.example.fr/o/55119",
     "CDD 12 mois - unité de recherche clinique"),
    ("Coordinateur/trice d'essais vétérinaires - Craponne", "https://emploi-sante.example.fr/o/55131",
     "Santé animale - essais terrain - permis B"),
    ("Conseil : comment rebondir après un refus de candidature", "https://emploi-sante.example.fr/conseils/refus",
     "Demander un retour, ajuster son CV, relancer au bon moment."),
]

_FR_NEWS_ITEMS = [
    ("Dossier : les métiers de la coordination d'études", "https://lettre-rc-lyon.example.fr/dossier/coordination",
     "Qui recrute, pour quels profils, et comment se déroulent les entretiens."),
    ("Témoignage : « Mon premier poste d'ARC après dix refus »", "https://lettre-rc-lyon.example.fr/temoignage/arc",
     "Une ancienne infirmière raconte sa reconversion."),
    ("Agenda : journée régionale de la recherche clinique", "https://lettre-rc-lyon.example.fr/agenda/journee-2026",
     "Le 12 mars à Lyon, inscription gratuite pour les professionnels."),
]

_DE_ITEMS = [
    ("Studienassistenz (m/w/d) - Universitätsmedizin, Heidelberg", "https://stellenradar.example.de/s/771203",
     "Teilzeit möglich, TV-L E9a, Bewerbungsfrist 31.03."),
    ("Clinical Trial Assistant (m/w/d) - CRO, Mannheim", "https://stellenradar.example.de/s/771219",
     "Englischkenntnisse C1, Homeoffice-Anteil 40 %"),
    ("Tiermedizinische Fachangestellte Studienbetreuung - Ladenburg", "https://stellenradar.example.de/s/771240",
     "Tiergesundheitsunternehmen, Vollzeit, unbefristet"),
    ("Ratgeber: Absage erhalten - so geht es weiter", "https://stellenradar.example.de/ratgeber/absage",
     "Warum eine Absage kein Urteil über Sie ist und wie Sie nachfragen."),
    ("Ratgeber: Die 10 häufigsten Fragen im Vorstellungsgespräch", "https://stellenradar.example.de/ratgeber/fragen",
     "Mit Musterantworten für Quereinsteiger."),
]

_ES_ITEMS = [
    ("Clinical Trial Assistant - CRO internacional, Barcelona", "https://alertas.bioempleo.example.es/o/30911",
     "Inglés alto, contrato indefinido, entrevistas en octubre"),
    ("Técnico/a de ensayos clínicos veterinarios - Sant Cugat", "https://alertas.bioempleo.example.es/o/30924",
     "Sanidad animal, imprescindible experiencia clínica"),
    ("Coordinador/a de estudios - Hospital, L'Hospitalet", "https://alertas.bioempleo.example.es/o/30932",
     "Unidad de investigación clínica, jornada de mañana"),
    ("Consejo: qué hacer si te descartan tras la entrevista", "https://alertas.bioempleo.example.es/blog/descartada",
     "Pide feedback y no te lo tomes como algo personal."),
]

_ES_ADVICE_ITEMS = [
    ("Los 5 errores más comunes en una entrevista por videollamada", "https://carreras.example.es/art/videollamada",
     "Conexión, luz, fondo... y llegar tarde por el cambio de hora."),
    ("Cómo negociar una oferta sin perderla", "https://carreras.example.es/art/negociar-oferta",
     "Salario, teletrabajo y fecha de incorporación."),
    ("Reconversión profesional después de los 30", "https://carreras.example.es/art/reconversion",
     "Historias de personas que cambiaron de sector."),
]

_WENSUM_OFFER_SNIPPET = """Dear Rosalind,

Following your panel interview on 17 September, I am delighted to offer you the position of Clinical Research Coordinator (Oncology) at Wensum Clinical Research.

Please let me know whether you accept by Friday 9 October.

Hannah"""

_FWD_INNER = dict(
    key="inner_fwd_job_ad",
    lang="en",
    date="2026-02-20 08:00 +0000",
    **{"from": ("Broads Vet Jobs", "jobs@broadsvetjobs.example.co.uk")},
    to=[("Imogen Pryce", "imogen.pryce@example.co.uk")],
    subject="New vacancy: Veterinary Clinical Trials Nurse - Dereham",
    text="""New vacancy matching your saved search "veterinary nurse Norfolk":

Veterinary Clinical Trials Nurse - Dereham (full time)
Mid Norfolk Animal Studies Centre

Support owner-consented clinical studies in dogs and cats: screening visits, sample collection, data entry and owner liaison. RVN required; research experience desirable but not essential. Salary £27,000-£30,000.

Apply by 10 March: https://broadsvetjobs.example.co.uk/v/5512

You are receiving this because you created a job alert. Manage alerts: https://broadsvetjobs.example.co.uk/alerts
""",
)

OTHER = [
    # ================================================================== English (33)
    dict(
        key="digest_clinicalcareers_weekly",
        lang="en",
        date="2026-01-19 06:00 +0000",
        **{"from": ("ClinicalCareers Weekly", "alerts@clinicalcareers.example.com")},
        subject="Your weekly CRC roundup: 3 new jobs + how to bounce back after a rejection",
        headers=_list("<weekly.clinicalcareers.example.com>",
                      "<https://clinicalcareers.example.com/u/9f2a>, <mailto:unsubscribe@clinicalcareers.example.com?subject=unsubscribe>"),
        text=digest_text("ClinicalCareers Weekly", "Hi Rosalind, here are this week's roles matching 'clinical research coordinator' near Norwich, plus our latest career clinic.", _CRC_ITEMS,
                         "You're receiving this because you signed up to ClinicalCareers job alerts. Unsubscribe: https://clinicalcareers.example.com/u/9f2a"),
        html=newsletter_html("ClinicalCareers Weekly", "Hi Rosalind, here are this week's roles matching 'clinical research coordinator' near Norwich, plus our latest career clinic.", _CRC_ITEMS,
                             "You're receiving this because you signed up to ClinicalCareers job alerts. Unsubscribe: https://clinicalcareers.example.com/u/9f2a"),
    ),
    dict(
        key="digest_easthealthjobs_html",
        lang="en",
        date="2026-09-14 07:30 +0100",
        **{"from": ("EastHealthJobs", "noreply@easthealthjobs.example.org.uk")},
        subject="5 new research vacancies near Norwich",
        headers=_list("<alerts.easthealthjobs.example.org.uk>", "<https://easthealthjobs.example.org.uk/alerts/stop?id=44871>"),
        html=newsletter_html("Your saved search: research, 25 miles of NR2", "These vacancies were added since your last alert. Closing dates are shown on each advert - some posts close early if they receive a high number of applications.", _NORFOLK_ITEMS,
                             "EastHealthJobs sends alerts on behalf of NHS and partner employers in the East of England. Stop this alert: https://easthealthjobs.example.org.uk/alerts/stop?id=44871", accent="#005eb8"),
        html_cte="base64",
    ),
    dict(
        key="newsletter_career_switch_rejection_essay",
        lang="en",
        date="2026-03-08 08:15 +0000",
        **{"from": ("The Career Switch", "careerswitch@newsletters.example.com")},
        subject="Issue 42: The rejection email is not a verdict",
        headers=_list("<the-career-switch.newsletters.example.com>", "<https://careerswitch.example.com/unsubscribe?u=rme>"),
        text="""THE CAREER SWITCH - Issue 42
For people changing careers into health and science

The rejection email is not a verdict

Every career-changer knows the sentence: "We regret to inform you that on this occasion your application has not been successful." This week three readers sent me theirs, and all three had something in common - they had stopped reading at the first line.

Read the rest. Often there's a named person, a feedback offer, or a hint about what the panel valued. One reader, a former paramedic, replied to the recruiter, asked for ten minutes of feedback, and was invited to interview for a different team a month later.

Three things to do within a day of a no:
1. Reply and thank them. Keep it to three lines.
2. Ask one specific question ("Was it my trial experience or my interview?").
3. Update your tracking sheet - and then close the laptop.

Next week: how to prepare for a panel interview when you've never sat on the other side.

Read online: https://careerswitch.example.com/p/issue-42
Unsubscribe: https://careerswitch.example.com/unsubscribe?u=rme
""",
    ),
    dict(
        key="podcast_interview_request",
        contact="kerry@vetnursevoices.example.co.uk",
        lang="en",
        date="2026-05-07 14:22 +0100",
        **{"from": ("Kerry Blyth", "kerry@vetnursevoices.example.co.uk")},
        subject="Vet Nurse Voices podcast - would you be a guest?",
        text="""Hi Rosalind,

I host Vet Nurse Voices, a monthly podcast about the many directions a vet nursing career can take. Jess Thurlow mentioned you're making the move into clinical research, and I'd love to interview you for an episode on career changes.

It would be a relaxed 40-minute conversation recorded over Zoom, sometime in June at a time that suits you. No preparation needed beyond a cup of tea - we'd talk about why research, what surprised you in the job hunt, and any tips for listeners thinking of doing the same.

Let me know if you'd be up for it!

Kerry Blyth RVN
Host, Vet Nurse Voices
vetnursevoices.example.co.uk
""",
    ),
    dict(
        key="press_feature_request",
        contact="tom.eldred@eveningcourier.example.co.uk",
        lang="en",
        date="2026-08-26 11:04 +0100",
        **{"from": ("Tom Eldred", "tom.eldred@eveningcourier.example.co.uk")},
        subject="Feature request: career changers in Norfolk",
        text="""Dear Rosalind,

I'm a features writer at the Norwich Evening Courier. We're putting together a piece on people in Norfolk who have changed careers in their thirties, and the Clinical Research Practitioners Forum kindly passed on your name.

Would you be willing to be interviewed for it? It would be a 20-minute phone interview and, if you're comfortable, a photograph. We'd like to publish in the 12 September weekend edition.

Happy to answer any questions before you decide.

Best regards,
Tom Eldred
Features Writer, Norwich Evening Courier
07700 900 842
""",
    ),
    dict(
        key="user_research_interview_app",
        contact="priyanka.shah@pawplan.example.com",
        lang="en",
        date="2026-06-16 10:30 +0100",
        **{"from": ("Priyanka Shah at PawPlan", "priyanka.shah@pawplan.example.com")},
        subject="Help shape PawPlan: 45-minute research interview (£40 voucher)",
        subject_enc=("utf-8", "q", "mixed"),
        text="""Hi Rosalind,

You told us in our survey that you use PawPlan at work to send vaccination reminders. Our product team is running user research interviews this month and we'd love to hear from a veterinary nurse.

What's involved: a 45-minute video call with a researcher, where we'll ask how you use the app and show you a few early designs. There are no right or wrong answers.
As a thank you, you'll receive a £40 gift voucher.

If you're interested, pick a time here: https://pawplan.example.com/research/book?src=survey

Thanks!
Priyanka Shah
User Research Lead, PawPlan
""",
        html=gmail_html("""Hi Rosalind,

You told us in our survey that you use PawPlan at work to send vaccination reminders. Our product team is running user research interviews this month and we'd love to hear from a veterinary nurse.

What's involved: a 45-minute video call with a researcher, where we'll ask how you use the app and show you a few early designs. There are no right or wrong answers.
As a thank you, you'll receive a £40 gift voucher.

If you're interested, pick a time here: https://pawplan.example.com/research/book?src=survey

Thanks!
Priyanka Shah
User Research Lead, PawPlan"""),
    ),
    dict(
        key="gps_bike_position_alert",
        lang="en",
        date="2026-02-27 23:41 +0000",
        **{"from": ("TrackMate", "alerts@trackmate.example.com")},
        subject="Movement alert: your bike has changed position",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""TrackMate movement alert

Your tracker "Rosalind's Brompton" reported a new position at 23:39 GMT:

Latitude 52.6283, Longitude 1.2927 (accuracy 12 m)
Near: Prince of Wales Road, Norwich

The previous position was 380 m away. If you didn't move your bike, open the app to start live tracking or share the position with the police.

View on map: https://trackmate.example.com/map/T-55210

You can change alert settings in the TrackMate app.
""",
    ),
    dict(
        key="parcel_delayed_unfortunately",
        lang="en",
        date="2026-04-15 09:12 +0100",
        **{"from": ("ParcelSwift", "updates@parcelswift.example.co.uk")},
        subject="Unfortunately your parcel is delayed",
        text="""Hi Rosalind,

Unfortunately your parcel from NurseWear UK (tracking PS4418 2290 13) has been delayed because of a problem at our Peterborough hub.

New estimated delivery: Friday 17 April, between 10:00 and 14:00.

We're sorry for the inconvenience. You don't need to do anything, but you can change the delivery date or choose a pickup point here: https://parcelswift.example.co.uk/track/PS4418229013

The ParcelSwift team
""",
        html="""<html><body style="font-family:Arial;font-size:14px">
<h2 style="color:#d35400">Your parcel is running late</h2>
<p>Hi Rosalind,</p>
<p>Unfortunately your parcel from NurseWear UK (tracking <b>PS4418 2290 13</b>) has been delayed because of a problem at our Peterborough hub.</p>
<p><b>New estimated delivery:</b> Friday 17 April, between 10:00 and 14:00.</p>
<p>We're sorry for the inconvenience. You don't need to do anything, but you can <a href="https://parcelswift.example.co.uk/track/PS4418229013">change the delivery date or choose a pickup point</a>.</p>
<p>The ParcelSwift team</p>
</body></html>
""",
    ),
    dict(
        key="friend_forwards_own_rejection",
        contact="imogen.pryce@example.co.uk",
        lang="en",
        date="2026-03-26 21:48 +0000",
        **{"from": ("Imogen Pryce", "imogen.pryce@example.co.uk")},
        subject="Fwd: Your application - Clinical Trial Assistant",
        text=forwarded(
            """Ros - well, here's mine. Three interviews and then this. I'm gutted. How do they manage to make "no" sound so polite that it takes you a second read to realise?

Wine Saturday? I need to moan at someone who gets it.

Im x""",
            "Mill Road Research Recruitment <careers@millroadresearch.example.co.uk>",
            "Thu, 26 Mar 2026 at 17:02",
            "Your application - Clinical Trial Assistant",
            "Imogen Pryce <imogen.pryce@example.co.uk>",
            """Dear Imogen,

Thank you for attending the final interview for the Clinical Trial Assistant role. After much deliberation, we have decided to offer the position to another candidate whose experience more closely aligns with our current studies.

We were very impressed with you and would like to keep your details on file.

Kind regards,
Mill Road Research""",
        ),
    ),
    dict(
        key="sent_wensum_thanks",
        lang="en",
        date="2026-09-17 18:47 +0100",
        **{"from": CAND},
        to=[_HANNAH],
        subject="Thank you - panel interview this afternoon",
        parent="wensum_panel_moved",
        text="""Dear Hannah,

Thank you, and please pass my thanks to Dr Qureshi and Lorna, for the interview this afternoon. I really appreciated the chance to hear how the oncology team works with patients through their first cycles, and the tour of the research clinic.

Having met everyone, I'm even more enthusiastic about the role. I'd be glad to provide anything else that would be helpful.

With best wishes,
Rosalind Mbatha-Eriksen
07700 900 377
""",
        headers=[("User-Agent", "Mozilla Thunderbird")],
    ),
    dict(
        key="sent_orwell_application",
        lang="en",
        date="2026-05-04 21:10 +0100",
        **{"from": CAND},
        to=[("Graham Lockwood", "graham.lockwood@orwellresearch.example.co.uk")],
        subject="Application - Study Coordinator (ref ORS-SC-04)",
        text="""Dear Mr Lockwood,

Please find attached my CV and covering letter for the Study Coordinator position (ref ORS-SC-04) advertised on your website.

I am a registered veterinary nurse with nine years' experience, the last three including coordinating our practice's participation in two veterinary clinical studies. I would welcome the opportunity to discuss how my experience could support your team.

Kind regards,
Rosalind Mbatha-Eriksen
07700 900 377
""",
        attach=[("pdf", "Rosalind_Mbatha-Eriksen_CV.pdf", [
            "Rosalind Mbatha-Eriksen RVN - Norwich - rosalind.me@example.co.uk",
            "Profile: registered veterinary nurse moving into clinical research coordination",
            "2017-2026  Senior Veterinary Nurse, small-animal hospital, Norwich",
            "2023-2026  Practice study coordinator: canine osteoarthritis and feline CKD studies",
            "Certificates: ICH-GCP (2025), Good Clinical Practice for veterinary studies",
            "Languages: English (native), Swedish (fluent), French (B2), German (B1)",
        ]), ("pdf", "Covering_letter_Orwell.pdf", [
            "Dear Mr Lockwood,",
            "I am writing to apply for the Study Coordinator role at Orwell Research Services.",
            "Yours sincerely, Rosalind Mbatha-Eriksen",
        ])],
    ),
    dict(
        key="sent_thamesbridge_reschedule_request",
        lang="en",
        date="2026-04-06 19:40 +0100",
        **{"from": CAND},
        to=[_SUNITA],
        subject="Re: CRC role - fancy a chat?",
        parent="thamesbridge_free_thursday",
        text=reply(
            """Hi Sunita,

Thank you so much - I'd love to talk. Unfortunately I'm on a long day at the practice this Thursday and can't get away. Would Friday 10th work instead? I'm free all afternoon.

Best wishes,
Rosalind""",
            "en", "2026-04-06 12:15", "Sunita Rao", _SUNITA[1],
            """Hi Rosalind,

Hope you had a good Easter! I've just been through your application for our Clinical Research Coordinator role and I'd really like to talk.

Are you free Thursday (9th) to chat? Any time after 2pm works my end - it'd be a video call of about 40 minutes with me and Dr Adaeze Okafor, one of our investigators. Just let me know what suits and I'll send a link.

Speak soon,
Sunita""",
        ),
    ),
    dict(
        key="sent_thamesbridge_thanks",
        lang="en",
        date="2026-04-10 17:55 +0100",
        **{"from": CAND},
        to=[_SUNITA],
        subject="Thank you - CRC interview on Friday",
        parent="thamesbridge_new_time_confirmed",
        text="""Dear Sunita,

Thank you for taking the time to interview me this afternoon, and please pass my thanks to Dr Okafor too. I really enjoyed hearing about the respiratory vaccine programme and how the unit runs its screening days.

I'm very enthusiastic about the role and I'd be delighted to move to the next stage if there is one.

Best wishes,
Rosalind
""",
        html=gmail_html("""Dear Sunita,

Thank you for taking the time to interview me this afternoon, and please pass my thanks to Dr Okafor too. I really enjoyed hearing about the respiratory vaccine programme and how the unit runs its screening days.

I'm very enthusiastic about the role and I'd be delighted to move to the next stage if there is one.

Best wishes,
Rosalind"""),
    ),
    dict(
        key="sent_wensum_accepts_offer",
        lang="en",
        date="2026-10-05 08:05 +0100",
        **{"from": CAND},
        to=[_HANNAH],
        subject="Re: Offer of employment - Clinical Research Coordinator (Oncology)",
        parent="wensum_formal_offer_pdf",
        text=reply(
            """Dear Hannah,

I'm delighted to accept the offer of the Clinical Research Coordinator (Oncology) position, and I'm happy with the terms set out in the letter. I'll send my referees' details today.

I'll hand in my notice at the practice this week, so a start date of 2 November works well.

Thank you so much - I can't wait to get started.

Best wishes,
Rosalind""",
            "en", "2026-10-01 16:10", "Hannah Crisp", _HANNAH[1], _WENSUM_OFFER_SNIPPET,
        ),
        cte="qp",
    ),
    dict(
        key="sent_chasing_gipping_update",
        lang="en",
        date="2026-08-12 12:31 +0100",
        **{"from": CAND},
        to=[("Gipping Vet Diagnostics Careers", "careers@gippingvet.example.co.uk")],
        subject="Laboratory Study Coordinator - application status",
        text="""Dear Gipping Vet Diagnostics team,

I applied for the Laboratory Study Coordinator role on 24 July and wondered whether you could tell me where the process has reached and whether interviews have been scheduled yet.

I remain very interested in the position.

Kind regards,
Rosalind Mbatha-Eriksen
""",
    ),
    dict(
        key="cold_approach_kestrel",
        contact="owen.markham@kestrel-ls.example.co.uk",
        lang="en",
        date="2026-02-03 09:48 +0000",
        **{"from": ("Owen Markham", "owen.markham@kestrel-ls.example.co.uk")},
        subject="Vet nurse to clinical research? Open to a conversation",
        text="""Hi Rosalind,

I hope you don't mind me reaching out - I came across your profile and noticed you've been coordinating veterinary studies alongside your nursing role.

I specialise in placing people into site-based research roles across the East of England and London, and vet nurses with study experience are a profile several of my clients are interested in at the moment.

I don't have a specific vacancy to pitch today, but if you're open to a 15-minute call to hear how the market looks, let me know a good time.

Best,
Owen Markham
Associate Director, Kestrel Life Sciences
07700 900 286
""",
    ),
    dict(
        key="bank_mortgage_appointment",
        lang="en",
        date="2026-03-30 10:02 +0100",
        **{"from": ("Broads Building Society", "appointments-noreply@broadsbs.example.co.uk")},
        subject="Your mortgage appointment is confirmed",
        text="""Dear Ms Mbatha-Eriksen,

Thank you for booking a mortgage interview with one of our advisers.

Date: Wednesday 8 April 2026
Time: 17:30
Where: Broads Building Society, 14 London Street, Norwich (or by video - see below)
Adviser: Carl Pegg

During the interview we'll ask about your income, outgoings and any change in your employment position, so please bring three months' payslips and bank statements. If you are changing jobs, let us know - we can still help.

To join by video instead, use this link at the appointment time: https://broadsbs.example.co.uk/video/8841

Broads Building Society is authorised by the Prudential Regulation Authority.
""",
        html=outlook_html("""Dear Ms Mbatha-Eriksen,

Thank you for booking a mortgage interview with one of our advisers.

Date: Wednesday 8 April 2026
Time: 17:30
Where: Broads Building Society, 14 London Street, Norwich (or by video - see below)
Adviser: Carl Pegg

During the interview we'll ask about your income, outgoings and any change in your employment position, so please bring three months' payslips and bank statements. If you are changing jobs, let us know - we can still help.

To join by video instead, use this link at the appointment time: https://broadsbs.example.co.uk/video/8841

Broads Building Society is authorised by the Prudential Regulation Authority."""),
    ),
    dict(
        key="landlord_inspection_boiler",
        contact="colin.rudd@example.org.uk",
        lang="en",
        date="2026-06-05 19:20 +0100",
        **{"from": ("Colin Rudd", "colin.rudd@example.org.uk")},
        subject="Inspection next Tuesday + boiler",
        text="""Hi Rosalind,

Just a reminder that the six-monthly inspection of the flat is next Tuesday (9th) at 10am. You don't need to be there; I’ll let myself in if you're at work.

The gas engineer is coming the same morning to look at where the new boiler should go - he thinks the best position is the kitchen cupboard rather than the bathroom – but I'll ask him to explain before anything's decided.

Unfortunately I can’t move the date as he's booked solid after that.

Thanks,
Colin
""",
        charset="windows-1252", cte="8bit",
    ),
    dict(
        key="school_parents_evening",
        lang="en",
        date="2026-02-09 15:45 +0000",
        **{"from": ("Lakenham Primary School", "no-reply@lakenham-primary.example.sch.uk")},
        subject="Parents' evening appointments - Year 4",
        text="""Dear Parent/Carer of Ayanda Mbatha-Eriksen,

Parents' evening for Year 4 will take place on Tuesday 24 February and Thursday 26 February, 15:30-19:00.

Appointments are 10 minutes with the class teacher, Mrs Hollis. Please book your appointment through the School Gateway app by Friday 20 February. If none of the times suit, please contact the school office and we will arrange a telephone meeting.

Thank you for your continued support.

Lakenham Primary School
Hall Road, Norwich NR1 2PQ

This message was sent from an unmonitored address. Please contact the school office on 01603 555 480.
""",
    ),
    dict(
        key="gp_appointment_reminder",
        lang="en",
        date="2026-09-04 08:00 +0100",
        **{"from": ("Colegate Medical Practice", "noreply@colegatemedical.example.nhs.uk")},
        subject="Appointment reminder: Tuesday 8 September, 08:40",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""This is a reminder of your appointment at Colegate Medical Practice.

Patient: Rosalind Mbatha-Eriksen
Date: Tuesday 8 September 2026
Time: 08:40
With: Practice Nurse (travel vaccinations)

If you can no longer attend, please cancel via the NHS App or call 01603 555 010 so the slot can be offered to another patient. Unfortunately we are unable to offer same-day appointments for travel advice.

Please do not reply to this message.
""",
    ),
    dict(
        key="ooo_autoreply_meridian",
        contact="naomi.frost@meridian-ah.example.co.uk",
        lang="en",
        date="2026-05-21 09:12 +0100",
        **{"from": ("Dr Naomi Frost", "naomi.frost@meridian-ah.example.co.uk")},
        subject="Automatic reply: Re: Following up on our call - your offer",
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Thank you for your email. I am out of the office at the BSAVA Congress until Tuesday 26 May with limited access to email.

For pharmacovigilance matters please contact pv.uk@meridian-ah.example.co.uk. For anything relating to interviews or recruitment, please contact Grace Whitlock (grace.whitlock@meridian-ah.example.co.uk).

Dr Naomi Frost
Head of Pharmacovigilance & Clinical Development
""",
    ),
    dict(
        key="prolink_application_viewed",
        lang="en",
        date="2026-07-09 16:02 +0100",
        **{"from": ("ProLink", "notifications@prolink.example.com")},
        subject="Your application was viewed",
        headers=_list("<application-updates.prolink.example.com>", "<https://prolink.example.com/settings/notifications?t=app>"),
        html=newsletter_html("Your application was viewed", "Good news, Rosalind - a recruiter viewed your application for Clinical Research Coordinator in Cambridge. Applicants whose profiles are complete are more likely to hear back.", [
            ("Clinical Research Coordinator - Cambridge, England", "https://prolink.example.com/jobs/view/3318820",
             "Applied 3 days ago - 57 applicants"),
            ("Complete your profile", "https://prolink.example.com/in/rosalind-me/edit",
             "Add a skills section so recruiters can find you."),
            ("Jobs similar to this one", "https://prolink.example.com/jobs/similar/3318820",
             "12 more roles in Cambridge and Norwich"),
        ], "You are receiving job application notifications. Unsubscribe: https://prolink.example.com/settings/notifications?t=app", accent="#0a66c2"),
    ),
    dict(
        key="prolink_search_appearances",
        lang="en",
        date="2026-08-31 07:05 +0100",
        **{"from": ("ProLink", "notifications@prolink.example.com")},
        subject="You appeared in 14 searches this week",
        headers=_list("<weekly-insights.prolink.example.com>", "<https://prolink.example.com/settings/notifications?t=search>"),
        text="""Rosalind, you appeared in 14 searches this week.

Where your searchers work:
- Clinical research organisations (6)
- Hospitals & health care (5)
- Staffing & recruiting (3)

Keywords your searchers used: "clinical research coordinator", "GCP", "veterinary".

See all searches: https://prolink.example.com/me/search-appearances

Unsubscribe: https://prolink.example.com/settings/notifications?t=search
""",
    ),
    dict(
        key="prolink_congratulate_new_position",
        lang="en",
        date="2026-06-30 12:10 +0100",
        **{"from": ("ProLink", "notifications@prolink.example.com")},
        subject="Congratulate Jess Thurlow on her new position",
        headers=_list("<network-updates.prolink.example.com>", "<https://prolink.example.com/settings/notifications?t=network>"),
        text="""Jess Thurlow started a new position as Clinical Director at Bure Valley Referrals.

Say congrats: https://prolink.example.com/feed/update/99210

Other updates from your network:
- Callum Reeve is celebrating 6 months as Research Nurse
- Kerry Blyth posted: "New episode of Vet Nurse Voices is out"

Unsubscribe: https://prolink.example.com/settings/notifications?t=network
""",
    ),
    dict(
        key="msc_place_refused",
        lang="en",
        date="2026-04-23 13:30 +0100",
        **{"from": ("Fenchester University Admissions", "pgadmissions-noreply@fenchester.example.ac.uk")},
        subject="Your application: MSc Clinical Research (part-time, online)",
        text="""Dear Rosalind Mbatha-Eriksen

Application ID: 2026-PGT-118072
Programme: MSc Clinical Research (part-time, online), September 2026 entry

Thank you for your application to Fenchester University.

After careful consideration, the admissions tutor has decided that we are unable to offer you a place on this programme for September 2026 entry. The programme was heavily oversubscribed this year, and priority was given to applicants who are currently employed in a clinical research setting.

You may wish to consider our Postgraduate Certificate in Research Methods, which has places available, or re-apply for the 2027 intake.

Yours sincerely

Postgraduate Admissions Office
Fenchester University
""",
        html=outlook_html("""Dear Rosalind Mbatha-Eriksen

Application ID: 2026-PGT-118072
Programme: MSc Clinical Research (part-time, online), September 2026 entry

Thank you for your application to Fenchester University.

After careful consideration, the admissions tutor has decided that we are unable to offer you a place on this programme for September 2026 entry. The programme was heavily oversubscribed this year, and priority was given to applicants who are currently employed in a clinical research setting.

You may wish to consider our Postgraduate Certificate in Research Methods, which has places available, or re-apply for the 2027 intake.

Yours sincerely

Postgraduate Admissions Office
Fenchester University"""),
    ),
    dict(
        key="webinar_breaking_into_research",
        lang="en",
        date="2026-02-23 12:00 +0000",
        **{"from": ("CRA Academy", "events@cra-academy.example.com")},
        subject="Free webinar: Breaking into clinical research (with a live mock interview)",
        headers=_list("<events.cra-academy.example.com>", "<mailto:leave-events@cra-academy.example.com>"),
        text="""Breaking into clinical research - free live webinar
Thursday 5 March, 19:00 GMT

Join our panel of CRCs and hiring managers for an hour on getting your first role in clinical research. We'll cover:

- which transferable skills hiring managers actually look for
- a live mock interview with a volunteer from the audience
- how to respond when you're told you "lack trial experience"

Register: https://cra-academy.example.com/webinars/breaking-in
Can't make it? Register anyway and we'll send the recording.

CRA Academy, 20 Station Road, Cambridge CB1 2JD
Unsubscribe: mailto:leave-events@cra-academy.example.com
""",
        cte="base64",
    ),
    dict(
        key="forum_newsletter_september",
        lang="en",
        date="2026-09-29 07:00 +0100",
        **{"from": ("Clinical Research Practitioners Forum", "news@crpforum.example.org.uk")},
        subject="Forum News - September: moves, milestones and a Cambridge meet-up",
        headers=_list("Forum News <forum-news.crpforum.example.org.uk>", "<https://crpforum.example.org.uk/unsubscribe/rme-2291>"),
        text=digest_text("Forum News - September", "Welcome to this month's round-up for members of the Clinical Research Practitioners Forum.", _FORUM_ITEMS,
                         "Clinical Research Practitioners Forum, registered charity no. 1190001. Unsubscribe: https://crpforum.example.org.uk/unsubscribe/rme-2291"),
        html=newsletter_html("Forum News - September", "Welcome to this month's round-up for members of the Clinical Research Practitioners Forum.", _FORUM_ITEMS,
                             "Clinical Research Practitioners Forum, registered charity no. 1190001. Unsubscribe: https://crpforum.example.org.uk/unsubscribe/rme-2291", accent="#6b2d5c"),
    ),
    dict(
        key="practice_rota_cover_for_interview",
        contact="denise.coe@riversidevets.example.co.uk",
        lang="en",
        date="2026-09-11 13:25 +0100",
        **{"from": ("Denise Coe", "denise.coe@riversidevets.example.co.uk")},
        subject="Rota w/c 14 Sept",
        text="""Hi all,

Rota for next week attached to the staffroom board and below.

Ros - I've swapped you onto the early on Thursday so you can get to your interview in town for 2pm; Mel is covering the afternoon consults. Good luck!

Wards: Ros / Kasia (Mon-Wed), Mel / Tom (Thu-Fri)
Theatre: Kasia
Nights: Tom (Mon-Wed), agency RVN (Thu-Sun)

The position of the new kennel bank means the isolation ward door now opens outwards - please mind your fingers.

Denise
Practice Manager, Riverside Veterinary Hospital
""",
    ),
    dict(
        key="smartrecruiters_jobs_you_may_like",
        lang="en",
        date="2026-05-02 05:30 +0000",
        **{"from": ("SmartRecruiters", "no-reply@smartrecruiters.com")},
        subject="Jobs you may like based on your recent applications",
        headers=_list("<job-recommendations.smartrecruiters.com>", "<https://www.smartrecruiters.com/account/unsubscribe?t=rec>"),
        html=newsletter_html("Jobs you may like", "Hi Rosalind, based on your application to Meridian Animal Health, these openings may interest you.", [
            ("Clinical Trial Associate - Animal Health", "https://jobs.smartrecruiters.com/AgriVetGlobal/7430012",
             "AgriVet Global - Reading, UK"),
            ("Study Start-up Specialist", "https://jobs.smartrecruiters.com/NorthStarCRO/7430054",
             "NorthStar CRO - London, UK - hybrid"),
            ("Regulatory Affairs Assistant (Veterinary)", "https://jobs.smartrecruiters.com/VetRegConsult/7430088",
             "VetReg Consult - Cambridge, UK"),
        ], "You received this email because you have a SmartRecruiters candidate account. Unsubscribe: https://www.smartrecruiters.com/account/unsubscribe?t=rec", accent="#0a7bd4"),
    ),
    dict(
        key="anglia_market_update",
        lang="en",
        date="2026-10-01 08:30 +0100",
        **{"from": ("Anglia Life Sciences Recruitment", "newsletter@anglials.example.co.uk")},
        subject="Your Q3 life sciences market update",
        headers=_list("<candidates.anglials.example.co.uk>", "<https://www.anglials.example.co.uk/prefs?u=rme>"),
        text=digest_text("Anglia Life Sciences - Q3 market update", "Hello Rosalind, here's what we've seen in the market over the last three months.", _ANGLIA_ITEMS,
                         "You are receiving this because you registered as a candidate. Manage preferences: https://www.anglials.example.co.uk/prefs?u=rme"),
        html=newsletter_html("Anglia Life Sciences - Q3 market update", "Hello Rosalind, here's what we've seen in the market over the last three months.", _ANGLIA_ITEMS,
                             "You are receiving this because you registered as a candidate. Manage preferences: https://www.anglials.example.co.uk/prefs?u=rme", accent="#2a9d8f"),
    ),
    dict(
        key="friend_forwards_job_ad_rfc822",
        contact="imogen.pryce@example.co.uk",
        lang="en",
        date="2026-02-21 10:14 +0000",
        **{"from": ("Imogen Pryce", "imogen.pryce@example.co.uk")},
        subject="Fwd: New vacancy: Veterinary Clinical Trials Nurse - Dereham",
        text="""Saw this and thought of you straight away - it's basically your job but with more research! Closing date is 10 March.

Im x
""",
        attach=[("rfc822", _FWD_INNER)],
    ),
    dict(
        key="cambridge_cra_meetup",
        lang="en",
        date="2026-10-08 17:40 +0100",
        **{"from": ("Cambridge CRA & CRC Meetup", "hello@cambridgecrameetup.example.org")},
        subject="October meetup: decentralised trials + drinks at The Mill",
        headers=_list("<members.cambridgecrameetup.example.org>", "<https://cambridgecrameetup.example.org/leave>"),
        text="""Hi everyone,

Our October meetup is on Wednesday 21 October from 18:30 at The Mill, Mill Lane, Cambridge.

Talk: "Decentralised trials in practice - what changes for the site coordinator?" by Dr Ffion Rees.
After that: drinks, and our usual informal job board - if your team is hiring, bring a one-page description.

RSVP so we know numbers: https://cambridgecrameetup.example.org/rsvp/oct-2026

See you there,
The organisers
""",
    ),
    dict(
        key="gcp_course_reminder",
        lang="en",
        date="2026-01-26 11:11 +0000",
        **{"from": ("Research Skills Online", "learning@researchskills.example.org.uk")},
        subject="Reminder: complete your GCP refresher module",
        text="""Dear Rosalind,

You started the "Good Clinical Practice: Refresher" e-learning module on 12 January but have not yet completed it.

Modules remaining: 3 of 6 (Informed consent, Safety reporting, Data integrity)
Estimated time: 55 minutes

Complete the course to download your certificate - many employers ask to see it at interview.

Continue learning: https://researchskills.example.org.uk/course/gcp-refresher

Research Skills Online
""",
    ),
    # ================================================================== French (6)
    dict(
        key="alerte_emploi_sante_fr",
        lang="fr",
        date="2026-01-12 07:00 +0100",
        **{"from": ("Emploi Santé Alertes", "alertes@emploi-sante.example.fr")},
        subject="Votre alerte « recherche clinique Lyon » : 3 nouvelles offres",
        subject_enc=("utf-8", "q"),
        headers=_list("<alertes.emploi-sante.example.fr>", "<https://emploi-sante.example.fr/alertes/desinscription?id=7710>"),
        text=digest_text("Emploi Santé - vos nouvelles offres", "Bonjour Rosalind, voici les offres publiées cette semaine pour votre alerte « recherche clinique Lyon ».", _FR_ITEMS,
                         "Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désinscrire : https://emploi-sante.example.fr/alertes/desinscription?id=7710"),
        html=newsletter_html("Emploi Santé - vos nouvelles offres", "Bonjour Rosalind, voici les offres publiées cette semaine pour votre alerte « recherche clinique Lyon ».", _FR_ITEMS,
                             "Vous recevez cet e-mail car vous avez créé une alerte emploi. Se désinscrire : https://emploi-sante.example.fr/alertes/desinscription?id=7710", accent="#7b2cbf"),
    ),
    dict(
        key="lettre_recherche_clinique_lyon",
        lang="fr",
        date="2026-02-25 08:30 +0100",
        **{"from": ("La Lettre de la Recherche Clinique", "lettre@lettre-rc-lyon.example.fr")},
        subject="La Lettre n°58 : coordination d'études, entretiens et reconversions",
        subject_enc=("iso-8859-1", "q"),
        headers=_list("<lettre.lettre-rc-lyon.example.fr>", "<https://lettre-rc-lyon.example.fr/desabonnement>"),
        html=newsletter_html("La Lettre de la Recherche Clinique - n°58", "Ce mois-ci, nous nous penchons sur les métiers de la coordination et sur celles et ceux qui y arrivent par des chemins détournés.", _FR_NEWS_ITEMS,
                             "Pour ne plus recevoir La Lettre : https://lettre-rc-lyon.example.fr/desabonnement", accent="#9b2226"),
        html_charset="iso-8859-1", html_cte="qp",
    ),
    dict(
        key="amie_refus_fr",
        contact="clemence.aubry@example.fr",
        lang="fr",
        date="2026-05-12 22:05 +0200",
        **{"from": ("Clémence Aubry", "clemence.aubry@example.fr", "iso-8859-1", "q")},
        subject="Devine qui s'est fait recaler...",
        subject_enc=("utf-8", "q"),
        text="""Coucou Ros,

Bon, je te raconte : j'ai reçu la réponse du labo de Gerland ce matin. Refusée ! Après deux entretiens et un cas pratique de trois heures, ils m'ont envoyé un mail de quatre lignes : « nous avons retenu un profil plus expérimenté ». Je suis verte.

Et toi, des nouvelles de ton entretien avec la CRO de Perrache ? Raconte-moi tout.

On s'appelle ce week-end ?

Bises,
Clémence
""",
        cte="qp",
    ),
    dict(
        key="sent_confluence_excuses",
        lang="fr",
        date="2026-04-21 11:50 +0100",
        **{"from": CAND},
        to=[("Élodie Marchand", "elodie.marchand@confluence-rc.example.fr", "utf-8", "q")],
        subject="RE: Entretien de ce matin",
        parent="confluence_attendue_teams",
        text=reply(
            """Bonjour Élodie,

Je suis vraiment désolée pour ce matin : j'avais noté 10h à l'heure anglaise au lieu de l'heure de Paris et je me suis connectée avec une heure de retard. Serait-il possible de convenir d'un autre créneau ?

Bien cordialement,
Rosalind Mbatha-Eriksen""",
            "fr", "2026-04-21 10:32", "Élodie Marchand", "elodie.marchand@confluence-rc.example.fr",
            """Bonjour Rosalind,

Le Dr Giraud et moi-même vous avons attendue sur Teams ce matin de 10h00 à 10h25, sans vous voir vous connecter. Je vous ai également laissé un message sur votre portable.

J'espère que tout va bien de votre côté. Pouvez-vous me dire ce qui s'est passé ?

Bien cordialement,
Élodie Marchand""",
        ),
        cte="qp",
    ),
    dict(
        key="reponse_automatique_fr",
        contact="julien.berthier@talents-sante.example.fr",
        lang="fr",
        date="2026-07-20 09:01 +0200",
        **{"from": ("Julien Berthier", "julien.berthier@talents-sante.example.fr")},
        subject="Réponse automatique : Candidature spontanée - ARC junior",
        subject_enc=("utf-8", "b"),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Bonjour,

Je suis en congés jusqu'au 7 août inclus et ne consulterai pas mes e-mails pendant cette période.

Pour toute question urgente concernant un entretien ou une mission en cours, vous pouvez contacter ma collègue Inès Rahmani au 04 72 55 50 90.

Bien cordialement,
Julien Berthier
Talents Santé Lyon
""",
        cte="8bit",
    ),
    dict(
        key="du_investigateur_refus",
        lang="fr",
        date="2026-07-03 14:15 +0200",
        **{"from": ("Scolarité DU Recherche Clinique", "scolarite-noreply@univ-rhone.example.fr")},
        subject="DU Techniques de recherche clinique - décision de la commission",
        subject_enc=("utf-8", "q"),
        text="""Madame,

La commission pédagogique du Diplôme Universitaire « Techniques de recherche clinique » s'est réunie le 1er juillet 2026 pour examiner les candidatures à la promotion 2026-2027.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue. Le nombre de places étant limité à vingt-quatre, la commission a donné la priorité aux candidats exerçant déjà dans un établissement de santé français.

Vous pouvez présenter une nouvelle candidature l'an prochain.

Veuillez agréer, Madame, nos salutations distinguées.

Le service de scolarité
Université du Rhône - Faculté de Médecine
""",
        charset="windows-1252", cte="qp",
    ),
    # ================================================================== German (5)
    dict(
        key="stellenradar_digest_de",
        lang="de",
        date="2026-03-02 06:45 +0100",
        **{"from": ("StellenRadar Rhein-Neckar", "newsletter@stellenradar.example.de")},
        subject="5 neue Stellen für „Studienkoordination Heidelberg“",
        subject_enc=("utf-8", "b"),
        headers=_list("<jobmail.stellenradar.example.de>", "<https://stellenradar.example.de/abmelden?k=55120>"),
        text=digest_text("StellenRadar - Ihre neuen Treffer", "Guten Morgen, seit Ihrem letzten Jobletter haben wir diese Stellen und Ratgeber-Artikel für Sie gefunden.", _DE_ITEMS,
                         "Sie erhalten diese E-Mail, weil Sie einen Jobletter abonniert haben. Abmelden: https://stellenradar.example.de/abmelden?k=55120"),
        html=newsletter_html("StellenRadar - Ihre neuen Treffer", "Guten Morgen, seit Ihrem letzten Jobletter haben wir diese Stellen und Ratgeber-Artikel für Sie gefunden.", _DE_ITEMS,
                             "Sie erhalten diese E-Mail, weil Sie einen Jobletter abonniert haben. Abmelden: https://stellenradar.example.de/abmelden?k=55120", accent="#b5179e"),
    ),
    dict(
        key="headhunter_ansprache_de",
        contact="m.albrecht@kurpfalz-executive.example.de",
        lang="de",
        date="2026-06-11 10:27 +0200",
        **{"from": ("Miriam Albrecht", "m.albrecht@kurpfalz-executive.example.de")},
        subject="Kurze Anfrage - Klinische Forschung im Raum Heidelberg",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

über Ihr Profil bin ich auf Ihren Werdegang als Tiermedizinische Fachkraft mit Studienerfahrung aufmerksam geworden. Ich berate Unternehmen der Tiergesundheit und Auftragsforschungsinstitute in der Metropolregion Rhein-Neckar bei der Besetzung von Positionen in der klinischen Forschung.

Aktuell habe ich kein konkretes Mandat für Sie, würde mich aber gern unverbindlich mit Ihnen austauschen, um Ihre Vorstellungen kennenzulernen.

Hätten Sie in den nächsten Wochen Zeit für ein 20-minütiges Telefonat?

Mit freundlichen Grüßen
Miriam Albrecht
Partnerin, Kurpfalz Executive Search
Tel. +49 6221 555 9030
""",
        charset="iso-8859-1", cte="qp",
    ),
    dict(
        key="abwesenheitsnotiz_de",
        contact="lena.wiegand@odenwald-tg.example.de",
        lang="de",
        date="2026-08-27 08:14 +0200",
        **{"from": ("Lena Wiegand", "lena.wiegand@odenwald-tg.example.de")},
        subject="Abwesenheitsnotiz: Rückfrage zum Bewerbungsprozess",
        subject_enc=("iso-8859-1", "q", "mixed"),
        headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        text="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 31. August nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen zu Bewerbungen und Vorstellungsgesprächen wenden Sie sich bitte an people@odenwald-tg.example.de.

Beste Grüße
Lena Wiegand
""",
        cte="qp",
    ),
    dict(
        key="sent_bewerbung_neckar_de",
        lang="de",
        date="2026-04-29 20:30 +0100",
        **{"from": CAND},
        to=[("Neckar Klinische Forschung - Personal", "jonas.brenner@neckar-kf.example.de")],
        subject="Bewerbung als Studienkoordinatorin (m/w/d) - Kennziffer NKF-26-07",
        text="""Sehr geehrter Herr Brenner,

anbei sende ich Ihnen meine Bewerbungsunterlagen für die Stelle als Studienkoordinatorin (Kennziffer NKF-26-07).

Als examinierte Tiermedizinische Fachangestellte (Registered Veterinary Nurse, Großbritannien) mit neun Jahren Berufserfahrung habe ich in den letzten drei Jahren die Teilnahme unserer Klinik an zwei klinischen Studien koordiniert. Ich spreche Deutsch auf B1-Niveau und besuche derzeit einen Sprachkurs, um bis zum Umzug nach Heidelberg B2 zu erreichen.

Über die Einladung zu einem persönlichen Gespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Rosalind Mbatha-Eriksen
""",
        cte="8bit",
        attach=[("pdf", "Lebenslauf_Mbatha-Eriksen.pdf", [
            "Lebenslauf - Rosalind Mbatha-Eriksen",
            "2017-2026  Senior Veterinary Nurse, Kleintierklinik, Norwich (UK)",
            "2023-2026  Studienkoordination: Arthrose-Studie (Hund), CNE-Studie (Katze)",
            "Sprachen: Englisch (Muttersprache), Schwedisch (fließend), Französisch (B2), Deutsch (B1)",
        ])],
    ),
    dict(
        key="zertifikatskurs_kein_platz_de",
        lang="de",
        date="2026-02-12 11:40 +0100",
        **{"from": ("Akademie für Klinische Forschung Mannheim", "kursbuero-noreply@akf-mannheim.example.de", "utf-8", "q")},
        subject="Zertifikatskurs Study Nurse / Studienassistenz - Ihre Anmeldung",
        text="""Sehr geehrte Frau Mbatha-Eriksen,

vielen Dank für Ihre Anmeldung zum Zertifikatskurs „Study Nurse / Studienassistenz“ (Kursbeginn 16. März 2026).

Leider können wir Ihnen keinen Platz im Kurs anbieten: Der Kurs war innerhalb weniger Tage ausgebucht, und Plätze werden vorrangig an Beschäftigte unserer Partnerkliniken vergeben. Wir haben Sie auf die Warteliste gesetzt (Position 7) und für den Herbstkurs vorgemerkt.

Mit freundlichen Grüßen
Ihr Kursbüro
Akademie für Klinische Forschung Mannheim
""",
        cte="base64",
    ),
    # ================================================================== Spanish (8)
    dict(
        key="alertas_bioempleo_es",
        lang="es",
        date="2026-09-07 08:00 +0200",
        **{"from": ("BioEmpleo Alertas", "alertas@bioempleo.example.es")},
        subject="Nuevas ofertas para tu alerta «ensayos clínicos Barcelona»",
        subject_enc=("utf-8", "q"),
        headers=_list("<alertas.bioempleo.example.es>", "<https://alertas.bioempleo.example.es/baja?u=rme>"),
        html=newsletter_html("BioEmpleo: tus nuevas ofertas", "Hola Rosalind, estas son las ofertas publicadas desde tu última alerta, y un consejo de la semana.", _ES_ITEMS,
                             "Recibes este correo porque te suscribiste a las alertas de BioEmpleo. Darse de baja: https://alertas.bioempleo.example.es/baja?u=rme", accent="#2d6a4f"),
    ),
    dict(
        key="consejos_carrera_es",
        lang="es",
        date="2026-04-20 18:00 +0200",
        **{"from": ("Carreras en Salud", "boletin@carreras.example.es")},
        subject="Boletín: errores en la entrevista y cómo negociar una oferta",
        subject_enc=("utf-8", "b"),
        headers=_list("<boletin.carreras.example.es>", "<https://carreras.example.es/baja>"),
        text=digest_text("Carreras en Salud - boletín semanal", "Esta semana hablamos de entrevistas, ofertas y reconversiones profesionales.", _ES_ADVICE_ITEMS,
                         "Para dejar de recibir este boletín: https://carreras.example.es/baja"),
        html=newsletter_html("Carreras en Salud - boletín semanal", "Esta semana hablamos de entrevistas, ofertas y reconversiones profesionales.", _ES_ADVICE_ITEMS,
                             "Para dejar de recibir este boletín: https://carreras.example.es/baja", accent="#bc4749"),
    ),
    dict(
        key="pedido_retrasado_es",
        lang="es",
        date="2026-06-26 11:45 +0200",
        **{"from": ("EnvíoRápido", "avisos@enviorapido.example.es", "utf-8", "b")},
        subject="Lamentablemente tu pedido llegará con retraso",
        subject_enc=("utf-8", "q"),
        text="""Hola Rosalind:

Lamentablemente, tu pedido n.º ER-558102 (1 maleta de cabina) no podrá entregarse en la fecha prevista debido a una incidencia en nuestro centro logístico de El Prat.

Nueva fecha estimada de entrega: lunes 29 de junio.

Sentimos las molestias. Puedes seguir tu envío aquí: https://enviorapido.example.es/seguimiento/ER-558102

El equipo de EnvíoRápido
""",
        cte="8bit",
    ),
    dict(
        key="sent_montjuic_gracias",
        lang="es",
        date="2026-06-23 19:02 +0100",
        **{"from": CAND},
        to=[("Irene Soler", "irene.soler@icmontjuic.example.es")],
        subject="Gracias por la entrevista de hoy",
        parent="montjuic_cambio_hora",
        text="""Hola Irene:

Muchas gracias a ti y a Jordi por la entrevista de esta tarde y por enseñarme las instalaciones. Me ha encantado conocer cómo trabajáis con los centros de atención primaria.

Sigo muy interesada en el puesto y quedo a vuestra disposición para cualquier cosa que necesitéis.

Un saludo cordial,
Rosalind Mbatha-Eriksen
""",
        cte="qp",
    ),
    dict(
        key="piso_visita_es",
        contact="jaume.ribas@example.es",
        lang="es",
        date="2026-07-14 20:10 +0200",
        **{"from": ("Jaume Ribas", "jaume.ribas@example.es")},
        subject="Visita al piso de Gràcia",
        subject_enc=("utf-8", "q"),
        text="""Hola Rosalind,

Te confirmo la visita al piso de la calle Verdi para el sábado 18 a las 11:00. Es un tercero sin ascensor, te lo digo para que no te lleves sorpresas.

Lamentablemente el otro piso del que hablamos (el de Sants) ya está alquilado, lo siento.

Si te interesa, después de la visita te explico la documentación que pide la propietaria: contrato de trabajo o carta de oferta, y las dos últimas nóminas.

Un saludo,
Jaume Ribas
Agente inmobiliario
""",
        charset="iso-8859-1", cte="8bit",
    ),
    dict(
        key="banco_entrevista_gestor_es",
        lang="es",
        date="2026-08-03 10:30 +0200",
        **{"from": ("Banco Mediterráneo Digital", "citas-noreply@bancomed.example.es", "iso-8859-1", "b")},
        subject="Confirmación de tu cita con tu gestor",
        subject_enc=("iso-8859-1", "q"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hola, Rosalind:</p>
<p>Te confirmamos la entrevista con tu gestor personal para la apertura de la cuenta de no residente.</p>
<ul>
<li><b>Fecha:</b> jueves 6 de agosto de 2026</li>
<li><b>Hora:</b> 17:00 (hora peninsular)</li>
<li><b>Modalidad:</b> videollamada</li>
</ul>
<p>Recuerda tener a mano tu pasaporte y, si ya lo tienes, tu NIE. Si cambia tu situación laboral, tu gestor te explicará qué documentación necesitas.</p>
<p>Un saludo,<br>Banco Mediterráneo Digital</p>
<p style="font-size:10px;color:#777">Este mensaje se ha generado automáticamente. No respondas a este correo.</p>
</body></html>
""",
        html_charset="iso-8859-1", html_cte="qp",
    ),
    dict(
        key="master_no_admitida_es",
        lang="es",
        date="2026-07-17 12:00 +0200",
        **{"from": ("Secretaría de Másteres - Universitat de Llevant", "masters-noreply@ullevant.example.es", "utf-8", "q")},
        subject="Resolución de admisión - Máster en Monitorización de Ensayos Clínicos",
        subject_enc=("utf-8", "q"),
        text="""Estimada Rosalind Mbatha-Eriksen:

Le informamos de que la Comisión Académica del Máster en Monitorización de Ensayos Clínicos ha resuelto el proceso de admisión para el curso 2026-2027.

Lamentamos comunicarle que no ha sido admitida en esta convocatoria. Su solicitud ha quedado en la posición 12 de la lista de espera. Si se libera alguna plaza antes del 15 de septiembre, nos pondremos en contacto con usted.

Atentamente,
Secretaría de Másteres
Universitat de Llevant
""",
        cte="base64",
    ),
    dict(
        key="dentista_cita_es",
        lang="es",
        date="2026-09-30 09:15 +0200",
        **{"from": ("Clínica Dental Sant Antoni", "no-reply@dentalsantantoni.example.es", "utf-8", "q")},
        subject="Recordatorio de cita: viernes 2 de octubre",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Hola Rosalind,

Te recordamos tu cita en Clínica Dental Sant Antoni:

Viernes 2 de octubre a las 9:30 - revisión y limpieza con la Dra. Ferrer.

Si no puedes venir, avísanos con 24 horas de antelación llamando al 934 555 120. Lamentablemente, las citas no anuladas a tiempo tienen un coste de 20 euros.

Clínica Dental Sant Antoni
Carrer del Comte Borrell, 62 - Barcelona
""",
        cte="qp",
    ),
]
