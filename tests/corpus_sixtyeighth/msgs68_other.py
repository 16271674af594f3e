"""Mail labelled `other` for the sixty-eighth corpus: job alerts, newsletters, cold outreach,
out-of-office replies, other meanings of the words, the candidate's own sent mail, and the
ordinary life admin of a Denver nurse. Plain data.
"""

from __future__ import annotations

from msgs68_util import ME, gmail, ics, spanish

UNSUB = {"List-Unsubscribe": "<https://example.com/unsubscribe?u=mdw68>, <mailto:unsub@example.com>",
         "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}


def listed(list_id: str) -> dict:
    """Bulk headers of a mailing list."""
    return {"List-Id": list_id, **UNSUB}


MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ job alerts and digests
    {"k": "other", "s": "linkedin_job_alert", "l": "en",
         "frm": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.example.com>",
         "subj": "\u201cclinical informatics nurse\u201d: 14 new jobs in Denver, CO",
         "d": "2026-02-02T07:12:00-07:00", "hdr": UNSUB,
         "html": "<table width=\"600\"><tr><td><h3>Your job alert for clinical informatics nurse</h3>"
              "<p>14 new jobs in Denver, CO match your preferences.</p></td></tr>"
              "<tr><td><a href=\"https://www.linkedin.example.com/comm/jobs/view/3901?trk=eml\">"
              "Clinical Informatics Nurse - Columbine Valley Medical Center</a><br>Englewood, CO "
              "&middot; Actively recruiting &middot; 3 connections</td></tr><tr><td><a href=\""
              "https://www.linkedin.example.com/comm/jobs/view/3902?trk=eml\">Nurse Informaticist"
              " - Front Range Health</a><br>Denver, CO &middot; Easy Apply</td></tr><tr><td><a "
              "href=\"https://www.linkedin.example.com/comm/jobs/view/3903?trk=eml\">EHR Analyst "
              "(Epic) - Remote</a><br>Be an early applicant</td></tr><tr><td style=\"font-size:"
              "11px\">You are receiving Job Alert emails. <a href=\"https://www.linkedin.example."
              "com/unsub\">Unsubscribe</a></td></tr></table>"},
    {"k": "other", "s": "indeed_digest", "l": "en",
         "frm": "Indeed <alert@indeed.example.com>",
         "subj": "Utilization Review Nurse - 23 new jobs", "d": "2026-03-05T05:40:00-07:00", "hdr": UNSUB,
         "body": "23 new Utilization Review Nurse jobs near Denver, CO\n\nUtilization Review RN - "
              "Remote\nPeakline Health Plan - Aurora, CO\n$85,000 - $98,000 a year\nEasily apply\n"
              "https://www.indeed.example.com/rc/clk?jk=a91\n\nUM Nurse Reviewer\nOakmere "
              "Insurance - Remote\nResponsive employer\nhttps://www.indeed.example.com/rc/clk?jk=b22\n"
              "\nClinical Appeals Nurse\nGreat Plains Health System - Remote\nhttps://www.indeed."
              "example.com/rc/clk?jk=c73\n\nSee all jobs: https://www.indeed.example.com/jobs?q=ur\n"
              "\nYou received this email because you subscribed to job alerts. Unsubscribe: "
              "https://www.indeed.example.com/unsub\n"},
    {"k": "other", "s": "ziprecruiter_great_match", "l": "en",
         "frm": "ZipRecruiter <phil@ziprecruiter.example.com>", "ct": "",
         "subj": "Marcus, you're a great match for Nurse Educator at Aurora Community Clinics",
         "d": "2026-01-19T09:01:00-07:00", "hdr": UNSUB,
         "html": "<p>Hi Marcus,</p><p>Phil here, your ZipRecruiter job search assistant. I found a "
              "job that looks like a <b>great match</b>:</p><p><a href=\"https://www.ziprecruiter."
              "example.com/k/l/AAx\">Nurse Educator &ndash; Aurora Community Clinics</a><br>"
              "Aurora, CO &middot; $80K-$95K</p><p>1-Click Apply &rarr;</p><p>Good luck!<br>Phil"
              "</p><p style=\"font-size:10px\">Unsubscribe | Privacy</p>"},
    {"k": "other", "s": "glassdoor_salary_digest", "l": "en",
         "frm": "Glassdoor Jobs <noreply@glassdoor.example.com>",
         "subj": "Jobs for you + what Clinical Informatics Specialists earn in Denver",
         "d": "2026-04-12T08:20:00-06:00", "hdr": UNSUB,
         "html": "<h2>Based on your search</h2><ul><li><a href=\"https://glassdoor.example.com/j/1\">"
              "Clinical Informatics Specialist</a> &ndash; Front Range Health (3.6&#9733;)</li>"
              "<li><a href=\"https://glassdoor.example.com/j/2\">Informatics Nurse Specialist</a> "
              "&ndash; Lakeshore Presbyterian Hospital (4.0&#9733;)</li></ul><h3>Salary insights"
              "</h3><p>Median base pay: $97,400/yr in Denver, CO.</p><p>Interview tip: candidates "
              "say the panel interview at Front Range Health focuses on change management.</p>"},
    {"k": "other", "s": "vivian_travel_alerts", "l": "en",
         "frm": "Vivian Health <jobs@vivian.example.com>", "ct": "",
         "subj": "New travel jobs: RN Informatics, Case Management & more",
         "d": "2026-05-08T06:00:00-06:00", "hdr": UNSUB,
         "body": "Hi Marcus,\n\nHere are this week's top jobs matching your Vivian profile:\n\n"
              "* Travel RN - Case Management | Phoenix, AZ | $2,410/wk | 13 weeks\n"
              "* Travel RN - Informatics | Albuquerque, NM | $2,275/wk | 13 weeks\n"
              "* Local Contract - Nurse Educator | Denver, CO | $61/hr\n\nApply with one tap in "
              "the Vivian app.\n\nManage notifications: https://www.vivian.example.com/settings\n"},
    {"k": "other", "s": "incredible_health_profile_views", "l": "en",
         "frm": "Incredible Health <hello@incrediblehealth.example.com>", "ct": "",
         "subj": "3 employers viewed your profile this week",
         "d": "2026-06-15T10:30:00-06:00", "hdr": UNSUB,
         "html": "<p>Hey Marcus!</p><p>Your profile is getting noticed: <b>3 employers</b> viewed it "
              "this week. Nurses who add a short video intro get up to 2x more interview requests"
              ".</p><p><a href=\"https://incrediblehealth.example.com/profile?utm=wk\">Update your "
              "profile</a></p><p>Cheers,<br>The Incredible Health team</p>"},
    {"k": "other", "s": "usajobs_saved_search", "l": "en",
         "frm": "USAJOBS <no-reply@usajobs.example.gov>",
         "subj": "USAJOBS Saved Search: 'clinical applications coordinator' - 4 new results",
         "d": "2026-06-22T04:15:00-04:00",
         "body": "Your saved search 'clinical applications coordinator' has 4 new results.\n\n"
              "1. Clinical Applications Coordinator (Nurse) - Veterans Health Administration - "
              "Aurora, CO\n2. Nurse (Informatics) - Indian Health Service - Albuquerque, NM\n"
              "3. Clinical Applications Coordinator - Veterans Health Administration - Salt Lake "
              "City, UT\n4. Health System Specialist - Veterans Health Administration - Phoenix, "
              "AZ\n\nTo stop receiving these emails, update your saved search preferences.\n"},
    {"k": "other", "s": "stepstone_jobagent_de", "l": "de",
         "frm": "StepStone Jobagent <jobagent@stepstone.example.de>", "ct": "",
         "subj": "12 neue Jobs für „Pflegeinformatik“", "d": "2026-07-01T06:45:00+02:00", "hdr": UNSUB,
         "html": "<p>Hallo Marcus,</p><p>dein Jobagent hat <b>12 neue Stellen</b> gefunden:</p><ul>"
              "<li><a href=\"https://www.stepstone.example.de/job/1\">Pflegeinformatiker (m/w/d)"
              "</a> &ndash; Klinikum Isartal, München</li><li><a href=\"https://www.stepstone."
              "example.de/job/2\">Clinical Consultant KIS (m/w/d)</a> &ndash; DataMed Analytics, "
              "Berlin (remote möglich)</li></ul><p>Tipp: Absagen gehören dazu &ndash; so bleibst "
              "du im Bewerbungsprozess motiviert.</p><p><a href=\"https://www.stepstone.example.de"
              "/abmelden\">Jobagent abbestellen</a></p>"},
    {"k": "other", "s": "wttj_newsletter_fr", "l": "fr",
         "frm": "Welcome to the Jungle <hello@welcometothejungle.example.com>", "ct": "",
         "subj": "Entretien raté ? 5 façons de rebondir", "d": "2026-06-25T12:00:00+02:00",
         "hdr": listed("<lejournal.welcometothejungle.example.com>"),
         "html": "<h1>Le Journal</h1><p>Un entretien qui tourne mal, une réponse négative après "
              "trois tours... Ça arrive à tout le monde. Voici 5 façons de rebondir après un refus"
              ".</p><p><a href=\"https://www.welcometothejungle.example.com/fr/articles/rebondir\">"
              "Lire l'article</a></p><p>Et aussi : 230 offres dans la santé cette semaine.</p><p "
              "style=\"font-size:10px\"><a href=\"https://www.welcometothejungle.example.com/"
              "unsubscribe\">Se désabonner</a></p>"},
    {"k": "other", "s": "linkedin_alerta_es", "l": "es",
         "frm": "LinkedIn <jobs-listings@linkedin.example.com>", "ct": "",
         "subj": "Nuevas ofertas: enfermero informático en Madrid",
         "d": "2026-05-11T08:05:00+02:00", "hdr": UNSUB,
         "body": "Marcus, estas ofertas coinciden con tu búsqueda \"enfermero informático\":\n\n"
              "Enfermero/a de Sistemas - Hospital Universitario San Rafael del Norte - Madrid\n"
              "Consultor/a de Historia Clínica Electrónica - Remoto\nEspecialista en Formación "
              "Clínica - Grupo Médico Andino\n\nVer todas: https://www.linkedin.example.com/jobs\n\n"
              "Darse de baja: https://www.linkedin.example.com/unsub\n"},
    {"k": "other", "s": "linkedin_appeared_searches", "l": "en",
         "frm": "LinkedIn <notifications-noreply@linkedin.example.com>",
         "subj": "You appeared in 18 searches this week", "d": "2026-08-10T09:30:00-06:00", "hdr": UNSUB,
         "html": "<p>Marcus, you appeared in <b>18 searches</b> this week.</p><p>Searchers found "
              "you through: Epic, Clinical Informatics, Nursing Education</p><p>Recruiters from "
              "Summit &amp; Sage and VitalBridge Telehealth looked at your profile.</p>"},
    # ------------------------------------------------------------------ newsletters about careers
    {"k": "other", "s": "nurse_com_newsletter_rejection", "l": "en",
         "frm": "Nurse.com <newsletter@nurse.example.com>",
         "subj": "Didn't get the job? Here's what hiring managers wish you knew",
         "d": "2026-03-14T06:00:00-06:00", "hdr": listed("Nurse.com Weekly <weekly.nurse.example.com>"),
         "html": "<h2>This week on Nurse.com</h2><p><b>After the rejection email</b>: \"Unfortunately"
              ", we have decided to move forward with other candidates\" stings. We asked 40 nurse "
              "managers what you should do next &mdash; and why a short thank-you reply keeps the "
              "door open.</p><p><a href=\"https://nurse.example.com/a/1\">Read more</a></p><p><b>"
              "CE spotlight</b>: 2.0 contact hours on sepsis bundles.</p><p><b>Job board</b>: 1,204"
              " new RN jobs in Colorado.</p><p><a href=\"https://nurse.example.com/unsub\">"
              "Unsubscribe</a></p>"},
    {"k": "other", "s": "cna_newsletter", "l": "en",
         "frm": "Colorado Nurses Association <news@coloradonurses.example.org>",
         "subj": "CNA Pulse | Legislative update, informatics SIG, and our fall conference",
         "d": "2026-09-01T07:00:00-06:00", "hdr": listed("CNA Pulse <pulse.coloradonurses.example.org>"),
         "body": "CNA PULSE - September 2026\n\nLEGISLATIVE UPDATE\nSB26-114 on safe staffing "
              "passed committee 7-4. Thank you to the members who testified.\n\nINFORMATICS SIG\n"
              "Our next meeting is Sept 17 at 6pm (virtual). Topic: interviewing for your first "
              "informatics role - members share what the panel interviews were really like, and "
              "how they handled a missed interview or a rejection.\n\nFALL CONFERENCE\nEarly "
              "bird registration closes Sept 30.\n\nUpdate your preferences or unsubscribe: "
              "https://coloradonurses.example.org/prefs\n"},
    {"k": "other", "s": "career_coach_newsletter", "l": "en",
         "frm": "Nora Ellis | Nurse Career Lab <nora@nursecareerlab.example.com>", "ct": "",
         "subj": "the interview question that trips everyone up", "d": "2026-04-23T16:00:00-06:00",
         "hdr": listed("<nursecareerlab.example.com>"),
         "body": "Hey friend,\n\nLast week three of my clients got the same interview question: "
              "\"Tell me about a time you disagreed with a physician.\" Two of them got offers. "
              "One got the dreaded \"we've decided to pursue other candidates.\" The difference? "
              "Structure.\n\nHere's my STAR template for it -> https://nursecareerlab.example.com"
              "/star\n\nAnd if a recruiter reschedules your interview three times, that's data "
              "too.\n\nNora\n\nYou're getting this because you downloaded the Informatics "
              "Interview Guide. Unsubscribe anytime.\n"},
    {"k": "other", "s": "alumni_newsletter", "l": "en",
         "frm": "Regis Peak University Alumni <alumni@regispeak.example.edu>", "ct": "",
         "subj": "Alumni Spotlight: from bedside to boardroom", "d": "2026-02-25T10:00:00-07:00",
         "hdr": listed("Alumni News <alumninews.regispeak.example.edu>"),
         "html": "<h1>Alumni Spotlight</h1><p>Meet Danielle Cho (BSN '14), now Chief Nursing "
              "Informatics Officer at a Denver health system. \"I was rejected from my first "
              "three informatics jobs,\" she laughs.</p><p>Also: Homecoming is Oct 9-11. "
              "Nominate a classmate for the Distinguished Alumni Award.</p>"},
    # ------------------------------------------------------------------ recruiter outreach, OOO
    {"k": "other", "s": "cold_outreach_agency", "l": "en", "co": "Harbor Lane Partners",
         "frm": "Derek Coates <derek.coates@harborlanepartners.example.com>",
         "subj": "Epic-certified RN roles - open to hearing more?", "d": "2026-03-23T11:48:00-06:00",
         "body": "Hi Marcus,\n\nI came across your profile and your ClinDoc experience stood out. "
              "I partner with several health systems across the Mountain West who are building "
              "out nursing informatics teams this year (analyst, educator and CI specialist roles, "
              "$90-120K, some fully remote).\n\nIf you're exploring, feel free to send over an "
              "updated resume and your target salary and I'll keep you in mind as things open "
              "up. No pressure either way.\n\nBest,\nDerek Coates\nPrincipal, Healthcare IT\n"
              "Harbor Lane Partners\n303.555.0184\n"},
    {"k": "other", "s": "inmail_style_outreach", "l": "en", "co": "Northstar Clinical Systems",
         "frm": "Ravi Menon via LinkedIn <inmail-hit-reply@linkedin.example.com>", "ct": "",
         "subj": "Ravi sent you a message: Epic consulting - Northstar", "d": "2026-05-27T14:14:00-06:00",
         "hdr": UNSUB,
         "body": "Ravi Menon\nTalent Lead at Northstar Clinical Systems\n\nHi Marcus - we're "
              "growing our Epic Clinical practice and your superuser background caught my eye. "
              "Sharing our careers page in case any of the consultant roles interest you: "
              "https://northstarclinical.example.com/careers\n\nView message: https://www.linkedin."
              "example.com/messaging/thread/2-abc\n\nThis is an InMail. Reply on LinkedIn.\n"},
    {"k": "other", "s": "cold_outreach_es", "l": "es", "co": "Andes Capital Humano",
         "frm": "Valeria Cárdenas <vcardenas@andescapital.example.com>",
         "subj": "Oportunidades en salud digital - Latinoamérica", "d": "2026-07-21T09:15:00-05:00",
         "body": "Hola Marcus, ¿cómo estás?\n\nSoy consultora en Andes Capital Humano y trabajamos "
              "con clínicas y aseguradoras en México, Perú y Colombia que buscan perfiles de "
              "enfermería con experiencia en historia clínica electrónica. Vi tu perfil y me "
              "pareció muy interesante.\n\nSi en algún momento te interesa explorar opciones en "
              "Latinoamérica, puedes enviarme tu CV actualizado en español.\n\nUn abrazo,\n"
              "Valeria Cárdenas\n"},
    {"k": "other", "s": "recruiter_ooo", "l": "en", "co": "Peakline Health Plan",
         "frm": "Gloria Steadman <gsteadman@peaklinehealth.example.org>",
         "subj": "Automatic reply: Utilization Review Nurse II - question about start date",
         "d": "2026-04-06T08:01:00-06:00",
         "hdr": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
         "body": "Thank you for your email. I am out of the office April 6-10 with limited access "
              "to email. For urgent utilization management matters please contact Derrick Shaw "
              "at dshaw@peaklinehealth.example.org. I will respond when I return.\n\nGloria\n"},
    {"k": "other", "s": "recruiter_ooo_de", "l": "de", "co": "DataMed Analytics",
         "frm": "Jonas Richter <jonas.richter@datamed-analytics.example.de>",
         "subj": "Abwesenheitsnotiz: Rückfrage zum Gespräch", "d": "2026-08-24T19:00:00+02:00",
         "hdr": {"Auto-Submitted": "auto-replied"},
         "body": "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28.08. nicht im Büro "
              "und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden "
              "Sie sich bitte an people@datamed-analytics.example.de.\n\nViele Grüße\nJonas "
              "Richter\n"},
    {"k": "other", "s": "candidate_survey", "l": "en", "co": "Great Plains Health System",
         "frm": "Great Plains Health System <survey-noreply@candidatepulse.example.com>",
         "subj": "How was your interview experience?", "d": "2026-08-01T10:00:00-05:00",
         "html": "<p>Hi Marcus,</p><p>You recently interviewed with <b>Great Plains Health System"
              "</b>. Would you take 2 minutes to rate your candidate experience? Your answers are "
              "anonymous and won't affect your application.</p><p><a href=\"https://"
              "candidatepulse.example.com/s/gphs?r=5\">&#9733;&#9733;&#9733;&#9733;&#9733;</a>"
              "</p>"},
    # ------------------------------------------------------------------ other meanings
    {"k": "other", "s": "podcast_interview", "l": "en",
         "frm": "Keisha Barnes <keisha@scrubsandscreens.example.com>",
         "subj": "Podcast interview? (Scrubs & Screens)", "d": "2026-05-04T13:25:00-06:00",
         "body": "Hi Marcus,\n\nI host Scrubs & Screens, a small podcast about nurses who move into "
              "health tech. A friend from the CNA informatics SIG said you'd be a great guest. "
              "Would you be up for a 45-minute recorded interview sometime in June? We'd talk "
              "about your Epic go-live stories and what it's like to job hunt mid-career.\n\n"
              "No prep needed - I'll send questions ahead.\n\nKeisha\n"},
    {"k": "other", "s": "tv_news_interview", "l": "en",
         "frm": "Adam Reyes <areyes@denver7news.example.com>",
         "subj": "Interview request - hospital staffing story", "d": "2026-01-30T15:55:00-07:00",
         "body": "Hi Mr. Delgado-Whitfield,\n\nI'm a reporter at Denver 7 working on a story about "
              "nurse burnout and staffing ratios ahead of the vote on SB26-114. The Colorado Nurses "
              "Association gave me your name. Would you be willing to do a brief on-camera "
              "interview this week? It would take about 20 minutes, and we can film near your "
              "home.\n\nThank you,\nAdam Reyes\nReporter, Denver 7\n"},
    {"k": "other", "s": "user_research_interview", "l": "en",
         "frm": "Chartwell EHR Research <research@chartwellehr.example.com>", "ct": "",
         "subj": "$100 for 45 minutes: share how you document in the EHR",
         "d": "2026-02-12T11:00:00-07:00",
         "body": "Hi Marcus,\n\nThanks for signing up for our clinician research panel. We're "
              "looking for RNs to join a 45-minute remote user research interview about "
              "flowsheet documentation. You'll receive a $100 Amazon gift card.\n\nPick a time: "
              "https://research.chartwellehr.example.com/book?p=rn\n\nThe Chartwell UX Research "
              "team\n"},
    {"k": "other", "s": "friend_rejected", "l": "en",
         "frm": "Tasha Greene <tasha.greene@example.net>",
         "subj": "ugh", "d": "2026-04-18T21:40:00-06:00",
         "body": "well I got the email. \"we've decided to move forward with other candidates whose "
              "experience more closely aligns\" blah blah. after FOUR interviews!! I'm so done "
              "with Front Range. drinks saturday? you can tell me about your interviews and I'll "
              "cry into my margarita\n\nT"},
    {"k": "other", "s": "friend_de_absage", "l": "de",
         "frm": "Katrin Delgado <katrin.delgado@example.de>",
         "subj": "Neuigkeiten aus Hamburg", "d": "2026-06-07T22:10:00+02:00",
         "body": "Hallo Marcus,\n\nwie geht's dir in Denver? Bei mir gibt's leider schlechte "
              "Nachrichten: Ich habe vom UKE eine Absage bekommen, nach zwei "
              "Vorstellungsgesprächen! Die haben jemanden intern genommen. Naja, ich bewerbe mich "
              "weiter.\n\nWie läuft deine Jobsuche? Hattest du das Gespräch mit der Klinik in "
              "München schon?\n\nUmarmung\nKatrin\n"},
    {"k": "other", "s": "scrubs_order_delayed", "l": "en",
         "frm": "Figtree Scrubs <orders@figtreescrubs.example.com>",
         "subj": "Unfortunately, your order is delayed", "d": "2026-03-04T12:00:00-07:00", "ct": "",
         "html": "<p>Hi Marcus,</p><p>Unfortunately, your order <b>#FT-448210</b> (2x Catarina "
              "One-Pocket Scrub Top, Navy, M) is delayed due to high demand. We now expect it to "
              "ship by March 12.</p><p>We're sorry for the wait. If you'd like to cancel, reply to "
              "this email.</p>"},
    {"k": "other", "s": "find_my_car_position", "l": "en",
         "frm": "MyCar Connect <no-reply@mycarconnect.example.com>",
         "subj": "Your vehicle's position has been updated", "d": "2026-07-11T23:02:00-06:00",
         "body": "Vehicle: 2019 Subaru Outback\nLast known position: 39.7392 N, 104.9903 W (near "
              "E Colfax Ave, Denver)\nUpdated: 11:02 PM MDT\n\nIf you did not move your vehicle, "
              "contact roadside support.\n"},
    {"k": "other", "s": "credit_card_application", "l": "en",
         "frm": "Aspen Peak Bank <no-reply@aspenpeakbank.example.com>",
         "subj": "We've received your credit card application", "d": "2026-01-09T18:30:00-07:00",
         "body": "Dear Marcus Delgado-Whitfield,\n\nThank you for applying for the Aspen Peak "
              "Cash Rewards Visa. We have received your application and are reviewing it. Most "
              "decisions are made within 7-10 business days. Unfortunately we cannot provide a "
              "decision over the phone.\n\nApplication reference: APB-0092-77133\n\nAspen Peak "
              "Bank, Member FDIC\n"},
    {"k": "other", "s": "auto_loan_decision", "l": "en",
         "frm": "Summit Credit Union <loans@summitcu.example.org>", "ct": "",
         "subj": "Update on your auto loan application", "d": "2026-08-14T10:20:00-06:00",
         "body": "Hi Marcus,\n\nThank you for your auto loan application. Unfortunately, we are "
              "unable to approve the requested amount at this time based on your debt-to-income "
              "ratio. You may be eligible for a lower amount or a co-signer option.\n\nA letter "
              "explaining the decision will follow by mail.\n\nSummit Credit Union Lending\n"},
    {"k": "other", "s": "apartment_application_denied", "l": "en",
         "frm": "Larkspur Flats Leasing <leasing@larkspurflats.example.com>", "ct": "",
         "subj": "Your rental application", "d": "2026-02-14T16:12:00-07:00",
         "body": "Hi Marcus,\n\nThank you for applying for unit 3B at Larkspur Flats. We regret to "
              "inform you that we will not be moving forward with your application, as another "
              "applicant was approved first. Your $50 holding deposit will be refunded within 7 "
              "business days.\n\nLarkspur Flats Leasing Office\n(303) 555-0107\n"},
    {"k": "other", "s": "msn_admission_decision", "l": "en",
         "frm": "Office of Graduate Admissions <gradadmissions@foothillsstate.example.edu>", "ct": "",
         "subj": "Your admission decision - MSN, Nursing Informatics", "d": "2026-03-20T17:00:00-06:00",
         "body": "Dear Marcus,\n\nThank you for applying to the Master of Science in Nursing, "
              "Nursing Informatics specialty, for Fall 2026. After careful review, the admissions "
              "committee is unable to offer you admission at this time. This year we received "
              "more than 400 applications for 45 seats.\n\nYou are welcome to reapply for Spring "
              "2027.\n\nOffice of Graduate Admissions\nFoothills State University\n"},
    {"k": "other", "s": "university_accept_certificate", "l": "en",
         "frm": "Admissions - Peak Online College <admissions@peakonline.example.edu>", "ct": "",
         "subj": "Congratulations! You're admitted", "d": "2026-05-02T12:00:00-06:00",
         "html": "<h1>Congratulations, Marcus!</h1><p>We are pleased to offer you admission to the "
              "<b>Graduate Certificate in Health Informatics</b>, starting August 24. Please "
              "accept your offer of admission by June 1.</p>"},
    # ------------------------------------------------------------------ the candidate's own mail
    {"k": "other", "s": "own_sent_followup", "l": "en",
         "frm": ME, "to": "Trevor Kim <trevor.kim@lakeshorepres.example.org>",
         "subj": "Clinical Applications Analyst - following up", "d": "2026-04-29T09:15:00-06:00",
         "body": "Hi Trevor,\n\nI hope you're doing well. I wanted to follow up on the Clinical "
              "Applications Analyst role after my interview with Ruth on the 20th. I'm still very "
              "interested and happy to provide anything else you need.\n\nBest regards,\nMarcus "
              "Delgado-Whitfield, BSN, RN\n(720) 555-0166\n"},
    {"k": "other", "s": "own_sent_thanks_es", "l": "es", "re": True,
         "frm": ME, "to": "Lucía Martín Gómez <lmartin@hsanrafaelnorte.example.es>",
         "subj": "Re: Convocatoria a entrevista - Enfermero/a Formador/a", "d": "2026-04-22T15:40:00-06:00",
         "body": "Estimada Lucía:\n\nMuchas gracias por la invitación. Confirmo mi asistencia a la "
              "entrevista del jueves 30 de abril a las 17:00.\n\nUn cordial saludo,\nMarcus"
              + spanish("mié, 22 abr 2026 a las 13:10", "Lucía Martín Gómez <lmartin@hsanrafaelnorte.example.es>",
                        "Le convocamos a una entrevista por Microsoft Teams el próximo jueves\n"
                        "30 de abril a las 17:00 (hora peninsular).")},
    {"k": "other", "s": "own_sent_withdrawal", "l": "en",
         "frm": ME, "to": "Kelsey Ruiz <kruiz@oakmereins.example.com>",
         "subj": "Withdrawing my application", "d": "2026-09-25T08:00:00-06:00",
         "body": "Hi Kelsey,\n\nI've accepted another position, so please withdraw my application "
              "for the Clinical Appeals Nurse role. Thank you for your help throughout.\n\nMarcus"},
    # ------------------------------------------------------------------ calendars, life admin
    {"k": "other", "s": "standup_calendar", "l": "en",
         "frm": "Google Calendar <calendar-notification@google.example.com>",
         "subj": "Notification: Epic superuser standup @ Mon Mar 2, 2026 7am - 7:15am (MST)",
         "d": "2026-03-02T06:50:00-07:00",
         "body": "Epic superuser standup\nMon Mar 2, 2026 7am - 7:15am Mountain Time\nWhere: 5 West "
              "huddle board\nCalendar: marcus.dw@example.com\n\nYou are receiving this email at "
              "the account marcus.dw@example.com because you are subscribed for notifications on "
              "calendar marcus.dw@example.com.\n"},
    {"k": "other", "s": "unit_meeting_invite", "l": "en",
         "frm": "Ana Lucero <ana.lucero@stmarkshospital.example.org>",
         "subj": "Invitation: 5 West staff meeting - workflow changes", "d": "2026-01-12T13:00:00-07:00",
         "body": "Hi all, please join the monthly staff meeting. We'll review the new BCMA "
              "workflow and the holiday schedule. Pizza provided.\n\nAna Lucero, MSN, RN\nNurse "
              "Manager, 5 West\n",
         "ics": ics("5w-staff-0115@stmarkshospital.example.org", "5 West staff meeting",
                 "20260115T143000Z", "20260115T153000Z", "ana.lucero@stmarkshospital.example.org",
                 "Conf Rm B")},
    {"k": "other", "s": "dentist_rescheduled", "l": "en",
         "frm": "Cherry Creek Family Dental <reminders@cherrycreekdental.example.com>", "ct": "",
         "subj": "Your appointment has been rescheduled", "d": "2026-05-18T09:00:00-06:00",
         "body": "Hi Marcus,\n\nYour cleaning with Dr. Patel has been rescheduled from Tue May 19 at "
              "8:00 AM to Thu May 21 at 8:00 AM because the doctor is unavailable. Reply C to "
              "confirm or call 303-555-0199.\n\nCherry Creek Family Dental\n"},
    {"k": "other", "s": "irs_notice", "l": "en",
         "frm": "IRS Online Account <irs-notification@irs.example.gov>",
         "subj": "You have a new notice in your IRS Online Account", "d": "2026-04-28T10:00:00-04:00",
         "body": "A new notice is available in your IRS Online Account. For your security we don't "
              "include details in email. Sign in at irs.example.gov to view it.\n\nThis mailbox is "
              "not monitored.\n"},
    {"k": "other", "s": "dmv_renewal", "l": "en",
         "frm": "Colorado DMV <noreply@mydmv.colorado.example.gov>",
         "subj": "Vehicle registration renewal reminder", "d": "2026-06-01T07:00:00-06:00",
         "body": "Your registration for plate ABC-1234 expires 06/30/2026. Renew online in minutes "
              "at myDMV. Late fees apply after the 30-day grace period.\n"},
    {"k": "other", "s": "hoa_meeting", "l": "en",
         "frm": "Stapleton Commons HOA <board@stapletoncommonshoa.example.org>", "ct": "",
         "subj": "Annual meeting + pool opening", "d": "2026-05-05T19:00:00-06:00",
         "hdr": listed("<residents.stapletoncommonshoa.example.org>"),
         "body": "Neighbors,\n\nThe annual meeting is May 20 at 7pm in the clubhouse. We'll vote "
              "on two board positions - candidates' statements are attached on the portal. The "
              "pool opens Memorial Day weekend.\n\nThe Board\n"},
    {"k": "other", "s": "usps_informed_delivery", "l": "en",
         "frm": "USPS Informed Delivery <USPSInformeddelivery@email.informeddelivery.example.com>", "ct": "",
         "subj": "Your Daily Digest for Thu, 2/12 has 3 mailpieces", "d": "2026-02-12T07:30:00-07:00",
         "html": "<p>Coming to your mailbox soon: 3 mailpieces.</p><p>[image: mailpiece from "
              "COLORADO BOARD OF NURSING]</p><p>[image: mailpiece from ASPEN PEAK BANK]</p>"},
    {"k": "other", "s": "ups_delayed", "l": "en",
         "frm": "UPS <mcinfo@ups.example.com>",
         "subj": "UPS Update: Package Scheduled for Delivery Tomorrow - delay", "d": "2026-03-10T17:15:00-06:00",
         "ct": "",
         "body": "Unfortunately, your package is delayed. A weather event has caused a delay. "
              "Tracking Number: 1Z999AA10123456784\nNew Estimated Delivery: Wednesday, 03/11/2026 "
              "by end of day\n"},
    {"k": "other", "s": "fedex_delivered", "l": "en",
         "frm": "FedEx <TrackingUpdates@fedex.example.com>", "ct": "",
         "subj": "Your package has been delivered", "d": "2026-07-23T14:02:00-06:00",
         "body": "Delivered: Thu 7/23/2026 at 1:58 PM\nLeft at front door. Signature not required.\n"
              "Shipper: Colorado Board of Nursing\n"},
    {"k": "other", "s": "rtd_service_alert", "l": "en",
         "frm": "RTD Service Alerts <alerts@rtd-denver.example.com>",
         "subj": "R Line: trains delayed up to 20 minutes", "d": "2026-01-21T06:55:00-07:00",
         "body": "R Line trains are delayed up to 20 minutes in both directions due to a disabled "
              "train near Iliff Station. We apologize for the inconvenience.\n"},
    {"k": "other", "s": "southwest_flight_change", "l": "en",
         "frm": "Southwest Airlines <southwestairlines@ifly.southwest.example.com>", "ct": "",
         "subj": "Your flight has been rescheduled: DEN to SLC", "d": "2026-05-10T05:30:00-06:00",
         "body": "Hi Marcus,\n\nYour flight 2231 from Denver (DEN) to Salt Lake City (SLC) on "
              "May 14 has been rescheduled. New departure: 11:45 AM (previously 9:10 AM). "
              "Confirmation #: QX7T2B.\n\nIf the new time doesn't work, you can change your "
              "flight at no additional cost.\n"},
    {"k": "other", "s": "xcel_bill", "l": "en",
         "frm": "Xcel Energy <xcelenergy@billing.xcelenergy.example.com>",
         "subj": "Your Xcel Energy bill is ready", "d": "2026-02-06T08:00:00-07:00", "ct": "",
         "body": "Your bill of $142.18 is ready. Due date: 02/27/2026. Pay online or set up "
              "AutoPay.\n"},
    {"k": "other", "s": "comcast_outage", "l": "en",
         "frm": "Xfinity <online.communications@alerts.comcast.example.net>", "ct": "",
         "subj": "Service interruption in your area", "d": "2026-08-30T13:40:00-06:00",
         "body": "We're aware of an outage affecting Internet service in your area. Our technicians "
              "are working to restore service. Estimated time: 4:00 PM.\n"},
    {"k": "other", "s": "gym_class_cancelled", "l": "en",
         "frm": "Mile High Fitness <frontdesk@milehighfitness.example.com>", "ct": "",
         "subj": "Class cancelled: Tues 6am Spin", "d": "2026-03-16T20:00:00-06:00",
         "body": "Hi Marcus, your Tuesday 6:00 AM Spin class with Coach Rae has been cancelled due to "
              "instructor illness. You have not been charged. See you on the bike soon!\n"},
    {"k": "other", "s": "spanish_class_es", "l": "es",
         "frm": "Academia Sol de Denver <clases@academiasol.example.com>", "ct": "",
         "subj": "Cambio de horario: clase de conversación B2", "d": "2026-02-09T17:30:00-07:00",
         "fmt": "latin1-8bit",
         "body": "Hola Marcus:\n\nTe avisamos que la clase de conversación B2 del jueves se cambia "
              "al viernes a las 18:30 porque la profesora Inés tiene un compromiso. El tema será "
              "\"La entrevista de trabajo\", ¡trae tus preguntas!\n\nAcademia Sol\n"},
    {"k": "other", "s": "alliance_francaise_fr", "l": "fr",
         "frm": "Alliance Française de Denver <info@afdenver.example.org>", "ct": "",
         "subj": "Votre atelier de samedi", "d": "2026-09-10T11:00:00-06:00",
         "hdr": listed("<membres.afdenver.example.org>"),
         "body": "Bonjour Marcus,\n\nNous vous rappelons l'atelier « Parler de son métier en "
              "français » ce samedi à 10 h. Au programme : se présenter lors d'un entretien, "
              "vocabulaire de la santé et jeux de rôle.\n\nÀ samedi !\nL'équipe de l'Alliance\n"},
    {"k": "other", "s": "netflix", "l": "en",
         "frm": "Netflix <info@mailer.netflix.example.com>",
         "subj": "New on Netflix: the medical drama everyone's talking about",
         "d": "2026-03-27T15:00:00-06:00", "hdr": UNSUB,
         "html": "<h2>Just added</h2><p><b>Night Shift: Season 2</b> &mdash; a nurse's interview "
              "goes wrong. Watch now.</p>"},
    {"k": "other", "s": "spotify_wrapped_ish", "l": "en",
         "frm": "Spotify <no-reply@spotify.example.com>",
         "subj": "Your week in music", "d": "2026-06-05T09:00:00-06:00", "hdr": UNSUB,
         "html": "<p>You listened to 14 hours of music this week. Top podcast: <b>Scrubs &amp; "
              "Screens</b> &ndash; 'How I aced my informatics interview'.</p>"},
    {"k": "other", "s": "reference_request_colleague", "l": "en",
         "frm": "Jordan Pike <jordan.pike@example.org>",
         "subj": "could I use you as a reference?", "d": "2026-07-16T20:22:00-06:00",
         "body": "Hey Marcus! I have a final interview Monday for a charge nurse job at Aurora "
              "Community Clinics and they want 3 references. Could I list you? They'd probably "
              "just call. Totally ok if not!\n\nJordan"
              + gmail("Mon, Jul 13, 2026 at 7:00 PM", ME, "Congrats on the interview!! Keep me posted.")},
]
