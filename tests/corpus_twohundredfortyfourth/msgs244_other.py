"""Corpus 244, `other`: digests, advice, look-alikes and the candidate's own sent mail."""

from msgs244_common import ME, M, digest_html, digest_text, es_q, fr_q, gmail_q


def T(name, lang, frm, subj, date, text=None, **kw):
    return M("other", name, lang, "", "", frm, subj, date, text, **kw)


def S(name, lang, to, subj, date, text, **kw):
    """The candidate's own sent mail."""
    return M("other", name, lang, "", "", ME, subj, date, text, to=to, **kw)


def LIST(lid, unsub):
    return {"List-Id": lid, "List-Unsubscribe": f"<{unsub}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


ALERT_SW = [
    ("Digital Marketing Executive - Visit Penwith, Penzance",
     "Interviews will be held in early March. £24-26k.", "https://jobs.example.co.uk/a/1"),
    ("Marketing Assistant - Falmouth Maritime Shop",
     "Closing soon: unsuccessful applicants will be notified by email.",
     "https://jobs.example.co.uk/a/2"),
    ("Social Media Officer - Cornwall Wildlife Rescue",
     "Part-time, Truro. Immediate start after interview.", "https://jobs.example.co.uk/a/3"),
]
ALERT_BR = [
    ("Content Executive - Clifton Arcade Traders", "Bristol, hybrid. Two-stage interview process.",
     "https://jobs.example.co.uk/b/1"),
    ("Digital Campaigns Officer - Bristol Zoo Friends", "Application deadline 30 June.",
     "https://jobs.example.co.uk/b/2"),
    ("E-commerce Marketing Executive - Harbourside Gifts",
     "We regret we can only contact shortlisted candidates.", "https://jobs.example.co.uk/b/3"),
    ("Junior SEO Executive - Cardiff Bay Studio", "Offers considered for experienced applicants.",
     "https://jobs.example.co.uk/b/4"),
]
ALERT_DE = [
    ("Online Marketing Manager (m/w/d) – Köln", "Vorstellungsgespräche ab KW 12.",
     "https://stellen.example.de/1"),
    ("Social Media Redakteur*in – Köln-Ehrenfeld", "Absagen erfolgen automatisch nach 4 Wochen.",
     "https://stellen.example.de/2"),
]
ALERT_FR = [
    ("Chargé(e) de marketing digital – Nantes", "Entretiens prévus fin avril.",
     "https://emplois.example.fr/1"),
    ("Community manager – Saint-Nazaire", "Offre pourvue rapidement.", "https://emplois.example.fr/2"),
]
ALERT_ES = [
    ("Community Manager – Bilbao", "Entrevistas la próxima semana.", "https://empleo.example.es/1"),
    ("Técnico/a de Marketing Digital – Getxo", "Incorporación inmediata.",
     "https://empleo.example.es/2"),
]

MSGS = [
    # ---------------- English (33)
    T("job_alert_cornwall", "en", "JobsKernow Alerts <alerts@jobskernow.example.co.uk>",
      "3 new jobs for 'digital marketing' near Truro", "2026-02-20 07:00 +0000",
      digest_text("Your daily job alert", ALERT_SW, "Unsubscribe: https://jobskernow.example.co.uk/u"),
      html=digest_html("Your daily job alert", ALERT_SW, "You are receiving this alert because "
                       "you signed up at JobsKernow."),
      headers=LIST("<alerts.jobskernow.example.co.uk>", "https://jobskernow.example.co.uk/u")),
    T("job_alert_bristol", "en", "JobsKernow Alerts <alerts@jobskernow.example.co.uk>",
      "4 new jobs for 'marketing executive' in Bristol", "2026-06-12 07:00 +0100",
      digest_text("Weekly job alert", ALERT_BR, "Manage alerts: https://jobskernow.example.co.uk/u"),
      html=digest_html("Weekly job alert", ALERT_BR, "Manage your alerts at JobsKernow."),
      headers=LIST("<alerts.jobskernow.example.co.uk>", "https://jobskernow.example.co.uk/u"),
      cte="quoted-printable"),
    T("advice_rejection_newsletter", "en",
      "The Career Harbour <newsletter@careerharbour.example.com>",
      "Why that rejection email isn't about you", "2026-03-05 06:30 +0000",
      "THE CAREER HARBOUR - issue 41\n\nThis week: you've been rejected after a final interview. "
      "What now? We look at how hiring managers really decide, why 'we've decided to move "
      "forward with other candidates' is often about budget, and how to ask for feedback.\n\n"
      "Also: 5 questions to ask at the end of your interview.\n\nRead online: "
      "https://careerharbour.example.com/41\nUnsubscribe: https://careerharbour.example.com/u",
      headers=LIST("The Career Harbour <weekly.careerharbour.example.com>",
                   "https://careerharbour.example.com/u")),
    T("advice_interview_questions", "en", "Marketing Week-ish <digest@mktgdigest.example.com>",
      "10 interview questions every marketing candidate should prepare",
      "2026-04-16 08:00 +0100",
      html=digest_html("Interview season", [
          ("Tell me about a campaign that failed", "How to answer without sinking your interview.",
           "https://mktgdigest.example.com/q1"),
          ("Offer negotiation for juniors", "Yes, you can negotiate your first marketing offer.",
           "https://mktgdigest.example.com/q2")], "Unsubscribe at any time."),
      headers=LIST("<digest.mktgdigest.example.com>", "mailto:unsub@mktgdigest.example.com")),
    T("podcast_request", "en", "Ruth Angove <ruth@shelflifepod.example.co.uk>",
      "Podcast interview? Libraries & social media", "2026-05-13 12:15 +0100",
      "Hi Morwenna,\n\nI host Shelf Life, a small podcast about libraries in the South West. A "
      "colleague told me about the Instagram series you ran for Truro Library - would you be up "
      "for being interviewed for an episode? About 40 minutes, recorded over Zoom whenever suits."
      "\n\nNo pressure at all!\n\nRuth Angove\nShelf Life podcast"),
    T("user_research_invite", "en", "Borrowbox Research <research@borrowapp.example.com>",
      "Invitation: 30-minute user research interview (£30 voucher)", "2026-07-08 10:00 +0100",
      "Hello,\n\nYou're invited to take part in a 30-minute user research interview about how you "
      "use the library app. Choose a slot that suits you and we'll send a £30 voucher as thanks."
      "\n\nBook here: https://borrowapp.example.com/research/244\n\nBorrowbox Research team",
      reply_to="Pip Hosken <pip.hosken@borrowapp.example.com>"),
    T("parcel_delayed", "en", "Parcelwise <tracking@parcelwise.example.co.uk>",
      "Unfortunately your parcel is delayed", "2026-01-14 15:22 +0000",
      "Hi Morwenna,\n\nUnfortunately your parcel (PW2440011) is delayed due to severe weather on "
      "the A30. We will not proceed with delivery today and will try again tomorrow. Track your "
      "parcel's current position: https://parcelwise.example.co.uk/t/PW2440011\n\nParcelwise",
      headers={"Auto-Submitted": "auto-generated"}),
    T("running_app_position", "en", "StrideTrack <hello@stridetrack.example.com>",
      "You moved up to position 4 on the Truro 5k leaderboard", "2026-08-02 09:40 +0100",
      "Nice run, Morwenna! Your GPS position data from Saturday's run put you in position 4 on "
      "the Boscawen Park segment. Unfortunately your watch lost signal for 200 m, so one split "
      "was not recorded.\n\nStrideTrack", html="<html><body><h1>Position 4!</h1><p>Nice run, "
      "Morwenna! Your GPS position data from Saturday's run put you in position 4 on the "
      "Boscawen Park segment.</p></body></html>"),
    T("friend_own_rejection", "en", "Lowenna Trezise <lowenna.trezise@example.net>",
      "ugh, didn't get it", "2026-03-21 21:48 +0000",
      "Hey lovely,\n\nJust heard back from the gallery in St Ives - they went with someone who "
      "'more closely matches the brief', whatever that means. Three interviews for that! I'm "
      "proper fed up.\n\nHow are your applications going? Did Kernow Coast get back to you yet? "
      "Pint at the Old Ale House Friday?\n\nLow x"),
    S("sent_thanks_severn_gorge", "en", "Ellie Dunn <ellie.dunn@severngorge.example.co.uk>",
      "Thank you - Digital Marketing Executive interview", "2026-03-19 18:12 +0000",
      "Hi Ellie,\n\nThank you so much for the interview today. I really enjoyed meeting the team "
      "and would love to join you.\n\nBest wishes,\nMorwenna", id="sg_thanks", parent="sg_invite"),
    S("sent_thanks_kernow_coast", "en", "Tamsin Pascoe <tamsin.pascoe@kernowcoast.example.co.uk>",
      "Thank you for today", "2026-04-15 16:30 +0100",
      "Dear Tamsin,\n\nThank you for this morning's interview - and for being so flexible with "
      "the changes. I came away even more excited about the off-season campaign.\n\n"
      "Kind regards,\nMorwenna Achebe-Lindqvist\n\n"
      + gmail_q("Tamsin Pascoe <tamsin.pascoe@kernowcoast.example.co.uk>",
                "Mon, 13 Apr 2026 at 17:55",
                "One more change, sorry! We'll hold Wednesday's interview on Teams instead."),
      id="kc_thanks", parent="kc_move"),
    S("sent_accept_offer", "en", "Tamsin Pascoe <tamsin.pascoe@kernowcoast.example.co.uk>",
      "Re: Offer of employment - Digital Marketing Executive", "2026-04-21 09:05 +0100",
      "Dear Tamsin,\n\nI'm delighted to accept the offer - signed letter attached. See you on "
      "1 June!\n\nMorwenna\n\n"
      + gmail_q("Tamsin Pascoe <tamsin.pascoe@kernowcoast.example.co.uk>",
                "Mon, 20 Apr 2026 at 14:30",
                "I'm delighted to offer you the position of Digital Marketing Executive."),
      parent="kc_offer", pdf=[("Signed_offer_letter.pdf", ["Signed", "M. Achebe-Lindqvist"])]),
    S("sent_application_taff", "en", "Owain Jenkins <owain@taffharbour.example.co.uk>",
      "Application: Digital Marketing Executive", "2026-03-06 20:30 +0000",
      "Dear Owain,\n\nI'd like to apply for the Digital Marketing Executive role at Taff Harbour "
      "Marketing. I've spent four years at Truro Library, where I built our social channels from "
      "scratch. My CV is attached.\n\nKind regards,\nMorwenna Achebe-Lindqvist",
      pdf=[("Morwenna_Achebe-Lindqvist_CV.pdf", ["Morwenna Achebe-Lindqvist", "CV"])]),
    S("sent_apology_missed", "en", "Owain Jenkins <owain@taffharbour.example.co.uk>",
      "Re: Missed you this morning", "2026-03-19 11:02 +0000",
      "Hi Owain,\n\nI'm so sorry - the Teams link in my calendar was for 10:00 Truro time but "
      "my laptop had switched zones after an update. Is there any chance of rearranging?\n\n"
      "Morwenna\n\n" + gmail_q("Owain Jenkins <owain@taffharbour.example.co.uk>",
                               "Thu, 19 Mar 2026 at 10:25",
                               "We waited on Teams from 10:00 to about 10:20 for your interview."),
      parent="th_missed"),
    S("sent_reschedule_request", "en", "Plymouth City Events HR <events.hr@plymouthevents.example.gov.uk>",
      "Interview time change request", "2026-06-02 20:15 +0100",
      "Dear HR team,\n\nThank you for the interview invitation. My train from Truro arrives at "
      "13:30 - would a later slot be possible?\n\nKind regards,\nMorwenna", id="pce_req"),
    T("cold_approach_recruiter", "en", "Jack Polglase <jack@tidewaytalent.example.co.uk>",
      "Your profile", "2026-05-05 11:11 +0100",
      "Hi Morwenna,\n\nI came across your profile and love the library-to-marketing story. I "
      "specialise in digital roles across Devon and Cornwall. Nothing specific right now, but "
      "would you be open to a coffee sometime so I know what you're after?\n\nJack Polglase\n"
      "Tideway Talent"),
    T("bank_appointment", "en", "Cornish Mutual Bank <appointments@cornishmutual.example.co.uk>",
      "Your appointment with a mortgage adviser is confirmed", "2026-05-30 09:00 +0100",
      "Dear Ms Achebe-Lindqvist,\n\nYour appointment on 4 June at 12:30 at our Boscawen Street "
      "branch is confirmed. Please bring proof of income and details of your current position "
      "(employer and job title).\n\nIf you need to reschedule, call 0345 000 0000.\n\n"
      "Cornish Mutual Bank plc is authorised by the Prudential Regulation Authority.",
      headers={"Auto-Submitted": "auto-generated"}),
    T("landlord_inspection", "en", "Treliske Lettings <lettings@treliske.example.co.uk>",
      "Property inspection - flat 3, Kenwyn Street", "2026-02-02 12:00 +0000",
      "Dear Morwenna,\n\nWe'd like to book the routine inspection of your flat for Tuesday 10 "
      "February between 10 and 12. Unfortunately we are not able to offer evening slots. If the "
      "appointment doesn't suit, please let us know.\n\nTreliske Lettings",
      reply_to="Gemma Lobb <gemma.lobb@treliske.example.co.uk>"),
    T("language_school_placement", "en", "Truro Evening Languages <office@truroevening.example.co.uk>",
      "French conversation: placement interview", "2026-01-09 16:00 +0000",
      "Dear Morwenna,\n\nThanks for enrolling on Intermediate French. Every new learner has a "
      "10-minute placement interview with a tutor; yours is on Monday 19 January at 18:15 in "
      "room 4.\n\nTruro Evening Languages"),
    T("gp_appointment_moved", "en", "Kenwyn Surgery <noreply@kenwynsurgery.example.nhs.uk>",
      "Your appointment has been rescheduled", "2026-04-06 08:30 +0100",
      "Your appointment with Dr Hendra on 7 April at 09:10 has been rescheduled to 9 April at "
      "11:40 because the clinician is unwell. Reply CANCEL to cancel. Do not reply with medical "
      "questions.", headers={"Auto-Submitted": "auto-generated"}),
    T("dentist_missed", "en", "Lemon Quay Dental <reception@lemonquaydental.example.co.uk>",
      "Missed appointment", "2026-07-17 14:00 +0100",
      "Dear Morwenna,\n\nWe noticed you did not attend your hygienist appointment today at 13:20. "
      "A missed appointment fee of £15 may apply. Please call us to rebook.\n\nLemon Quay Dental"),
    T("parcel_missed_delivery", "en", "Parcelwise <tracking@parcelwise.example.co.uk>",
      "We missed you", "2026-09-03 13:05 +0100",
      "Sorry we missed you! Our driver tried to deliver your parcel at 12:58 but nobody was in. "
      "We tried calling you twice. Rebook at https://parcelwise.example.co.uk/r\n\nParcelwise",
      headers={"Auto-Submitted": "auto-generated"}),
    T("ooo_recruiter_autoreply", "en", "Becca Nance <becca@brightwave.example.co.uk>",
      "Automatic reply: Re: Celtic Sea Holidays - can we talk?", "2026-03-02 09:40 +0000",
      "Thanks for your email. I'm out of the office until Wednesday 4 March with limited access "
      "to email. For urgent enquiries please call Brightwave Talent on 01872 000 333.\n\nBecca",
      headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}),
    T("network_application_viewed", "en", "Linkwork <notifications@linkwork.example.com>",
      "Your application was viewed by Quayside Digital", "2026-05-26 19:00 +0100",
      "Morwenna, your application for Junior Digital Marketing Executive was viewed by the "
      "hiring team at Quayside Digital.\n\nSee who else viewed your profile: "
      "https://linkwork.example.com/me\n\nUnsubscribe: https://linkwork.example.com/u",
      html="<html><body><p><b>Your application was viewed</b></p><p>Quayside Digital viewed "
      "your application for Junior Digital Marketing Executive.</p><p><a href=\"https://linkwork."
      "example.com/me\">See profile views</a></p></body></html>",
      headers=LIST("<notifications.linkwork.example.com>", "https://linkwork.example.com/u")),
    T("network_searches", "en", "Linkwork <notifications@linkwork.example.com>",
      "You appeared in 14 searches this week", "2026-06-22 08:00 +0100",
      "Hi Morwenna,\n\nYou appeared in 14 searches this week, including recruiters looking for "
      "'content marketing' in Bristol. Add skills to get more interview invitations.\n\nLinkwork",
      headers=LIST("<notifications.linkwork.example.com>", "https://linkwork.example.com/u")),
    T("university_refusal", "en", "University of Exeter Admissions <pg-admissions@exeter-uni.example.ac.uk>",
      "Your application for MA Digital Marketing", "2026-05-15 10:00 +0100",
      "Dear Morwenna,\n\nThank you for applying to study MA Digital Marketing (part-time). We "
      "regret to inform you that we are unable to offer you a place on the programme for "
      "September 2026, as it is now full.\n\nPostgraduate Admissions"),
    T("library_staff_newsletter", "en", "Cornwall Libraries Staff News <staffnews@cornwall-libs.example.gov.uk>",
      "Staff News: interviews for Branch Manager, rota changes", "2026-01-30 12:00 +0000",
      "STAFF NEWS\n\n- Interviews for the Truro Branch Manager post will take place on 12 "
      "February; unsuccessful internal candidates will get feedback in person.\n- The Saturday "
      "rota is cancelled for half-term; check your new shifts.\n- Congratulations to Morwenna "
      "for the Instagram reading challenge!",
      headers=LIST("<staffnews.cornwall-libs.example.gov.uk>", "mailto:leave@cornwall-libs.example.gov.uk")),
    T("press_interview_request", "en", "Dominic Carne <d.carne@westbriton.example.co.uk>",
      "Interview request - library Instagram story", "2026-02-14 10:50 +0000",
      "Hi Morwenna,\n\nI'm a reporter at the West Briton Gazette. We'd like to interview you for "
      "a short feature on how Truro Library grew its Instagram audience. Could I call you on "
      "Tuesday morning?\n\nDominic Carne\nReporter"),
    T("careers_webinar", "en", "Careers South West <events@careerssw.example.org.uk>",
      "Webinar: ace your video interview", "2026-02-28 09:00 +0000",
      "Join our free webinar on 5 March: how to prepare for a video interview, what to do after a "
      "rejection and how to handle offers. Register: https://careerssw.example.org.uk/webinar",
      headers=LIST("<events.careerssw.example.org.uk>", "https://careerssw.example.org.uk/u")),
    T("ats_vendor_marketing", "en", "Teamtailor <news@teamtailor-mail.com>",
      "Candidate experience trends for 2026", "2026-01-22 15:00 +0000",
      html="<html><body><h1>Candidate experience 2026</h1><p>Our report shows candidates want "
      "faster interview scheduling and kinder rejection messages.</p><p><a href=\"https://"
      "teamtailor.example.com/report\">Download</a></p></body></html>",
      headers=LIST("<news.teamtailor-mail.com>", "https://teamtailor.example.com/u")),
    T("friend_forwards_ad", "en", "Jowan Pender <jowan.pender@example.net>",
      "Fwd: this one's got your name on it", "2026-06-08 13:25 +0100",
      "Saw this and thought of you!\n\n---------- Forwarded message ---------\nFrom: Eden "
      "Careers <careers@edenvisits.example.org.uk>\nSubject: We're hiring: Digital Marketing "
      "Executive\n\nWe're hiring a Digital Marketing Executive in St Austell. Interviews w/c 6 "
      "July. Apply by 26 June."),
    T("colleague_rota_position", "en", "Demelza Hicks <demelza.hicks@cornwall-libs.example.gov.uk>",
      "Saturday swap?", "2026-03-11 14:14 +0000",
      "Hi Morwenna,\n\nCould we swap positions on Saturday - you on the issue desk, me on "
      "children's corner? My 10am appointment got cancelled, so I'm free after all but would rather "
      "be downstairs.\n\nDemelza\nLibrary Assistant, Truro Library"),
    T("birthday_calendar_invite", "en", "Lowenna Trezise <lowenna.trezise@example.net>",
      "Invitation: Low's 30th @ Sat 11 Jul 2026 19:00", "2026-06-20 20:20 +0100",
      "You have been invited to Low's 30th at the Old Ale House, Truro. Bring dancing shoes!",
      ics=dict(uid="low30@example.net", start="2026-07-11 19:00", end="2026-07-11 23:30",
               summary="Low's 30th", location="Old Ale House, Truro",
               org="lowenna.trezise@example.net", org_name="Lowenna Trezise")),
    # ---------------- German (6)
    T("jobalert_koeln", "de", "Stellenradar <alert@stellenradar.example.de>",
      "2 neue Jobs für „Online Marketing“ in Köln", "2026-03-10 06:00 +0100",
      digest_text("Ihr Jobalarm", ALERT_DE, "Abmelden: https://stellenradar.example.de/abmelden"),
      html=digest_html("Ihr Jobalarm", ALERT_DE, "Sie erhalten diese E-Mail, weil Sie einen "
                       "Jobalarm angelegt haben."),
      headers=LIST("<jobalarm.stellenradar.example.de>", "https://stellenradar.example.de/abmelden"),
      subj_enc=("utf-8", "Q")),
    T("karriere_ratgeber", "de", "Karriere-Kompass <newsletter@karrierekompass.example.de>",
      "Absage bekommen? So geht es weiter", "2026-04-20 07:30 +0200",
      "Karriere-Kompass Newsletter\n\nEine Absage nach dem Vorstellungsgespräch tut weh. Wir "
      "erklären, wie Sie Feedback einholen, warum Stellen manchmal intern besetzt werden und wie "
      "Sie das nächste Angebot verhandeln.\n\nAbmelden: https://karrierekompass.example.de/ab",
      headers=LIST("<news.karrierekompass.example.de>", "https://karrierekompass.example.de/ab"),
      charset="iso-8859-1", cte="quoted-printable"),
    T("abwesenheit_autoreply", "de", "Sabine Kaiser <s.kaiser@rheinblick.example.de>",
      "Abwesenheitsnotiz: Eingangsbestätigung Ihrer Bewerbung", "2026-06-05 10:30 +0200",
      "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12. Juni nicht im Büro und habe keinen "
      "Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
      "personal@rheinblick.example.de.\n\nMit freundlichen Grüßen\nSabine Kaiser",
      headers={"Auto-Submitted": "auto-replied"}),
    T("uni_koeln_absage", "de", "Universität Köln Zulassung <zulassung@uni-koeln.example.de>",
      "Ablehnungsbescheid Masterstudiengang Medienmanagement", "2026-08-14 12:00 +0200",
      "Sehr geehrte Frau Achebe-Lindqvist,\n\nleider können wir Ihnen für den Masterstudiengang "
      "Medienmanagement zum Wintersemester 2026/27 keinen Studienplatz anbieten, da die "
      "Zulassungsgrenze nicht erreicht wurde.\n\nIhr Studierendensekretariat",
      pdf=[("Ablehnungsbescheid.pdf", ["Universitaet Koeln", "Ablehnungsbescheid"])]),
    S("gesendet_bewerbung", "de", "Ralf Wegener <inhaber@buchamdom.example.de>",
      "Bewerbung als Social-Media-Kraft", "2026-07-01 21:10 +0200",
      "Sehr geehrter Herr Wegener,\n\nhiermit bewerbe ich mich als Social-Media-Kraft in Ihrer "
      "Buchhandlung. Ich arbeite seit vier Jahren in einer Bibliothek in Cornwall und betreue "
      "dort die Social-Media-Kanäle. Meinen Lebenslauf finden Sie im Anhang.\n\nMit freundlichen "
      "Grüßen\nMorwenna Achebe-Lindqvist",
      pdf=[("Lebenslauf_Achebe-Lindqvist.pdf", ["Morwenna Achebe-Lindqvist", "Lebenslauf"])]),
    T("paket_verspaetet", "de", "PaketPilot <info@paketpilot.example.de>",
      "Leider verspätet sich Ihre Sendung", "2026-09-18 18:00 +0200",
      "Hallo,\n\nleider verspätet sich Ihre Sendung 00340434 aus Köln. Die aktuelle Position "
      "Ihrer Sendung: Paketzentrum Bristol. Wir bitten um Entschuldigung.\n\nIhr PaketPilot",
      headers={"Auto-Submitted": "auto-generated"}, charset="iso-8859-1", cte="base64"),
    # ---------------- French (6)
    T("alerte_emploi_nantes", "fr", "EmploiOuest Alertes <alertes@emploiouest.example.fr>",
      "2 nouvelles offres : marketing digital à Nantes", "2026-04-02 06:45 +0200",
      digest_text("Vos offres du jour", ALERT_FR, "Se désabonner : https://emploiouest.example.fr/d"),
      html=digest_html("Vos offres du jour", ALERT_FR, "Vous recevez cet e-mail car vous avez "
                       "créé une alerte."),
      headers=LIST("<alertes.emploiouest.example.fr>", "https://emploiouest.example.fr/d")),
    S("envoye_reponse_annulation", "fr", "Camille Guérin <c.guerin@maisonlefeuvre.example.fr>",
      "Re: Annulé : Entretien Morwenna Achebe-Lindqvist", "2026-06-02 09:02 +0200",
      "Bonjour Camille,\n\nMerci de m'avoir prévenue de l'annulation de l'entretien. Je reste "
      "disponible pour un nouveau créneau.\n\nMorwenna\n\n"
      + fr_q("Camille Guérin <c.guerin@maisonlefeuvre.example.fr>", "lun. 1 juin 2026 à 17:15",
             "Je suis contrainte d'annuler notre entretien de jeudi."),
      id="ml_me", parent="ml_cancel", subj_enc=("utf-8", "Q")),
    T("univ_nantes_refus", "fr", "Université de Nantes <admissions@univ-nantes.example.fr>",
      "Décision d'admission : Master Communication", "2026-06-30 14:00 +0200",
      "Madame,\n\nNous avons le regret de vous informer que votre candidature au Master "
      "Communication des organisations n'a pas été retenue par la commission pédagogique.\n\n"
      "Le service des admissions", charset="iso-8859-1", subj_enc=("iso-8859-1", "B")),
    T("banque_rdv", "fr", "Banque de l'Estuaire <conseiller@banque-estuaire.example.fr>",
      "Votre rendez-vous avec votre conseiller", "2026-07-20 09:15 +0200",
      "Bonjour Madame,\n\nVotre rendez-vous pour l'ouverture d'un compte non-résident est fixé au "
      "mercredi 29 juillet à 11h. Malheureusement, nous ne pourrons pas le tenir en visio. Merci "
      "de vous munir de votre contrat de travail ou d'une promesse d'embauche.\n\nBanque de "
      "l'Estuaire"),
    T("absence_autoreply", "fr", "Amélie Roux <amelie.roux@talentsouest.example.fr>",
      "Réponse automatique : Votre inscription chez Talents Ouest", "2026-08-31 10:40 +0200",
      "Bonjour,\n\nJe suis absente du bureau jusqu'au 7 septembre. Pour toute urgence, merci de "
      "contacter l'agence au 02 40 00 00 00.\n\nAmélie Roux",
      headers={"Auto-Submitted": "auto-replied"}),
    T("presse_interview", "fr", "Hugo Lemaire <h.lemaire@courrier-estuaire.example.fr>",
      "Demande d'interview – bibliothèques et réseaux sociaux", "2026-09-24 11:20 +0200",
      "Bonjour Madame Achebe-Lindqvist,\n\nJe suis journaliste au Courrier de l'Estuaire. Nous "
      "préparons un article sur les bibliothèques jumelées Nantes–Truro et j'aimerais vous "
      "interviewer au sujet de vos campagnes Instagram. Seriez-vous disponible pour un appel ?"
      "\n\nHugo Lemaire", cte="quoted-printable"),
    # ---------------- Spanish (7)
    T("alerta_empleo_bilbao", "es", "EmpleoNorte <alertas@empleonorte.example.es>",
      "Nuevas ofertas: marketing digital en Bilbao", "2026-04-06 07:10 +0200",
      digest_text("Tus ofertas", ALERT_ES, "Darse de baja: https://empleonorte.example.es/baja"),
      html=digest_html("Tus ofertas", ALERT_ES, "Recibes este correo porque creaste una alerta."),
      headers=LIST("<alertas.empleonorte.example.es>", "https://empleonorte.example.es/baja")),
    S("enviado_gracias_txori", "es", "Ane Zubiri <ane.zubiri@txori.example.es>",
      "Gracias por la entrevista", "2026-05-14 19:05 +0200",
      "Hola Ane:\n\nGracias por la entrevista de hoy, me encantó conocer al equipo y quedo a la "
      "espera de noticias.\n\nSaludos,\nMorwenna\n\n"
      + es_q("Ane Zubiri <ane.zubiri@txori.example.es>", "vie, 8 may 2026 a las 9:00",
             "¿te iría bien el jueves 14 a las 16:00 en lugar del martes?"),
      id="tx_thanks", parent="tx_move"),
    T("amiga_rechazo", "es", "Nerea Olabarria <nerea.olabarria@example.net>",
      "me han dicho que no :(", "2026-05-22 22:30 +0200",
      "¡Hola guapa!\n\nAl final la agencia de Getxo me ha rechazado después de la tercera "
      "entrevista. Dicen que buscaban a alguien con más experiencia. ¿Y tú qué tal con Txori? "
      "Cuando vengas a Bilbao nos tomamos unos pintxos.\n\nBesos,\nNerea", charset="windows-1252",
      cte="quoted-printable"),
    T("casero_cita", "es", "Inmobiliaria Deusto <alquileres@inmo-deusto.example.es>",
      "Cita para revisión de la caldera cancelada", "2026-10-06 10:00 +0200",
      "Estimada inquilina:\n\nLamentablemente el técnico no puede acudir a la cita del jueves "
      "para revisar la caldera. Le propondremos una nueva fecha en breve.\n\nInmobiliaria Deusto",
      reply_to="Jon Ibarra <jon.ibarra@inmo-deusto.example.es>"),
    T("fuera_oficina", "es", "Unai Arregi <unai@gorbea.example.es>",
      "Respuesta automática: Re: Oferta: Marketing Executive", "2026-08-21 09:00 +0200",
      "Estoy de vacaciones hasta el 31 de agosto. Para cualquier asunto urgente, escribe a "
      "hola@gorbea.example.es.\n\nUnai", headers={"Auto-Submitted": "auto-replied"}),
    T("consejos_entrevista", "es", "Revista Talento <boletin@revistatalento.example.es>",
      "Cómo preparar una entrevista (y qué hacer si te rechazan)", "2026-03-12 08:00 +0100",
      html="<html><body><h2>Boletín Talento</h2><p>Esta semana: cómo preparar una entrevista de "
      "marketing digital, cómo responder a una oferta y cómo sobreponerse a un rechazo.</p><p>"
      "<a href=\"https://revistatalento.example.es/42\">Leer más</a></p></body></html>",
      headers=LIST("<boletin.revistatalento.example.es>", "https://revistatalento.example.es/baja"),
      subj_enc=("utf-8", "B")),
    T("investigacion_usuarios", "es", "BiziBilbao Research <research@bizibilbao.example.es>",
      "Invitación: entrevista de usuario (30 min)", "2026-09-14 12:00 +0200",
      "Hola Morwenna,\n\nEstamos mejorando la app de bicis de Bilbao y te invitamos a una "
      "entrevista de usuario de 30 minutos por videollamada. Como agradecimiento te regalamos un "
      "mes de suscripción.\n\nReserva tu hueco: https://bizibilbao.example.es/research\n\n"
      "Equipo de investigación", headers={"Auto-Submitted": "auto-generated"}),
]
