"""Corpus 173: other (52) - digests, advice, own sent mail, notifications, look-alikes."""
from msgs173_common import (CANDIDATE, CANDIDATE_ADDR, SIG_G, M, forwarded, newsletter_html,
                            newsletter_text, outlook_block, quote)

T = "other"


def lst(list_id, unsub):
    return [("List-Id", list_id), ("List-Unsubscribe", f"<{unsub}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]


DIGEST1 = [
    ("Clinical Sales Support Specialist - Galway", "Medtech, permanent. Interviews this month.",
     "https://jobs.example.ie/j/88101"),
    ("Dental Product Advisor - Limerick", "Distributor seeks dental nurse background.",
     "https://jobs.example.ie/j/88133"),
    ("Customer Service Rep, Orthopaedics - Dublin", "Apply by 30 April.",
     "https://jobs.example.ie/j/88190"),
]
DIGEST_DE = [
    ("Vertriebsinnendienst Dental (m/w/d) - München", "Vollzeit, unbefristet.",
     "https://jobs.example.de/a/5501"),
    ("Kundenservice Medizintechnik - Augsburg", "Bewerbungsgespräche noch im Mai.",
     "https://jobs.example.de/a/5502"),
]
DIGEST_FR = [
    ("Assistante ADV dispositifs médicaux - Nantes", "CDI, entretiens dès la semaine prochaine.",
     "https://emploi.example.fr/o/7711"),
    ("Conseillère clientèle dentaire - Rezé", "Poste à pourvoir immédiatement.",
     "https://emploi.example.fr/o/7712"),
]
DIGEST_ES = [
    ("Asesora comercial dental - Valencia", "Incorporación inmediata. Entrevistas esta semana.",
     "https://empleo.example.es/o/3301"),
    ("Atención al cliente producto sanitario - Paterna", "Contrato indefinido.",
     "https://empleo.example.es/o/3302"),
]
ADVICE = [
    ("Why a rejection is not the end", "Recruiters explain what 'not successful on this occasion' "
     "really means and how to ask for feedback.", "https://careers.example.ie/a/rejection"),
    ("Ten interview questions medtech firms love", "From 'tell me about a time' to the "
     "surgeon role-play.", "https://careers.example.ie/a/questions"),
    ("From chairside to sales", "Three dental nurses on landing their first offer.",
     "https://careers.example.ie/a/chairside"),
]

MESSAGES = [
    M(T, "jobalert_digest_en", "", "", "en",
      ("JobsWest Alerts", "alerts@jobswest.example.ie"),
      "3 new jobs matching 'medical device sales support'", "2026-04-14 06:00 +0100",
      newsletter_text("Your daily job alert", DIGEST1, "Unsubscribe: https://jobswest.example.ie/u"),
      html=newsletter_html("Your daily job alert", DIGEST1,
                           "You receive this because you created a job alert. Unsubscribe."),
      headers=lst("<alerts.jobswest.example.ie>", "https://jobswest.example.ie/u/4410")),
    M(T, "advice_newsletter_rejection", "", "", "en",
      ("CareerWest Weekly", "newsletter@careers.example.ie"),
      "This week: bouncing back from rejection, interview prep and more",
      "2026-03-08 08:00 +0000",
      newsletter_text("CareerWest Weekly", ADVICE, "Manage preferences or unsubscribe."),
      html=newsletter_html("CareerWest Weekly", ADVICE, "Manage preferences or unsubscribe."),
      headers=lst("CareerWest Weekly <weekly.careers.example.ie>",
                  "mailto:unsubscribe@careers.example.ie")),
    M(T, "career_article_interview_tips", "", "", "en",
      ("MedTech Careers Ireland", "editor@medtechcareers.example.ie"),
      "How to answer 'Why are you leaving clinical practice?'", "2026-05-20 07:30 +0100",
      "How to answer 'Why are you leaving clinical practice?'\n\nIt is the question every "
      "nurse moving into industry gets at interview. Hiring managers are not trying to catch you "
      "out; they want to hear that you are moving towards something. Talk about the moment you "
      "realised you enjoyed training colleagues on new equipment.\n\nA common mistake is to "
      "apologise for your background. Your clinical experience is the reason you were invited "
      "in the first place.\n\nRead more: https://medtechcareers.example.ie/articles/leaving-"
      "clinical\n\nYou are subscribed to MedTech Careers Ireland. Unsubscribe any time.",
      headers=lst("<articles.medtechcareers.example.ie>",
                  "https://medtechcareers.example.ie/unsub?u=31")),
    M(T, "podcast_request", "", "conor@chairsidechats.example.ie", "en",
      ("Conor Hegarty", "conor@chairsidechats.example.ie"),
      "Guest on Chairside Chats?", "2026-06-30 14:14 +0100",
      "Hi Gráinne,\n\nI host Chairside Chats, a small podcast for dental teams. A listener "
      "mentioned your post about moving from nursing into medtech. Would you be up for a "
      "30-minute interview on the show in July? Totally informal, recorded over Zoom.\n\n"
      "Conor Hegarty\nChairside Chats podcast"),
    M(T, "press_interview_request", "", "m.furey@westernherald.example.ie", "en",
      ("Maeve Furey", "m.furey@westernherald.example.ie"),
      "Interview request - Western Herald feature on dental nursing", "2026-02-12 11:48 +0000",
      "Dear Gráinne,\n\nI'm a reporter with the Western Herald working on a feature about the "
      "shortage of dental nurses in Connacht. Would you be willing to do a short phone interview "
      "this week? We can keep your employer anonymous.\n\nMaeve Furey\nHealth Correspondent, "
      "Western Herald\n091 555 0300"),
    M(T, "user_research_invite", "", "", "en",
      ("Dentra Research Team", "research@dentra-software.example.com"),
      "Share your views: 45-minute research interview (EUR 40 voucher)", "2026-07-09 10:00 +0100",
      "Hi Grainne,\n\nWe're redesigning the appointment book in Dentra Practice and are looking "
      "for dental nurses to take part in a 45-minute user research interview. You'll be paid "
      "with a EUR 40 voucher. Book a slot: https://research.dentra-software.example.com/book\n\n"
      "This is not related to any job application.\n\nDentra Research Team\n\nTo stop receiving "
      "research invitations, unsubscribe here.",
      headers=lst("<research.dentra-software.example.com>",
                  "https://research.dentra-software.example.com/unsub")),
    M(T, "package_delayed", "", "", "en",
      ("ParcelNow", "no-reply@parcelnow.example.ie"),
      "Unfortunately your package is delayed", "2026-03-03 09:22 +0000",
      "Hi Grainne,\n\nUnfortunately your parcel 4IE55501882 is delayed due to weather disruption "
      "at our Athlone hub. Your new estimated delivery is Thursday 5 March.\n\nWe're sorry for "
      "the inconvenience.\n\nParcelNow", headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "gps_position_update", "", "", "en",
      ("TrackMyRun", "notifications@trackmyrun.example.com"),
      "Your position was shared with 2 friends", "2026-08-02 07:58 +0100",
      "Live position sharing started at 07:45 from Salthill Promenade. Your friends Aoife and "
      "Dara can see your position until you finish your run.\n\nStop sharing: "
      "https://trackmyrun.example.com/share/stop"),
    M(T, "friend_own_rejection", "", "sinead.k@example.ie", "en",
      ("Sinéad Keane", "sinead.k@example.ie"), "ugh", "2026-04-16 22:31 +0100",
      "G,\n\nJust got my rejection from the Boston Sci thing. 'We have decided not to progress "
      "your application at this time.' After THREE interviews. Honestly.\n\nHow are yours going? "
      "Drinks Friday?\n\nS x"),
    M(T, "own_thanks_forth", "", "", "en", CANDIDATE,
      "Thank you - Customer Support Specialist interview", "2026-06-05 18:12 +0100",
      "Dear Euan,\n\nThank you for the interview on Thursday. I really enjoyed meeting the panel "
      "and hearing how the team supports theatre staff. I'm very keen on the role and look "
      "forward to hearing about next steps.\n\nKind regards,\nGráinne",
      to=[("Euan Mackay", "euan.mackay@forthsurgical.example.co.uk")], tid="forth_thanks",
      reply=["forth_inv"]),
    M(T, "own_application_dunmore", "", "", "en", CANDIDATE,
      "Customer Liaison Coordinator", "2026-09-24 22:40 +0100",
      "Dear Mr Kelleher,\n\nPlease find attached my CV for the Customer Liaison Coordinator role "
      "advertised on your website.\n\nKind regards,\nGráinne\n\n" + SIG_G,
      to=[("Seán Kelleher", "sean@dunmoredental.example.ie")],
      pdf=("CV_Grainne_Okonkwo-Baptiste.pdf", ["Grainne Okonkwo-Baptiste - Curriculum Vitae",
                                                "Dental Nurse, QQI Level 6"])),
    M(T, "own_reschedule_request", "", "", "en", CANDIDATE,
      "Request to move our meeting", "2026-10-07 21:30 +0100",
      "Hi Seán,\n\nWould it be possible to move Friday's interview? I have a shift I can't "
      "swap. Any time Tuesday would work.\n\nThanks,\nGráinne",
      to=[("Seán Kelleher", "sean@dunmoredental.example.ie")], tid="dunmore_move_req"),
    M(T, "own_accept_offer", "", "", "en", CANDIDATE,
      "Re: Offer of employment - Clinical Sales Support Specialist", "2026-03-13 09:05 +0000",
      "Dear Emer,\n\nI'm thrilled to accept the offer and have attached the signed contract. "
      "I'll hand in my notice at the practice today.\n\nMany thanks,\nGráinne\n\n"
      + quote("Dear Gráinne,\n\nFollowing your interview on 5 March, I am delighted to offer you "
              "the position of Clinical Sales Support Specialist at Corrib Medical.",
              "On Thu, 12 Mar 2026 at 16:30, Emer Kilbride <emer.kilbride@corribmedical.example.ie>"
              " wrote:"),
      to=[("Emer Kilbride", "emer.kilbride@corribmedical.example.ie")],
      reply=["corrib_inv", "corrib_move"]),
    M(T, "hartwell_cold_approach", "", "james.okafor@hartwellsearch.example.co.uk", "en",
      ("James Okafor", "james.okafor@hartwellsearch.example.co.uk"),
      "Clinical support roles in London - open to a chat?", "2026-09-01 10:20 +0100",
      "Hi Grainne,\n\nI came across your profile and thought your mix of dental nursing and "
      "equipment training could suit a few clients of mine in surgical devices. Nothing specific "
      "to put in front of you today, but if you're open to London I'd love to hear what you're "
      "looking for.\n\nJames Okafor\nPrincipal Consultant | Hartwell Healthcare Search\n"
      "+44 20 5550 1188", tid="hartwell_cold"),
    M(T, "linkedin_inmail_cold", "", "", "en",
      ("Declan O'Rourke via LinkedIn", "inmail-hit-reply@linkedin.example.com"),
      "Declan sent you a message", "2026-02-06 13:00 +0000",
      "Declan O'Rourke\nTalent Partner at Vantis Ortho\n\n\"Hi Grainne, I see you're based in "
      "Galway - we're growing our customer team next year and I'd be keen to connect.\"\n\n"
      "Reply: https://www.linkedin.example.com/messaging/thread/2-xyz\n\nYou are receiving "
      "InMail notification emails. Unsubscribe.", headers=lst(
          "<inmail.linkedin.example.com>", "https://www.linkedin.example.com/unsub/inmail")),
    M(T, "bank_mortgage_appointment", "", "", "en",
      ("Claddagh Credit Union", "noreply@claddaghcu.example.ie"),
      "Your mortgage interview appointment", "2026-05-15 12:00 +0100",
      "Dear Grainne,\n\nThis is a reminder of your mortgage interview appointment with a lending "
      "officer on Tuesday 19 May at 17:30 at our Shop Street branch. Please bring your last three "
      "payslips and your P60.\n\nTo reschedule, call 091 555 0600.\n\nCladdagh Credit Union",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "landlord_inspection", "", "padraig.lyons@example.ie", "en",
      ("Pádraig Lyons", "padraig.lyons@example.ie"), "Inspection next week", "2026-06-08 19:45 +0100",
      "Hi Grainne,\n\nThe letting agent needs to do the annual inspection of the apartment. "
      "Could they call round Wednesday at 10? If that doesn't suit, suggest another time and "
      "I'll move it. Also the boiler service has been cancelled and moved to the 20th.\n\n"
      "Pádraig"),
    M(T, "school_waiting_list_position", "", "office@scoilnaomhbride.example.ie", "en",
      ("Scoil Naomh Bríd", "office@scoilnaomhbride.example.ie"),
      "Enrolment 2026/27 - waiting list position", "2026-02-25 14:30 +0000",
      "Dear Ms Okonkwo-Baptiste,\n\nThank you for your enrolment application for Tobi for Junior "
      "Infants 2026/27. Unfortunately we are oversubscribed and Tobi is currently in position 4 "
      "on the waiting list. We will contact you if a place becomes available.\n\nSchool "
      "Office\nScoil Naomh Bríd, Knocknacarra"),
    M(T, "gp_appointment_cancelled", "", "", "en",
      ("Seapoint Medical Centre", "noreply@seapointmc.example.ie"),
      "Appointment cancelled - Dr Walsh", "2026-01-20 08:10 +0000",
      "Your appointment with Dr Walsh on 21/01/2026 at 09:40 has been cancelled as the doctor is "
      "unwell. Please book a new appointment online or call reception.\n\nSeapoint Medical "
      "Centre", headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "ooo_recruiter", "", "emer.kilbride@corribmedical.example.ie", "en",
      ("Emer Kilbride", "emer.kilbride@corribmedical.example.ie"),
      "Automatic reply: Question about the interview", "2026-02-20 10:01 +0000",
      "Thank you for your email. I am out of the office until Monday 23 February with limited "
      "access to email. For urgent queries about interviews or offers please contact "
      "talent@corribmedical.example.ie.\n\nEmer Kilbride",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    M(T, "linkedin_profile_views", "", "", "en",
      ("LinkedIn-ish", "notifications@linkedin.example.com"),
      "Grainne, your application was viewed by Valdora Medical", "2026-04-03 18:00 +0100",
      "Your application was viewed\n\nValdora Medical viewed your application for Product "
      "Support Associate.\n\nYou also appeared in 14 searches this week.\n\nSee all "
      "activity: https://www.linkedin.example.com/notifications",
      headers=lst("<notifications.linkedin.example.com>",
                  "https://www.linkedin.example.com/unsub/notifications")),
    M(T, "linkedin_jobs_for_you", "", "", "en",
      ("Jobs for you", "jobs-noreply@linkedin.example.com"),
      "New opportunities at Corrib Medical and 5 more companies", "2026-01-12 07:10 +0000",
      None, html=newsletter_html("Jobs recommended for you", DIGEST1,
                                 "You are receiving job recommendation emails."),
      headers=lst("<jobs.linkedin.example.com>", "https://www.linkedin.example.com/unsub/jobs")),
    M(T, "course_refusal", "", "", "en",
      ("Admissions Office", "admissions@uniwest.example.ie"),
      "Your application: Certificate in Medical Device Regulatory Affairs",
      "2026-07-28 11:00 +0100",
      "Dear Grainne,\n\nThank you for applying for the Certificate in Medical Device Regulatory "
      "Affairs (part-time). We regret that we are unable to offer you a place on the programme "
      "this year, as it was heavily oversubscribed. You may reapply for the January intake.\n\n"
      "Admissions Office\nUniversity of the West", headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "interview_reviews_digest", "", "", "en",
      ("Glimpse Reviews", "digest@glimpse-reviews.example.com"),
      "What candidates say about interviewing at Corrib Medical", "2026-02-21 09:00 +0000",
      "Interview reviews you follow\n\n\"Panel interview, then an offer two weeks later.\" - "
      "Sales Support, Galway\n\"Rejected after the case study, no feedback.\" - Customer "
      "Service, Galway\n\nRead all 37 reviews: https://glimpse-reviews.example.com/c/corrib\n\n"
      "Unsubscribe from company updates.",
      headers=lst("<digest.glimpse-reviews.example.com>",
                  "https://glimpse-reviews.example.com/unsub")),
    M(T, "association_webinar", "", "", "en",
      ("Irish Dental Nurses Association", "events@idna.example.ie"),
      "Webinar: interview skills for nurses moving into industry", "2026-03-25 12:00 +0000",
      "Join us on 8 April at 19:30 for a free members' webinar with two recruiters from the "
      "medtech sector. They will cover CVs, interviews, what to do after a rejection and how "
      "to negotiate an offer.\n\nRegister: https://idna.example.ie/events/webinar-0408\n\n"
      "Irish Dental Nurses Association", headers=lst("IDNA members <members.idna.example.ie>",
                                                    "mailto:leave@idna.example.ie")),
    M(T, "mailing_list_forum", "", "", "en",
      ("Ruth Egan via DentalNursesIE", "dentalnurses-ie@groups.example.ie"),
      "[DentalNursesIE] Anyone else get ghosted after a trial day?", "2026-08-29 21:10 +0100",
      "Hi all,\n\nDid a trial day at a practice in Cork last week and heard nothing since, not "
      "even a rejection. Is this normal? I've an interview with a distributor next week so "
      "trying not to dwell on it.\n\nRuth\n\n--\nYou received this message because you are "
      "subscribed to the DentalNursesIE group.",
      reply_to=("DentalNursesIE", "dentalnurses-ie@groups.example.ie"),
      headers=lst("DentalNursesIE <dentalnurses-ie.groups.example.ie>",
                  "mailto:dentalnurses-ie+unsubscribe@groups.example.ie")),
    M(T, "forwarded_job_ad", "", "maeve.gill@example.ie", "en",
      ("Maeve Gill", "maeve.gill@example.ie"), "Fwd: Product Advisor job - thought of you",
      "2026-04-11 13:02 +0100",
      "Saw this and thought of you straight away! x\n\n"
      + forwarded("Shannon Dental Supplies <jobs@shannondental.example.ie>",
                  "Fri, 10 Apr 2026 at 09:00", "We're hiring: Product Advisor",
                  "We're hiring a Product Advisor to support dental practices across Munster. "
                  "Interviews will be held in May. Apply with CV to jobs@shannondental.example.ie",
                  to="maeve.gill@example.ie")),
    M(T, "own_followup_status", "", "", "en", CANDIDATE,
      "Following up - Customer Support Specialist application", "2026-04-24 09:15 +0100",
      "Hi Aoife,\n\nI hope you're well. I received the scheduling link for the interview and "
      "booked Thursday 30 April at 14:00. Just confirming it went through on your side.\n\n"
      "Best regards,\nGráinne\n\n" + SIG_G,
      to=[("Aoife Brennan", "aoife.brennan@laganmedtech.example.co.uk")]),
    M(T, "gym_class_cancelled", "", "", "en",
      ("FlexFit Galway", "hello@flexfit.example.ie"), "Tonight's spin class is cancelled",
      "2026-10-13 15:30 +0100",
      "Hi Grainne, unfortunately tonight's 18:30 spin class has been cancelled as the instructor "
      "is sick. Your credit has been refunded. FlexFit Galway",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "candidate_experience_survey", "", "", "en",
      ("Corrib Medical", "surveys@corribmedical.example.ie"),
      "How was your interview experience?", "2026-03-16 10:00 +0000",
      "Hi Grainne,\n\nYou recently interviewed with Corrib Medical. We'd love to hear how the "
      "process felt - it takes 2 minutes: https://survey.corribmedical.example.ie/cx/9921\n\n"
      "Your answers are anonymous and do not affect any hiring decision.",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "revenue_tax_position", "", "", "en",
      ("Revenue myAccount", "noreply@revenue-notify.example.ie"),
      "Your employment details have changed", "2026-04-21 06:30 +0100",
      "A new employment has been registered on your record. Your tax credits and rate band "
      "have been allocated to your new employer. Sign in to myAccount to review your tax "
      "position.\n\nThis is an automated notification."),
    M(T, "nct_rescheduled", "", "", "en",
      ("NCT Bookings", "bookings@nct-notify.example.ie"),
      "Your NCT appointment has been rescheduled", "2026-09-11 08:00 +0100",
      "Your car test appointment for 26-G-12345 has been rescheduled to 18 September at 11:20 "
      "at the Galway (Ballybrit) centre due to equipment maintenance. No action is needed.",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "rota_swap_outlook", "", "bernie.coyne@westsidedental.example.ie", "en",
      ("Bernie Coyne", "bernie.coyne@westsidedental.example.ie"),
      "RE: Thursday shift", "2026-03-01 17:22 +0000",
      "Hi Gráinne,\n\nThat's grand, Louise will cover your Thursday morning list and you can "
      "take her Saturday. Good luck with it!\n\nBernie\nPractice Manager, Westside Dental, "
      "Galway\n\n" + outlook_block(
          "Grainne Okonkwo-Baptiste", "Sunday, March 1, 2026 4:50 PM", "Bernie Coyne",
          "Thursday shift", "Hi Bernie, I've been invited to a panel interview on Thursday "
          "afternoon and it has just been moved from Tuesday. Could I swap my shift? G"),
      reply_to=("Bernie Coyne", "bernie.coyne@westsidedental.example.ie")),
    # German
    M(T, "de_jobalert", "", "", "de",
      ("Jobfinder Alarm", "alarm@jobfinder.example.de"),
      "2 neue Jobs für 'Dental Vertrieb' in München", "2026-05-06 06:15 +0200",
      newsletter_text("Ihr Jobalarm", DIGEST_DE, "Jobalarm abbestellen"),
      html=newsletter_html("Ihr Jobalarm", DIGEST_DE, "Sie erhalten diese E-Mail, weil Sie einen "
                           "Jobalarm angelegt haben. Abbestellen."),
      headers=lst("<jobalarm.jobfinder.example.de>", "https://jobfinder.example.de/abmelden"),
      charset="iso-8859-1", cte="quoted-printable", subj_enc=("iso-8859-1", "Q")),
    M(T, "de_karriere_newsletter", "", "", "de",
      ("Karriere-Kompass", "redaktion@karrierekompass.example.de"),
      "Absage erhalten? So nutzen Sie das Feedback", "2026-06-20 08:00 +0200",
      "Karriere-Kompass Newsletter\n\nEine Absage nach dem Vorstellungsgespräch ist ärgerlich, "
      "aber oft eine Chance: Fragen Sie freundlich nach Feedback. Außerdem: Wie Sie sich auf "
      "ein Assessment-Center vorbereiten und worauf Sie bei einem Arbeitsvertrag achten "
      "sollten.\n\nWeiterlesen: https://karrierekompass.example.de/absage\n\nNewsletter "
      "abbestellen: https://karrierekompass.example.de/abmelden",
      headers=lst("<newsletter.karrierekompass.example.de>",
                  "https://karrierekompass.example.de/abmelden"), cte="base64"),
    M(T, "de_arzttermin", "", "", "de",
      ("Zahnarztpraxis Dr. Huber", "termine@praxis-huber.example.de"),
      "Terminverschiebung", "2026-07-29 16:00 +0200",
      "Sehr geehrte Frau Okonkwo-Baptiste,\n\nIhr Kontrolltermin am 4. August muss leider "
      "verschoben werden. Neuer Termin: 6. August, 8:15 Uhr. Bitte sagen Sie ab, falls dieser "
      "Termin nicht passt.\n\nIhre Praxis Dr. Huber", charset="iso-8859-1",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "de_abwesenheit", "", "k.hofer@isar-dental.example.de", "de",
      ("Katrin Hofer", "k.hofer@isar-dental.example.de"),
      "Abwesenheitsnotiz: Bewerbungsunterlagen", "2026-05-20 12:00 +0200",
      "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25. Mai nicht im Büro. Ihre "
      "E-Mail wird nicht weitergeleitet. In dringenden Fällen zu Bewerbungen und "
      "Vorstellungsgesprächen wenden Sie sich bitte an personal@isar-dental.example.de.\n\n"
      "Katrin Hofer", headers=[("Auto-Submitted", "auto-replied")], subj_enc=("utf-8", "B")),
    # French
    M(T, "fr_alerte_emploi", "", "", "fr",
      ("Alerte Emploi Ouest", "alertes@emploi-ouest.example.fr"),
      "Nouvelles offres : assistante commerciale, Nantes", "2026-03-02 07:00 +0100",
      newsletter_text("Vos nouvelles offres", DIGEST_FR, "Se désabonner"),
      html=newsletter_html("Vos nouvelles offres", DIGEST_FR, "Se désabonner de cette alerte."),
      headers=lst("<alertes.emploi-ouest.example.fr>", "https://emploi-ouest.example.fr/desabo"),
      subj_enc=("iso-8859-1", "Q")),
    M(T, "fr_colis_retarde", "", "", "fr",
      ("ColisExpress", "ne-pas-repondre@colisexpress.example.fr"),
      "Votre colis est malheureusement retardé", "2026-05-09 10:10 +0200",
      "Bonjour,\n\nMalheureusement, votre colis n° FR88123 a pris du retard à la suite d'un "
      "incident de transport. Nous vous prions de nous excuser pour la gêne occasionnée.\n\n"
      "ColisExpress", charset="iso-8859-1", cte="quoted-printable"),
    M(T, "fr_refus_formation", "", "", "fr",
      ("Université de Nantes - Scolarité", "scolarite@univ-nantes.example.fr"),
      "Votre candidature au DU Dispositifs médicaux", "2026-06-26 14:00 +0200",
      "Madame,\n\nNous avons le regret de vous informer que votre candidature au Diplôme "
      "Universitaire « Dispositifs médicaux et réglementation » n'a pas été retenue par la "
      "commission pédagogique pour la rentrée 2026.\n\nService de la scolarité"),
    M(T, "fr_candidature_envoyee", "", "", "fr", CANDIDATE,
      "Candidature - Assistante commerciale dispositifs médicaux", "2026-02-19 21:30 +0100",
      "Madame, Monsieur,\n\nJe vous adresse ma candidature pour le poste d'assistante "
      "commerciale. Assistante dentaire depuis sept ans, je souhaite mettre mon expérience "
      "clinique au service de vos clients. Je serais ravie de vous rencontrer lors d'un "
      "entretien.\n\nCordialement,\nGráinne Okonkwo-Baptiste",
      to=[("Recrutement Atlantique Médical", "rh@atlantique-medical.example.fr")],
      pdf=("CV_Okonkwo-Baptiste_FR.pdf", ["Grainne Okonkwo-Baptiste - CV"])),
    M(T, "fr_amie_refus", "", "lea.dubois@example.fr", "fr",
      ("Léa Dubois", "lea.dubois@example.fr"), "devine quoi", "2026-07-11 20:20 +0200",
      "Coucou Gráinne !\n\nJ'ai eu la réponse de la clinique : refusée, évidemment. « Votre "
      "profil ne correspond pas à nos attentes. » Trois semaines d'attente pour ça. Et toi, "
      "tes entretiens à Nantes ?\n\nBises,\nLéa", name_enc=("utf-8", "Q")),
    M(T, "fr_banque_rdv", "", "julien.roux@banque-loire.example.fr", "fr",
      ("Julien Roux", "julien.roux@banque-loire.example.fr"),
      "Rendez-vous ouverture de compte", "2026-08-24 09:40 +0200",
      "Bonjour Madame Okonkwo-Baptiste,\n\nJe vous confirme notre rendez-vous du 1er septembre "
      "à 14h pour l'ouverture de votre compte. Merci d'apporter un justificatif de domicile et "
      "votre contrat de travail.\n\nJulien Roux\nConseiller clientèle, Banque de Loire\n"
      "Agence Nantes Commerce\n\nCe message et ses pièces jointes sont confidentiels."),
    M(T, "fr_notification_reseau", "", "", "fr",
      ("Réseau Pro", "notifications@reseaupro.example.fr"),
      "3 personnes ont consulté votre profil", "2026-09-05 18:00 +0200",
      "Bonjour Grainne,\n\nVotre profil a été consulté par 3 personnes cette semaine, dont un "
      "recruteur chez Atlantique Médical. Découvrez aussi 5 offres d'emploi qui pourraient vous "
      "intéresser.\n\nGérer mes notifications",
      headers=lst("<notif.reseaupro.example.fr>", "https://reseaupro.example.fr/notif/off")),
    # Spanish
    M(T, "es_alerta_empleo", "", "", "es",
      ("Alertas EmpleoLevante", "alertas@empleolevante.example.es"),
      "Nuevas ofertas para ti en Valencia", "2026-08-18 07:00 +0200",
      newsletter_text("Tus ofertas de la semana", DIGEST_ES, "Darse de baja"),
      html=newsletter_html("Tus ofertas de la semana", DIGEST_ES, "Darse de baja de esta alerta."),
      headers=lst("<alertas.empleolevante.example.es>", "https://empleolevante.example.es/baja")),
    M(T, "es_gracias_propio", "", "", "es", CANDIDATE,
      "gracias por la entrevista", "2026-09-30 20:03 +0200",
      "Hola Andrea,\n\nmuchas gracias por la entrevista de hoy y por la segunda oportunidad, me "
      "encantó conocer el equipo.\n\nSaludos,\nGráinne",
      to=[("Andrea Ferrer", "andrea.ferrer@levantedental.example.es")], tid="levante_thanks",
      reply=["levante_inv"]),
    M(T, "es_casero_visita", "", "vicent.marti@example.es", "es",
      ("Vicent Martí", "vicent.marti@example.es"), "Visita del piso", "2026-09-03 12:30 +0200",
      "Hola Gráinne,\n\nte escribo por el piso de Benimaclet. El jueves a las 18:00 puedo "
      "enseñártelo; si no te va bien, lo cambiamos al sábado. Ya hay otra persona interesada, "
      "así que dime algo pronto.\n\nVicent", charset="windows-1252", cte="quoted-printable"),
    M(T, "es_cita_medica", "", "", "es",
      ("Centro de Salud Ruzafa", "citas@cs-ruzafa.example.es"),
      "Recordatorio de cita", "2026-10-05 09:00 +0200",
      "Le recordamos su cita con medicina de familia el día 7/10/2026 a las 12:40. Si no puede "
      "acudir, anúlela en la app. Centro de Salud Ruzafa", charset="iso-8859-1",
      headers=[("Auto-Submitted", "auto-generated")]),
    M(T, "es_master_rechazo", "", "", "es",
      ("Admisiones Máster", "admisiones@uvalencia-posgrado.example.es"),
      "Resolución de admisión - Máster en Tecnología Sanitaria", "2026-07-15 13:00 +0200",
      "Estimada Gráinne:\n\nLe comunicamos que su solicitud de admisión al Máster en Tecnología "
      "Sanitaria ha sido desestimada por falta de plazas. Puede consultar la lista de espera "
      "en la sede electrónica.\n\nServicio de Posgrado", subj_enc=("utf-8", "Q"),
      name_enc=("iso-8859-1", "B")),
    M(T, "es_podcast", "", "lucia@podcastsalud.example.es", "es",
      ("Lucía Navarro", "lucia@podcastsalud.example.es"),
      "¿Te animas a una entrevista para el pódcast?", "2026-08-25 11:11 +0200",
      "Hola Gráinne,\n\nsoy Lucía, de «Salud en Voz Alta». Estamos preparando un episodio sobre "
      "profesionales sanitarios que se pasan a la industria y nos encantaría entrevistarte. "
      "Sería online, unos 40 minutos.\n\nUn abrazo,\nLucía Navarro", subj_enc=("utf-8", "B")),
    M(T, "es_newsletter_consejos", "", "", "es",
      ("Consejos de Carrera", "boletin@consejoscarrera.example.es"),
      "Cómo superar un rechazo y preparar tu próxima entrevista", "2026-04-05 08:00 +0200",
      "Boletín semanal\n\nUn «no» no define tu carrera. Esta semana: cómo pedir feedback tras "
      "un rechazo, las cinco preguntas más comunes en una entrevista y qué revisar antes de "
      "aceptar una oferta.\n\nLeer más: https://consejoscarrera.example.es/boletin/14\n\n"
      "Darse de baja: https://consejoscarrera.example.es/baja",
      headers=lst("<boletin.consejoscarrera.example.es>", "https://consejoscarrera.example.es/baja"),
      cte="base64"),
    M(T, "es_headhunter_frio", "", "elena.vidal@vidalexec.example.es", "es",
      ("Elena Vidal", "elena.vidal@vidalexec.example.es"),
      "Tu perfil", "2026-06-11 10:05 +0200",
      "Hola Gráinne,\n\nhe visto tu perfil y me parece muy interesante para el sector dental en "
      "Valencia. Ahora mismo no tengo una vacante concreta, pero me gustaría conocerte para "
      "futuros procesos. ¿Hablamos un día de estos?\n\nElena Vidal\nVidal Executive Search\n"
      "+34 96 555 0101", cte="quoted-printable"),
]
