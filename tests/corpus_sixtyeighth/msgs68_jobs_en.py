"""English job mail for the sixty-eighth corpus (rejections, invitations, reschedules, no-shows,
acknowledgements, offers). Plain data; the generator turns each dict into a message.
"""

from __future__ import annotations

from msgs68_util import ME, gmail, ics, outlook

DISCLAIMER = (
    "CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the\n"
    "intended recipient(s) and may contain confidential and privileged information protected by\n"
    "law, including HIPAA. Any unauthorized review, use, disclosure or distribution is prohibited.\n"
    "If you are not the intended recipient, please contact the sender by reply e-mail and destroy\n"
    "all copies of the original message."
)

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ rejections
    {"k": "rejection", "s": "workday_soft", "l": "en", "co": "Front Range Health",
         "frm": "Front Range Health <frontrangehealth@myworkday.com>", "ct": "",
         "subj": "Your application for Clinical Informatics Specialist (R-20418)",
         "d": "2026-02-11T16:03:00-07:00",
         "body": "Dear Marcus,\n\nThank you for your interest in the Clinical Informatics Specialist "
              "position (R-20418) at Front Range Health. After careful review, we have decided to "
              "pursue other candidates whose background more closely aligns with the needs of the "
              "role at this time.\n\nWe encourage you to visit our careers site and apply for future "
              "openings that match your skills and interests.\n\nSincerely,\nTalent Acquisition\n"
              "Front Range Health\n\n*** This is a system generated message. Please do not reply. ***\n"},
    {"k": "rejection", "s": "manager_mobile_terse", "l": "en", "co": "Chartwise",
         "frm": "Dana Okafor <dana@chartwise.example.com>",
         "subj": "Re: CS role", "re": True, "d": "2026-03-02T19:41:00-07:00",
         "body": "Hey Marcus - thanks for your time last week but we're not going to move forward. "
              "Went w someone w more SaaS onboarding exp. Good luck!!\n\nSent from my iPhone"
              + gmail("Mon, Feb 23, 2026 at 8:12 AM", ME,
                      "Hi Dana,\nJust checking in on next steps for the Customer Success Manager role.\n"
                      "Thanks,\nMarcus")},
    {"k": "rejection", "s": "greenhouse_after_panel", "l": "en", "co": "VitalBridge Telehealth",
         "frm": "VitalBridge Telehealth <no-reply@us.greenhouse-mail.io>",
         "rt": "Priya Raman <priya.raman@vitalbridge.example.com>",
         "subj": "Following up", "d": "2026-04-17T11:20:00-06:00", "fmt": "qp",
         "body": "Hi Marcus,\n\nI wanted to personally reach out after your panel conversations with "
              "our clinical ops team on Tuesday. Everyone enjoyed meeting you, and your stories "
              "about leading the Epic go-live on 5 West really stood out.\n\nThat said, after a lot "
              "of deliberation the team has decided to move forward with another candidate whose "
              "experience with asynchronous telehealth workflows is a closer fit for where we are "
              "right now. I know this isn't the news you were hoping for.\n\nIf you're open to it, "
              "I'd love to keep in touch as we grow the nursing informatics team later this year.\n\n"
              "Warmly,\nPriya Raman\nSenior Recruiter | VitalBridge Telehealth\n"},
    {"k": "rejection", "s": "position_filled_internal", "l": "en", "co": "Peakline Health Plan",
         "frm": "Gloria Steadman <gsteadman@peaklinehealth.example.org>",
         "subj": "Utilization Review Nurse - Aurora", "d": "2026-01-28T09:05:00-07:00",
         "body": "Good morning Marcus,\n\nThank you for applying to the Utilization Review Nurse "
              "(RN) opening in our Aurora office. I wanted to let you know the position has been "
              "filled by an internal candidate, so we are closing the requisition.\n\nYour "
              "application will stay in our system for 6 months.\n\nRegards,\n\nGloria Steadman, "
              "BSN, RN\nManager, Utilization Management\nPeakline Health Plan\nP: 303-555-0148\n\n"
              + DISCLAIMER + "\n"},
    {"k": "rejection", "s": "role_on_hold", "l": "en", "co": "Lakeshore Presbyterian Hospital",
         "frm": "Trevor Kim <trevor.kim@lakeshorepres.example.org>",
         "subj": "Update", "d": "2026-05-06T14:30:00-05:00",
         "body": "Hi Marcus,\n\nI'm sorry for the delay in getting back to you. Our nursing "
              "informatics budget for FY27 was frozen last week and the Clinical Applications "
              "Analyst role has been put on hold indefinitely. Unfortunately that means we will not "
              "be proceeding with your candidacy or scheduling the final round.\n\nI really "
              "appreciate the time you put into the conversations with Ruth and the team.\n\n"
              "Best,\nTrevor\n\nTrevor Kim | Talent Partner, Nursing & Clinical Support\n"
              "Lakeshore Presbyterian Hospital | Chicago, IL\n"},
    {"k": "rejection", "s": "after_takehome", "l": "en", "co": "Northstar Clinical Systems",
         "frm": "Leah Brandt <leah.brandt@northstarclinical.example.com>",
         "subj": "Re: Epic build exercise", "re": True, "d": "2026-03-19T10:12:00-06:00",
         "body": "Marcus,\n\nThanks for turning the build exercise around so quickly. The team "
              "reviewed it this morning. Your order set logic was solid but we were looking for "
              "deeper experience with Willow and Beacon, and we've decided not to move you forward "
              "to the consultant interviews.\n\nAppreciate the effort you put in.\n\nLeah\n\n-- \n"
              "Leah Brandt\nPractice Lead, Epic Clinical\nNorthstar Clinical Systems\n"
              "m. 720.555.0192\n[Northstar Clinical Systems logo]\n"
              + gmail("Sat, Mar 14, 2026 at 3:55 PM", ME,
                      "Hi Leah,\nAttached is my completed exercise. Let me know if you'd like me to\n"
                      "walk the team through it.\nBest,\nMarcus")},
    {"k": "rejection", "s": "agency_relayed", "l": "en", "co": "Sangre Health Partners",
         "frm": "Jess Maloney <jess@bluepointclinical.example.com>",
         "subj": "Re: Sangre - Nurse Educator", "re": True, "d": "2026-06-09T17:48:00-06:00",
         "body": "Hi Marcus!\n\nJust got feedback from Sangre Health Partners on the Nurse Educator "
              "role :( They've decided to go with a candidate who already has her MSN-Ed, so "
              "they won't be moving forward with you on this one. Honestly their loss!!\n\n"
              "I've got two other educator roles in Colorado Springs I think could be great, "
              "can I call you tomorrow?\n\nJess Maloney\nSenior Account Manager\nBluepoint Clinical "
              "Partners\nc: 719-555-0163\n"},
    {"k": "rejection", "s": "icims_short", "l": "en", "co": "Meridian Crest Health",
         "frm": "Meridian Crest Health Careers <careers-noreply@meridiancrest.example.com>",
         "subj": "Thank you for your interest in Meridian Crest Health",
         "d": "2026-02-27T03:14:00-07:00",
         "html": "<html><body style=\"font-family:Arial;font-size:13px\"><p>Marcus,</p><p>Thank you "
              "for your time and interest in the <b>Nurse Informaticist II</b> position in Phoenix, "
              "AZ. Unfortunately, we will not be moving forward with your application.</p><p>We wish "
              "you the best in your job search.</p><p>Meridian Crest Health Talent Acquisition</p>"
              "<img src=\"https://meridiancrest.icims.com/track/open.gif?id=88213\" width=\"1\" "
              "height=\"1\" alt=\"\"></body></html>"},
    {"k": "rejection", "s": "one_liner", "l": "en", "co": "Cascadia Virtual Care",
         "frm": "Owen Lindqvist <owen@cascadiavirtual.example.com>",
         "subj": "Re: your application", "re": True, "d": "2026-04-02T08:02:00-07:00",
         "body": "Thanks for your time, but we won't be moving forward.\n\nOwen\n"},
    {"k": "rejection", "s": "lever_template", "l": "en", "co": "Tessellate Health",
         "frm": "Tessellate Health <no-reply@hire.lever.co>",
         "subj": "Tessellate Health | Implementation Specialist (Clinical)",
         "d": "2026-05-21T12:00:00-04:00", "fmt": "b64",
         "body": "Hi Marcus,\n\nThanks so much for taking the time to apply for the Implementation "
              "Specialist (Clinical) role at Tessellate Health. We received a lot of strong "
              "applications, and after reviewing yours carefully we've decided not to move forward "
              "at this time.\n\nWe know job searching is hard and we truly appreciate your interest "
              "in helping clinics get the most out of their tools.\n\nAll the best,\nThe Tessellate "
              "Health Recruiting Team\n"},
    {"k": "rejection", "s": "university_after_interview", "l": "en", "co": "Foothills State University",
         "frm": "Dr. Carmen Ybarra <carmen.ybarra@foothillsstate.example.edu>",
         "subj": "Clinical Instructor search - outcome", "d": "2026-05-15T15:22:00-06:00",
         "body": "Dear Mr. Delgado-Whitfield,\n\nOn behalf of the search committee for the Clinical "
              "Instructor, Medical-Surgical Nursing position, thank you for visiting campus and "
              "for your teaching demonstration on sepsis recognition.\n\nThe committee has now "
              "concluded its deliberations, and I regret to inform you that we have offered the "
              "position to another candidate, who has accepted.\n\nWe were impressed by your "
              "clinical depth and hope you will consider future openings in the Loretto Heights "
              "School of Nursing.\n\nRespectfully,\n\nCarmen Ybarra, PhD, RN, CNE\nChair, Search "
              "Committee\nFoothills State University | School of Nursing\n"},
    {"k": "rejection", "s": "british_shant_progress", "l": "en", "co": "Wexbridge NHS Foundation Trust",
         "frm": "Wexbridge NHS Foundation Trust <recruitment@wexbridge.nhs.example.uk>",
         "subj": "Application outcome - Digital Clinical Safety Nurse (Band 7)",
         "d": "2026-06-23T10:45:00+01:00", "fmt": "qp",
         "body": "Dear Marcus\n\nRe: Digital Clinical Safety Nurse, Band 7, Ref 214-DIG-0662\n\n"
              "Thank you for your application for the above post. Following shortlisting we "
              "regret to inform you that on this occasion you have not been shortlisted for "
              "interview, and we shan't be progressing your application further.\n\nDue to the "
              "number of applications received we are unable to provide individual feedback.\n\n"
              "We wish you every success in the future.\n\nKind regards\n\nRecruitment Team\n"
              "Wexbridge NHS Foundation Trust\n"},
    {"k": "rejection", "s": "indian_english_regret", "l": "en", "co": "Sanjeevani HealthTech",
         "frm": "Ananya Iyer <ananya.iyer@sanjeevani.example.in>",
         "subj": "Regarding your candidature - EHR Analyst (Remote, US shift)",
         "d": "2026-07-08T21:10:00+05:30",
         "body": "Dear Marcus,\n\nGreetings from Sanjeevani HealthTech!\n\nWe thank you for your "
              "interest and for appearing for the technical round with our Cerner practice team. "
              "We regret to inform you that your profile has not been shortlisted for the next "
              "round as the client requirement is now for a candidate with PowerChart Maternity "
              "build experience.\n\nWe will keep your CV in our database and do revert in case of "
              "a suitable opening.\n\nThanks & Regards,\nAnanya Iyer\nTalent Acquisition - US "
              "Healthcare Practice\nSanjeevani HealthTech Pvt. Ltd.\n+91 80 5555 0187\n"},
    {"k": "rejection", "s": "filipino_owned", "l": "en", "co": "Bayanihan Health Solutions",
         "frm": "Ma. Cristina Dela Cruz <cristina.delacruz@bayanihanhealth.example.ph>",
         "subj": "Clinical Documentation Trainer - application status",
         "d": "2026-03-31T09:30:00+08:00",
         "body": "Hello Marcus,\n\nGood day! Thank you for taking the time to interview with us last "
              "Friday for the Clinical Documentation Trainer post for our US accounts.\n\n"
              "After careful consideration, we regret to inform you that we will not be able to "
              "proceed with your application as we are prioritizing candidates who can work "
              "onsite in our Makati hub.\n\nWe appreciate your interest and we wish you all the "
              "best.\n\nRespectfully yours,\n\nMa. Cristina Dela Cruz\nHR Business Partner\n"
              "Bayanihan Health Solutions, Inc.\n"},
    {"k": "rejection", "s": "state_health_dept", "l": "en", "co": "Colorado Department of Public Health",
         "frm": "CDPH Human Resources <hr.selection@cdph.example.gov>",
         "subj": "Exam results notification - Public Health Nurse Consultant", "ct": "hr.selection@cdph.example.gov",
         "d": "2026-04-10T13:00:00-06:00", "fmt": "cp1252",
         "body": "Dear Applicant:\n\nThank you for your interest in the Public Health Nurse "
              "Consultant position (announcement PHNC-26-041). Your application was evaluated "
              "against the minimum qualifications and the comparative analysis process.\n\n"
              "Based on your score, you were not placed on the eligible list and will not be "
              "referred to the hiring manager for further consideration.\n\nYou have the right to "
              "request a review of this decision within ten (10) calendar days. Direct questions "
              "to the HR Selection Unit at hr.selection@cdph.example.gov.\n\n"
              "Colorado Department of Public Health \u2013 Human Resources\n"},
    {"k": "rejection", "s": "smartrecruiters_cancelled_req", "l": "en", "co": "Halvorsen Therapeutics",
         "frm": "Halvorsen Therapeutics <notifications@smartrecruiters.com>",
         "subj": "An update on the Medical Science Liaison - Mountain West position",
         "d": "2026-08-04T11:11:00-04:00",
         "html": "<table width=\"600\" style=\"border:1px solid #ddd\"><tr><td style=\"padding:20px\">"
              "<img alt=\"Halvorsen Therapeutics\" src=\"https://example.com/logo.png\"><p>Dear "
              "Marcus,</p><p>We are writing to let you know that the <b>Clinical Nurse Educator, "
              "Field (Mountain West)</b> position has been cancelled due to a change in our "
              "commercial plans. As a result, we are no longer able to consider your application "
              "for this role.</p><p>We appreciate your interest in Halvorsen and encourage you to "
              "explore other openings.</p><p>Kind regards,<br>Halvorsen Therapeutics Talent Team"
              "</p></td></tr><tr><td style=\"font-size:10px;color:#888\">Powered by SmartRecruiters"
              " | <a href=\"https://jobs.smartrecruiters.com/unsub?x=1\">Unsubscribe</a></td></tr>"
              "</table>"},
    {"k": "rejection", "s": "recruiter_after_skills_test", "l": "en", "co": "Oakmere Insurance",
         "frm": "Kelsey Ruiz <kruiz@oakmereins.example.com>",
         "subj": "Clinical Appeals Nurse", "d": "2026-09-02T16:40:00-05:00",
         "body": "Hi Marcus,\n\nThank you for completing the InterQual skills assessment. "
              "Unfortunately your score didn't meet the threshold for this role, so we won't be "
              "able to move you to the interview stage. You're welcome to reapply in 6 months.\n\n"
              "Kelsey Ruiz\nRecruiter, Clinical Operations | Oakmere Insurance\n(214) 555-0139\n"},
    {"k": "rejection", "s": "outlook_chain_after_hirevue", "l": "en", "co": "Great Plains Health System",
         "frm": "Hannah Voss <hannah.voss@greatplainshealth.example.org>",
         "subj": "RE: Nurse Informatics Analyst - next steps?", "re": True, "d": "2026-07-29T08:55:00-05:00",
         "body": "Hello Marcus,\n\nThank you for following up. The hiring team reviewed all of the "
              "HireVue recordings last week. While your responses were strong, we have chosen to "
              "move forward with candidates who have more experience with Epic ClinDoc build.\n\n"
              "I wish you the very best in your search.\n\nHannah Voss\nTalent Acquisition "
              "Specialist\nGreat Plains Health System | Minneapolis, MN\n"
              + outlook(ME, "Monday, July 27, 2026 9:02 AM",
                        "Hannah Voss <hannah.voss@greatplainshealth.example.org>",
                        "Nurse Informatics Analyst - next steps?",
                        "Hi Hannah,\n\nI completed the HireVue video interview on the 17th and wanted\n"
                        "to check on the timeline for next steps.\n\nThank you,\nMarcus Delgado-Whitfield")},
    {"k": "rejection", "s": "ethiopian_owned", "l": "en", "co": "Abay Home Health",
         "frm": "Selam Tesfaye <selam@abayhomehealth.example.com>",
         "subj": "RN Case Manager", "d": "2026-02-03T12:15:00-07:00",
         "body": "Dear Marcus,\n\nThank you for coming in to meet with me and Dawit on Thursday. "
              "We have decided to offer the RN Case Manager job to a nurse who speaks Amharic, "
              "since most of our Aurora clients prefer it. I am sorry we cannot offer you the "
              "position this time.\n\nGod bless,\nSelam Tesfaye, RN\nDirector of Nursing\nAbay Home "
              "Health LLC\n303-555-0121\n"},
    {"k": "rejection", "s": "jobvite_html_table", "l": "en", "co": "Juniper Ridge Behavioral Health",
         "frm": "Juniper Ridge Behavioral Health <jobs-noreply@jobvite.com>",
         "subj": "Your Juniper Ridge application", "d": "2026-06-30T07:00:00-06:00",
         "body": "Marcus,\n\nThank you for applying for the Nurse Educator - Behavioral Health role. "
              "We have reviewed your qualifications and determined that they do not match our "
              "current requirements. We will not be moving forward with your application.\n\n"
              "Juniper Ridge Behavioral Health\n",
         "html": "<table style=\"width:100%\"><tr><td style=\"background:#2b4c3f;color:#fff;padding:12px\">"
              "Juniper Ridge Behavioral Health</td></tr><tr><td style=\"padding:16px\">Marcus,<br><br>"
              "Thank you for applying for the Nurse Educator - Behavioral Health role. We have "
              "reviewed your qualifications and determined that they do not match our current "
              "requirements. We will not be moving forward with your application.<br><br>Juniper "
              "Ridge Behavioral Health</td></tr></table>"},
    {"k": "rejection", "s": "australian_unsuccessful", "l": "en", "co": "Southern Cross Clinical Informatics",
         "frm": "Mel Harrington <mel.h@southerncrossci.example.com.au>",
         "subj": "Re: Remote CI Consultant", "re": True, "d": "2026-09-17T09:02:00+10:00",
         "body": "Hi Marcus,\n\nThanks heaps for chatting with Bec and me on Tuesday. Unfortunately "
              "you've been unsuccessful this time round - we've gone with someone in the AEST "
              "timezone as the overlap with our hospital clients ended up being a dealbreaker.\n\n"
              "Cheers and all the best,\nMel\n\nMel Harrington | Head of People\nSouthern Cross "
              "Clinical Informatics Pty Ltd\n"},
    {"k": "rejection", "s": "travel_nurse_agency_bluntish", "l": "en", "co": "Rocky Mountain Children's Hospital",
         "frm": "Tyler Brooks <tyler@summitandsage.example.com>",
         "subj": "RMCH informatics contract", "d": "2026-08-19T13:27:00-06:00",
         "body": "Marcus - heard back from Rocky Mountain Children's. They're passing on your profile "
              "for the 13 wk informatics contract, they want someone w/ pediatric Epic Stork. "
              "Sorry man. Will keep looking.\n\nTB\nSummit & Sage\n"},
    # ------------------------------------------------------------------ interview invitations
    {"k": "interview_invitation", "s": "calendly_phone_screen", "l": "en", "co": "Chartwise",
         "frm": "Dana Okafor <dana@chartwise.example.com>",
         "subj": "Quick question", "d": "2026-02-16T10:15:00-07:00",
         "body": "Hi Marcus,\n\nSaw your application for the Customer Success Manager (Clinical) "
              "role - love that you've been a superuser for two Epic upgrades. Would you be free "
              "for a quick 20 min chat this week? Grab whatever works here: "
              "https://calendly.com/dana-chartwise/20min\n\nDana\nHead of CS, Chartwise\n"},
    {"k": "interview_invitation", "s": "greenhouse_self_schedule", "l": "en", "co": "VitalBridge Telehealth",
         "frm": "Priya Raman <no-reply@us.greenhouse-mail.io>",
         "rt": "Priya Raman <priya.raman@vitalbridge.example.com>",
         "subj": "Next steps with VitalBridge Telehealth - Clinical Operations Manager",
         "d": "2026-04-01T09:44:00-06:00",
         "html": "<div style=\"font-family:Helvetica\"><p>Hi Marcus,</p><p>Thanks for speaking with "
              "me on Monday! We'd love to move you to the next stage: a 3-part virtual panel with "
              "our VP of Clinical Operations, a nurse lead, and someone from product.</p><p>Please "
              "use the link below to choose times that work for you:</p><p><a href=\"https://app."
              "greenhouse.io/scheduling/review?token=Zk29a\" style=\"background:#0b7;color:#fff;"
              "padding:8px 14px\">Select interview times</a></p><p>Best,<br>Priya</p></div>"},
    {"k": "interview_invitation", "s": "ics_teams_panel_cno", "l": "en", "co": "Columbine Valley Medical Center",
         "frm": "Rhonda Price <rhonda.price@columbinevalley.example.org>",
         "subj": "Panel Interview - Nursing Informatics Coordinator", "d": "2026-03-09T15:00:00-06:00",
         "body": "Marcus,\n\nAs discussed, please find the invitation for your panel interview with "
              "our CNO, Dr. Elaine Fitch, and the nursing informatics council on Thursday, March 12 "
              "at 1:00 PM Mountain. The meeting will be held on Microsoft Teams.\n\nPlease accept "
              "the calendar invite. Let me know if you need any accommodations.\n\nRhonda Price\n"
              "HR Coordinator | Columbine Valley Medical Center\n",
         "ics": ics("cvmc-panel-0312@columbinevalley.example.org",
                 "Panel Interview - M. Delgado-Whitfield - Nursing Informatics Coordinator",
                 "20260312T200000Z", "20260312T211500Z", "rhonda.price@columbinevalley.example.org",
                 "Microsoft Teams Meeting")},
    {"k": "interview_invitation", "s": "agency_exclaim", "l": "en", "co": "Wasatch Regional Medical Center",
         "frm": "Brittany Sorensen <brittany@trellisnurse.example.com>",
         "subj": "GREAT NEWS!!! Wasatch wants to talk", "d": "2026-05-12T08:31:00-06:00",
         "body": "Marcus!!!\n\nWasatch Regional LOVED your resume for the Clinical Informatics "
              "Educator role in SLC!! The manager, Kurt, wants a phone interview this Thursday or "
              "Friday. Can you send me 3 times that work?? Mornings are best for him.\n\n"
              "So excited for you!!\n\nBrittany Sorensen\nTrellis Nurse Network\n801-555-0177\n"
              "\"Nurses first, always\"\n"},
    {"k": "interview_invitation", "s": "goodtime_technical", "l": "en", "co": "Oncora Analytics",
         "frm": "Oncora Analytics Recruiting <scheduling@goodtime.example.io>",
         "rt": "Sam Whitaker <sam.whitaker@oncora.example.com>",
         "subj": "Schedule your technical interview with Oncora Analytics", "d": "2026-06-02T12:05:00-04:00",
         "body": "Hi Marcus,\n\nCongratulations on moving forward in the process for Clinical Data "
              "Analyst! Your next step is a 60-minute technical interview covering SQL, clinical "
              "quality measures (eCQMs) and a short case study.\n\nPlease pick a slot: "
              "https://goodtime.example.io/s/oncora/tech-60?c=MDW\n\nIf none of the times work, "
              "reply to this email and Sam will help.\n\nOncora Analytics Recruiting\n"},
    {"k": "interview_invitation", "s": "shadow_shift", "l": "en", "co": "St. Anselm Medical Center",
         "frm": "Beth Naylor <bnaylor@stanselm.example.org>",
         "subj": "Shadow shift?", "d": "2026-02-20T18:22:00-07:00",
         "body": "Hi Marcus,\n\nThanks for the great conversation today. Next step on our end would "
              "be a 4-hour shadow shift with our clinical educator on the cardiac step-down unit, "
              "so you can see how we run orientation. Are any of these open for you: Tue 2/24 "
              "0700-1100, Wed 2/25 0700-1100?\n\nBring your badge photo ID and wear scrubs.\n\n"
              "Beth Naylor MSN RN\nNurse Manager, 4 North\nSt. Anselm Medical Center\n"},
    {"k": "interview_invitation", "s": "hirevue_invite", "l": "en", "co": "Peakline Health Plan",
         "frm": "Peakline Health Plan <noreply@hirevue.example.com>",
         "subj": "Peakline Health Plan has invited you to a video interview",
         "d": "2026-03-03T07:30:00-07:00",
         "html": "<p>Hello Marcus Delgado-Whitfield,</p><p>Peakline Health Plan has invited you to "
              "complete an on-demand video interview for <b>Utilization Review Nurse II - "
              "Remote</b>.</p><p>You will be asked 6 questions and have up to 3 minutes to "
              "answer each one. Please complete your interview by <b>March 8, 2026</b>.</p><p>"
              "<a href=\"https://app.hirevue.example.com/interviews/abc123\">Start Interview</a>"
              "</p><p>Good luck!<br>Peakline Health Plan Recruiting</p>"},
    {"k": "interview_invitation", "s": "va_usajobs_interview", "l": "en", "co": "VA Eastern Colorado Health Care System",
         "frm": "Marisol Benitez <marisol.benitez@va.example.gov>",
         "subj": "Interview - Clinical Applications Coordinator (Nurse) VISN 19",
         "d": "2026-07-14T10:00:00-06:00", "fmt": "latin1",
         "body": "Good morning,\n\nYou have been referred and selected for an interview for the "
              "Clinical Applications Coordinator position (announcement CBSW-26-11873-MDW). "
              "Interviews will be conducted via Microsoft Teams as a structured panel "
              "(performance-based interview questions).\n\nPlease reply with your availability "
              "for July 21 or 22 between 0800 and 1500 MT.\n\nV/r,\n\nMarisol Benitez\nHR "
              "Specialist (Recruitment & Placement)\nVA Eastern Colorado Health Care System\n"
              "Office: 720-555-0110\n"},
    {"k": "interview_invitation", "s": "next_round_onsite_chain", "l": "en", "co": "Lakeshore Presbyterian Hospital",
         "frm": "Trevor Kim <trevor.kim@lakeshorepres.example.org>",
         "subj": "RE: Clinical Applications Analyst", "re": True, "d": "2026-04-14T11:02:00-05:00",
         "body": "Hi Marcus,\n\nGreat news - Ruth would like to bring you to the next round. It's a "
              "1-hour behavioral interview with Ruth plus a 30-minute Q&A with two analysts. We can "
              "do it over Zoom. Does Monday 4/20 at 10am Central work?\n\nTrevor\n"
              + outlook(ME, "Friday, April 10, 2026 4:40 PM",
                        "Trevor Kim <trevor.kim@lakeshorepres.example.org>",
                        "RE: Clinical Applications Analyst",
                        "Thanks Trevor, I enjoyed the phone screen. Looking forward to hearing\n"
                        "about next steps.\n\nMarcus")},
    {"k": "interview_invitation", "s": "canadian_phone_screen", "l": "en", "co": "Maple Harbour Health Network",
         "frm": "Jocelyn Tremblay <jtremblay@mapleharbour.example.ca>",
         "subj": "Clinical Informatics Nurse - telephone interview", "d": "2026-05-26T13:50:00-04:00",
         "body": "Hello Marcus,\n\nThank you for your application to the Clinical Informatics Nurse "
              "(Temporary Full-Time, 18 months) posting. We'd like to invite you to a telephone "
              "interview of approximately 30 minutes with our Manager, Clinical Informatics.\n\n"
              "Please note that the successful candidate must hold or be eligible for registration "
              "with the College of Nurses of Ontario.\n\nKindly let me know your availability "
              "over the next week.\n\nWarm regards,\nJocelyn Tremblay\nTalent Acquisition Advisor\n"
              "Maple Harbour Health Network | Toronto, ON\n"},
    {"k": "interview_invitation", "s": "irish_chat", "l": "en", "co": "St. Brigid's University Hospital",
         "frm": "Aoife Gallagher <aoife.gallagher@stbrigids.example.ie>",
         "subj": "Chat re. the ICT Nurse Lead post", "d": "2026-06-11T10:05:00+01:00",
         "body": "Hi Marcus,\n\nHope you're keeping well. Thanks a million for the application for "
              "the Nurse Lead, Electronic Health Record post. We'd love to have a chat with you "
              "over Zoom - would Thursday at 4pm Irish time suit? (9am your time, I think!)\n\n"
              "Go raibh maith agat,\nAoife\n\nAoife Gallagher | Director of Nursing (ICT)\nSt. "
              "Brigid's University Hospital, Dublin 8\n"},
    {"k": "interview_invitation", "s": "ashby_onsite_ics", "l": "en", "co": "Lumen Patient Access",
         "frm": "Lumen Patient Access <no-reply@ashbyhq.com>",
         "rt": "Grace Feld <grace.feld@lumenaccess.example.com>",
         "subj": "Interview confirmed: Lumen Patient Access - Onsite (Austin)",
         "d": "2026-08-06T14:20:00-05:00",
         "body": "Hi Marcus,\n\nYour onsite interview for Clinical Solutions Consultant is confirmed "
              "for Thursday, August 13, 10:00 AM - 2:00 PM CT at our Austin office (1100 Congress "
              "Ave, 9th floor). Lunch with the team is included.\n\nSchedule:\n 10:00 Hiring "
              "manager\n 11:00 Product demo exercise\n 12:00 Lunch\n 1:00 Panel with Customer "
              "Success\n\nQuestions? Just reply and Grace will get back to you.\n",
         "ics": ics("ashby-8812-onsite@ashbyhq.com", "Onsite interview - Lumen Patient Access",
                 "20260813T150000Z", "20260813T190000Z", "no-reply@ashbyhq.com",
                 "1100 Congress Ave, 9th floor, Austin TX")},
    {"k": "interview_invitation", "s": "peruvian_owned", "l": "en", "co": "Inti Health Analytics",
         "frm": "Rodrigo Quispe <rquispe@intihealth.example.com>",
         "subj": "Your application - Clinical Data Quality Lead", "d": "2026-09-08T09:10:00-05:00",
         "body": "Dear Marcus,\n\nThank you for your interest in Inti Health Analytics. We have "
              "reviewed your CV and would like to invite you to a first interview with our "
              "Chief Nursing Informatics Officer. The interview will be in English and last "
              "about 45 minutes by Google Meet.\n\nCould you please confirm if Wednesday "
              "September 16 at 11:00 (Lima time, UTC-5) works for you?\n\nKind regards,\n\n"
              "Rodrigo Quispe\nPeople & Culture\nInti Health Analytics S.A.C. | Lima - Miami\n"},
    {"k": "interview_invitation", "s": "hm_direct_terse", "l": "en", "co": "Aurora Community Clinics",
         "frm": "Jamal Whitley <jwhitley@auroraclinics.example.org>",
         "subj": "Re: Nurse Educator", "re": True, "d": "2026-01-22T21:05:00-07:00",
         "body": "Marcus can you come in Tues at 2 to meet me and Lorena? 45 min. Main clinic on "
              "Colfax.\n-J\n\nSent from my iPhone"
              + gmail("Thu, Jan 22, 2026 at 4:12 PM", ME,
                      "Hi Jamal, thanks for the call earlier. Attached is my teaching portfolio.")},
    # ------------------------------------------------------------------ reschedules / cancellations
    {"k": "interview_reschedule_or_cancel", "s": "manager_sick_move", "l": "en", "co": "Columbine Valley Medical Center",
         "frm": "Rhonda Price <rhonda.price@columbinevalley.example.org>",
         "subj": "Need to reschedule Thursday", "d": "2026-03-11T07:48:00-06:00",
         "body": "Good morning Marcus,\n\nDr. Fitch is out unexpectedly this week, so we need to "
              "move tomorrow's panel interview. Would Tuesday 3/17 at 1:00 PM or Wednesday 3/18 "
              "at 9:00 AM work instead? I apologize for the short notice.\n\nRhonda\n",
         "ics": ics("cvmc-panel-0312@columbinevalley.example.org",
                 "CANCELED: Panel Interview - M. Delgado-Whitfield", "20260312T200000Z",
                 "20260312T211500Z", "rhonda.price@columbinevalley.example.org",
                 method="CANCEL", status="CANCELLED", sequence=1)},
    {"k": "interview_reschedule_or_cancel", "s": "greenhouse_updated_time", "l": "en", "co": "VitalBridge Telehealth",
         "frm": "VitalBridge Telehealth <no-reply@us.greenhouse-mail.io>",
         "rt": "Priya Raman <priya.raman@vitalbridge.example.com>",
         "subj": "Updated: your interview with VitalBridge Telehealth", "d": "2026-04-08T16:33:00-06:00",
         "body": "Hi Marcus,\n\nOne of your interviewers had a conflict come up, so we've moved your "
              "Product session from Thursday 4/9 at 2:00 PM MT to Friday 4/10 at 11:00 AM MT. "
              "All other sessions stay the same. An updated calendar invite is attached.\n\n"
              "Sorry for any inconvenience!\nPriya\n",
         "ics": ics("gh-vb-774-product@greenhouse.io", "Interview: VitalBridge - Product",
                 "20260410T170000Z", "20260410T174500Z", "no-reply@us.greenhouse-mail.io",
                 "Zoom", sequence=2)},
    {"k": "interview_reschedule_or_cancel", "s": "cancel_role_paused", "l": "en", "co": "Lumen Patient Access",
         "frm": "Grace Feld <grace.feld@lumenaccess.example.com>",
         "subj": "Re: Interview confirmed: Lumen Patient Access - Onsite (Austin)", "re": True,
         "d": "2026-08-11T18:02:00-05:00",
         "body": "Hi Marcus,\n\nI'm really sorry to do this - we have to cancel Thursday's onsite. "
              "Our VP is reworking the CS org and wants to pause onsites for a couple of weeks. "
              "Your candidacy is still active and I'll reach out with new dates as soon as I have "
              "them. Please don't book travel yet.\n\nGrace\n"},
    {"k": "interview_reschedule_or_cancel", "s": "agency_moved_earlier", "l": "en", "co": "Wasatch Regional Medical Center",
         "frm": "Brittany Sorensen <brittany@trellisnurse.example.com>",
         "subj": "time change!!", "d": "2026-05-13T12:10:00-06:00",
         "body": "Hi hi! Kurt has to be in a meeting at 10 so he asked if you can do the phone "
              "interview at 8:30 instead on Friday?? Same number, he'll call your cell. LMK asap "
              "so I can confirm!!\n\nBrittany\n"},
    {"k": "interview_reschedule_or_cancel", "s": "outlook_cancel_notice", "l": "en", "co": "Great Plains Health System",
         "frm": "Hannah Voss <hannah.voss@greatplainshealth.example.org>",
         "subj": "Canceled: Phone Screen - Nurse Informatics Analyst", "d": "2026-06-29T09:15:00-05:00",
         "body": "This meeting has been canceled. Hannah will follow up with a new time.\n",
         "ics": ics("040000008200E00074C5B7101A82E008000000007A3B@greatplainshealth.example.org",
                 "Phone Screen - Nurse Informatics Analyst", "20260630T150000Z",
                 "20260630T153000Z", "hannah.voss@greatplainshealth.example.org",
                 method="CANCEL", status="CANCELLED", sequence=1)},
    {"k": "interview_reschedule_or_cancel", "s": "university_snow_day", "l": "en", "co": "Mesa Verde Community College",
         "frm": "Linda Archuleta <larchuleta@mesaverdecc.example.edu>",
         "subj": "Campus closure - your teaching demo", "d": "2026-02-04T06:10:00-07:00",
         "body": "Dear Marcus,\n\nDue to the winter storm, campus is closed today and your teaching "
              "demonstration for the Adjunct Nursing Instructor position must be postponed. We "
              "would like to reschedule for next Wednesday, February 11 at 3:00 PM in Health "
              "Sciences room 114. Please confirm at your earliest convenience.\n\nLinda Archuleta\n"
              "Administrative Assistant, Nursing & Allied Health\nMesa Verde Community College\n"},
    {"k": "interview_reschedule_or_cancel", "s": "new_link_moved", "l": "en", "co": "Oncora Analytics",
         "frm": "Sam Whitaker <sam.whitaker@oncora.example.com>",
         "subj": "Following up", "d": "2026-06-08T10:41:00-04:00",
         "body": "Hey Marcus - our interviewer Raj is out sick tomorrow so we need to push your "
              "technical interview. Here's a link to re-book any time next week: "
              "https://goodtime.example.io/s/oncora/tech-60?c=MDW&r=1 - sorry about the shuffle.\n\n"
              "Sam\n"},
    # ------------------------------------------------------------------ missed interview notices
    {"k": "missed_interview_notice", "s": "tried_calling", "l": "en", "co": "Wasatch Regional Medical Center",
         "frm": "Brittany Sorensen <brittany@trellisnurse.example.com>",
         "subj": "you ok??", "d": "2026-05-15T09:02:00-06:00",
         "body": "Hey Marcus - Kurt tried calling you at 8:30 for the phone interview and it went "
              "straight to voicemail. Everything ok? He said he can try again this afternoon if "
              "you reply quickly. Call me!!\n\nBrittany\n801-555-0177\n"},
    {"k": "missed_interview_notice", "s": "teams_no_join", "l": "en", "co": "Maple Harbour Health Network",
         "frm": "Jocelyn Tremblay <jtremblay@mapleharbour.example.ca>",
         "subj": "Today's interview", "d": "2026-06-03T11:20:00-04:00",
         "body": "Hello Marcus,\n\nWe had you scheduled for a Teams interview this morning at 10:30 "
              "ET with Nadia Ferreira, but you did not join the Teams meeting. We waited 15 "
              "minutes. If something came up, please let me know and we can see whether another "
              "time is possible.\n\nRegards,\nJocelyn Tremblay\nTalent Acquisition Advisor\n"},
    {"k": "missed_interview_notice", "s": "zoom_waited", "l": "en", "co": "Chartwise",
         "frm": "Dana Okafor <dana@chartwise.example.com>",
         "subj": "missed you", "d": "2026-02-19T12:35:00-07:00",
         "body": "Hi Marcus, I was on the Zoom at noon but didn't see you. No worries if it slipped "
              "- just grab another slot on my calendly if you're still interested.\n\nDana\n"},
    {"k": "missed_interview_notice", "s": "no_show_formal", "l": "en", "co": "Oakmere Insurance",
         "frm": "Kelsey Ruiz <kruiz@oakmereins.example.com>",
         "subj": "Missed interview - Clinical Appeals Nurse", "d": "2026-08-25T15:05:00-05:00",
         "body": "Hello Marcus,\n\nOur records indicate that you did not attend your scheduled "
              "interview today at 2:00 PM CT with our Clinical Appeals manager. Please contact me "
              "within 48 hours if you would like to be considered for rescheduling; otherwise "
              "your application will be withdrawn.\n\nKelsey Ruiz\nRecruiter, Clinical Operations\n"},
    {"k": "missed_interview_notice", "s": "hm_phone_voicemail", "l": "en", "co": "Aurora Community Clinics",
         "frm": "Jamal Whitley <jwhitley@auroraclinics.example.org>",
         "subj": "Re: Nurse Educator", "re": True, "d": "2026-01-27T14:26:00-07:00",
         "body": "Marcus we were here at 2 - didnt see you. Left you a vm. Let me know\n-J\n\n"
              "Sent from my iPhone"},
    # ------------------------------------------------------------------ application received
    {"k": "application_received", "s": "workday_ack_volume", "l": "en", "co": "Front Range Health",
         "frm": "Front Range Health <frontrangehealth@myworkday.com>", "ct": "",
         "subj": "Thank you for applying - Clinical Informatics Specialist (R-20418)",
         "d": "2026-01-14T22:47:00-07:00",
         "body": "Dear Marcus,\n\nThank you for applying for the Clinical Informatics Specialist "
              "position with Front Range Health. We have received your application and our "
              "talent acquisition team will review your qualifications.\n\nDue to the high volume "
              "of applications, we are unable to respond to every applicant individually. If your "
              "experience is a match, a recruiter will contact you.\n\nYou can check the status of "
              "your application at any time by signing in to your candidate home.\n\nFront Range "
              "Health Talent Acquisition\n"},
    {"k": "application_received", "s": "icims_ack_no_feedback", "l": "en", "co": "Meridian Crest Health",
         "frm": "Meridian Crest Health Careers <careers-noreply@meridiancrest.example.com>",
         "subj": "Application Received - Nurse Informaticist II",
         "d": "2026-02-09T13:02:00-07:00",
         "html": "<div style=\"max-width:560px;font-family:Arial\"><img alt=\"Meridian Crest Health\" "
              "src=\"https://meridiancrest.icims.com/logo.png\"><p>Hi Marcus,</p><p>We've "
              "received your application for <b>Nurse Informaticist II</b> (Req #48217). Thank you!"
              "</p><p>Our team reviews every application carefully. Unfortunately we are unable to "
              "provide individual feedback at this stage, but if you are selected to move forward "
              "a member of our team will be in touch.</p><p>Meridian Crest Health</p><p style=\""
              "font-size:10px\">Please do not reply to this email; this mailbox is not monitored."
              "</p></div>"},
    {"k": "application_received", "s": "taleo_odd_format", "l": "en", "co": "Great Plains Health System",
         "frm": "Great Plains Health System <gphs-noreply@taleo.net>",
         "subj": "Great Plains Health System - Application Confirmation - Req 2601883",
         "d": "2026-06-18T02:11:00-05:00", "fmt": "latin1",
         "body": "Dear Marcus Delgado-Whitfield ,\n\n\nThank you for your interest in the position "
              "NURSE INFORMATICS ANALYST (2601883) at Great Plains Health System .\n\nWe have "
              "received your application .Our recruiters will review your qualifications and "
              "will contact you if there is a match.\n\nTo view the status of your application "
              "please log in to the Career Section .\n\n\nSincerely ,\n\nGreat Plains Health System "
              "Human Resources\n\n\n***Please do not reply to this message.***\n"},
    {"k": "application_received", "s": "lever_ack", "l": "en", "co": "Tessellate Health",
         "frm": "Tessellate Health <no-reply@hire.lever.co>",
         "subj": "Thanks for applying to Tessellate Health!", "d": "2026-05-04T10:19:00-04:00",
         "body": "Hi Marcus,\n\nThanks for your interest in Tessellate Health! We've received your "
              "application for Implementation Specialist (Clinical) and our team will review it "
              "shortly. If your background is a fit, someone will reach out to set up a call.\n\n"
              "In the meantime, check out our blog to see what the team's been building.\n\n"
              "Cheers,\nTessellate Health\n"},
    {"k": "application_received", "s": "usajobs_received", "l": "en", "co": "VA Eastern Colorado Health Care System",
         "frm": "USAJOBS <no-reply@usajobs.example.gov>",
         "subj": "Application Received - Clinical Applications Coordinator (Nurse)",
         "d": "2026-06-26T20:35:00-04:00",
         "body": "Your application has been received.\n\nPosition: Clinical Applications Coordinator "
              "(Nurse)\nAgency: Veterans Health Administration - VA Eastern Colorado Health Care "
              "System\nAnnouncement: CBSW-26-11873-MDW\nStatus: Received\n\nThe hiring agency "
              "will review your application after the announcement closes. You can track your "
              "application status from your USAJOBS profile.\n\nThis is an automated message - "
              "please do not reply.\n"},
    {"k": "application_received", "s": "nhs_trac_ack", "l": "en", "co": "Wexbridge NHS Foundation Trust",
         "frm": "Wexbridge NHS Foundation Trust <noreply@trac.example.uk>",
         "subj": "Application received: Digital Clinical Safety Nurse", "d": "2026-06-02T08:12:00+01:00",
         "body": "Dear Marcus\n\nThank you for applying for the post of Digital Clinical Safety "
              "Nurse (Band 7). Your application has been submitted successfully and will be "
              "considered once the vacancy closes on 14/06/2026.\n\nIf you have not heard from us "
              "within 4 weeks of the closing date, please assume that on this occasion your "
              "application has not been successful.\n\nKind regards\nRecruitment Team\n"},
    {"k": "application_received", "s": "smartrecruiters_ack", "l": "en", "co": "Halvorsen Therapeutics",
         "frm": "Halvorsen Therapeutics <notifications@smartrecruiters.com>",
         "subj": "Thank you for your application to Halvorsen Therapeutics",
         "d": "2026-07-20T15:30:00-04:00",
         "html": "<table width=\"600\"><tr><td><img alt=\"Halvorsen Therapeutics\" src=\"https://"
              "example.com/h.png\"></td></tr><tr><td style=\"padding:18px;font-size:14px\">Dear "
              "Marcus,<br><br>Thank you for applying to the <b>Clinical Nurse Educator, Field "
              "(Mountain West)</b> position. We have received your application and will review "
              "it in the coming weeks.<br><br>Best regards,<br>Halvorsen Therapeutics</td></tr>"
              "</table>"},
    {"k": "application_received", "s": "agency_submitted", "l": "en", "co": "Rocky Mountain Children's Hospital",
         "frm": "Tyler Brooks <tyler@summitandsage.example.com>",
         "subj": "submitted!", "d": "2026-08-12T10:06:00-06:00",
         "body": "Marcus - you're officially submitted to Rocky Mountain Children's for the 13 wk "
              "informatics contract ($68/hr W2). They usually take a week to review. I'll ping "
              "you the second I hear anything.\n\nTB\n"},
    {"k": "application_received", "s": "paycom_ack_plain", "l": "en", "co": "Pinecrest Senior Living",
         "frm": "Pinecrest Senior Living <donotreply@paycomonline.example.net>",
         "subj": "Application Submitted", "d": "2026-03-25T12:44:00-06:00",
         "body": "Marcus,\n\nThank you for submitting your application for Staff Development "
              "Coordinator (RN) - Boulder. A member of our HR team will review your information "
              "and contact you if you are selected for an interview.\n\nPinecrest Senior Living\n"},
    {"k": "application_received", "s": "polish_owned_ack", "l": "en", "co": "Kowalczyk Care Systems",
         "frm": "Agnieszka Nowak <a.nowak@kowalczykcare.example.pl>",
         "subj": "Your application", "d": "2026-04-21T09:15:00+02:00",
         "body": "Dear Marcus,\n\nThank you for sending your CV for the position of Clinical "
              "Product Specialist (US market, remote). I confirm we have received it and passed "
              "it to our Head of Product. We will come back to you within two weeks with "
              "information about the next steps.\n\nBest regards,\nAgnieszka Nowak\nHR Specialist\n"
              "Kowalczyk Care Systems sp. z o.o. | Krakow, Poland\n"},
    # ------------------------------------------------------------------ offers
    {"k": "offer", "s": "verbal_followup", "l": "en", "co": "VitalBridge Telehealth",
         "frm": "Priya Raman <priya.raman@vitalbridge.example.com>",
         "subj": "So excited!", "d": "2026-09-24T17:05:00-06:00",
         "body": "Hi Marcus,\n\nIt was so fun to share the news on the phone today! As promised, here "
              "are the details of the verbal offer for the Clinical Operations Manager role:\n\n"
              "- Base salary: $118,000\n- 10% annual bonus target\n- Start date: October 19\n"
              "- Remote with quarterly trips to Denver HQ\n\nThe formal offer letter will come "
              "through DocuSign tomorrow once Comp finalizes it. Let me know if any questions "
              "come up in the meantime.\n\nPriya\n"},
    {"k": "offer", "s": "offer_letter_attached", "l": "en", "co": "Columbine Valley Medical Center",
         "frm": "Rhonda Price <rhonda.price@columbinevalley.example.org>",
         "subj": "Offer of Employment - Nursing Informatics Coordinator",
         "d": "2026-03-27T14:00:00-06:00", "att": ["CVMC_Offer_Letter_Delgado-Whitfield.pdf"],
         "body": "Dear Marcus,\n\nOn behalf of Columbine Valley Medical Center, I am pleased to offer "
              "you the position of Nursing Informatics Coordinator in the Clinical Informatics "
              "department, reporting to Elaine Fitch, DNP, RN, Chief Nursing Officer.\n\nYour "
              "offer letter is attached. This offer is contingent upon successful completion of a "
              "background check, drug screen, and verification of your Colorado RN license.\n\n"
              "Please sign and return the letter by April 3, 2026.\n\nWe look forward to welcoming "
              "you!\n\nRhonda Price\nHR Coordinator\n\n" + DISCLAIMER + "\n"},
    {"k": "offer", "s": "conditional_offer_university", "l": "en", "co": "Mesa Verde Community College",
         "frm": "Dr. Paul Whitehorse <pwhitehorse@mesaverdecc.example.edu>",
         "subj": "Adjunct Nursing Instructor - Fall 2026", "d": "2026-02-23T16:18:00-07:00",
         "body": "Dear Marcus,\n\nThe committee enjoyed your teaching demo very much. I am happy to "
              "extend a conditional offer to teach NUR 1100 (Fundamentals clinical, 2 sections) "
              "for Fall 2026 at the adjunct rate of $1,150 per credit hour. The offer is "
              "conditional upon official transcripts and a background check through HR.\n\n"
              "Could you let me know by Friday whether you accept?\n\nPaul Whitehorse, EdD, RN\n"
              "Director of Nursing\nMesa Verde Community College\n"},
    {"k": "offer", "s": "contract_to_sign_agency", "l": "en", "co": "Rocky Mountain Children's Hospital",
         "frm": "Tyler Brooks <tyler@summitandsage.example.com>",
         "subj": "YOU GOT IT - contract to sign", "d": "2026-08-21T11:42:00-06:00",
         "body": "Marcus!! RMCH changed their minds and want you for the 13 week contract after all "
              "(their first pick fell through). $68/hr, 40 hrs, start 9/8. Contract is in your "
              "email from DocuSign - sign by Monday and I'll kick off onboarding (drug screen + "
              "license verification).\n\nTB\n"},
    {"k": "offer", "s": "pleased_to_offer_insurer", "l": "en", "co": "Peakline Health Plan",
         "frm": "Gloria Steadman <gsteadman@peaklinehealth.example.org>",
         "subj": "Utilization Review Nurse II - offer", "d": "2026-04-03T10:30:00-06:00",
         "body": "Marcus,\n\nWe are pleased to offer you the position of Utilization Review Nurse II "
              "(Remote) at an annual salary of $92,500. Your official offer letter is attached "
              "through our onboarding portal. Please review and accept within 5 business days.\n\n"
              "Congratulations, and welcome to the team!\n\nGloria Steadman, BSN, RN\nManager, "
              "Utilization Management\nPeakline Health Plan\n"},
]

MESSAGES += [
    {"k": "rejection", "s": "brassring_after_background", "l": "en", "co": "Providence Ridge Health",
         "frm": "Providence Ridge Health <prh-careers@kenexa.example.com>", "ct": "",
         "subj": "Regarding your application - Req 77120BR", "d": "2026-09-29T06:03:00-07:00",
         "fmt": "cp1252",
         "body": "Dear Marcus,\n\nThank you for your recent interest in the Epic Inpatient "
              "Analyst \u2013 Nursing position (Req 77120BR) with Providence Ridge Health, "
              "Seattle.\n\nWe have carefully reviewed your background and qualifications and "
              "have decided to move forward with other applicants for this position.\n\nWe "
              "appreciate the time you invested and encourage you to apply for other positions "
              "for which you are qualified.\n\nSincerely,\nProvidence Ridge Health Talent "
              "Acquisition\n\nThis message was sent from an unmonitored address.\n"},
    {"k": "interview_invitation", "s": "county_health_panel", "l": "en", "co": "Adams Ridge County Public Health",
         "frm": "Monique Fairbanks <mfairbanks@adamsridgecounty.example.gov>",
         "subj": "Interview Invitation - Public Health Nurse II (Immunizations)",
         "d": "2026-01-07T14:44:00-07:00",
         "body": "Hello Marcus,\n\nCongratulations! You have been selected to interview for the "
              "Public Health Nurse II position. Interviews will be held in person at 7190 Colorado "
              "Blvd, Commerce City, on Friday January 16.\n\nAvailable times: 9:00, 10:30, 1:00 "
              "and 2:30. Please reply with your first and second choice. The panel will include "
              "the Nursing Supervisor and two Public Health Nurses. Please bring a copy of your "
              "nursing license.\n\nThank you,\nMonique Fairbanks\nHR Analyst | Adams Ridge County\n"
              "720-555-0135\n"},
    {"k": "interview_invitation", "s": "smartrecruiters_second_round_london", "l": "en",
         "co": "Halcyon Digital Health",
         "frm": "Halcyon Digital Health <notifications@smartrecruiters.com>",
         "rt": "Oliver Pennington <oliver.pennington@halcyondh.example.co.uk>",
         "subj": "Invitation to second stage interview", "d": "2026-07-09T10:02:00+01:00", "fmt": "qp",
         "body": "Dear Marcus,\n\nThank you for your time on the initial call with Oliver. We're "
              "delighted to invite you to a second stage interview for Clinical Safety Officer "
              "(Remote, UK/US hours). This will be a 60-minute video interview with our Chief "
              "Clinical Information Officer and a member of the Product team, including a short "
              "hazard log exercise.\n\nPlease book a slot at your convenience: https://"
              "jobs.smartrecruiters.com/Halcyon/schedule/7f21\n\nKind regards,\nHalcyon Digital "
              "Health People Team\n"},
    {"k": "interview_invitation", "s": "staffing_drug_screen_and_interview", "l": "en",
         "co": "Pueblo Mesa Regional Hospital",
         "frm": "Carla Bustos <cbustos@meridianplacements.example.com>",
         "subj": "Pueblo Mesa - interview set up!", "d": "2026-10-05T09:30:00-06:00",
         "body": "Good morning Marcus!\n\nPueblo Mesa Regional would like to interview you for "
              "the Interim Nurse Educator assignment. Manager is Donna Kirk (Education Dept). "
              "She'll call you Wednesday 10/7 at 1pm MT - about 20 minutes. If it goes well they "
              "usually make a decision same day, so I'd start your drug screen paperwork now "
              "just in case (link to follow).\n\nCarla Bustos\nClinical Placement Specialist\n"
              "Meridian Placements\n"},
    {"k": "interview_invitation", "s": "ukg_assessment_and_behavioral", "l": "en",
         "co": "Sunridge Behavioral Hospital",
         "frm": "Sunridge Behavioral Hospital <noreply@ultipro.example.com>",
         "rt": "Renee Alvarado <ralvarado@sunridgebh.example.com>",
         "subj": "Next Steps - RN Staff Educator", "d": "2026-09-15T12:10:00-06:00",
         "html": "<p>Hello Marcus,</p><p>Thank you for your interest in Sunridge Behavioral "
              "Hospital! We'd like to schedule a behavioral interview with our Director of "
              "Nursing for the <b>RN Staff Educator</b> position.</p><p>Please reply with your "
              "availability for the week of September 21, or call Renee at 505-555-0150.</p>"
              "<p>Sunridge Behavioral Hospital | Albuquerque, NM</p>"},
    {"k": "missed_interview_notice", "s": "hirevue_expired_recruiter", "l": "en", "co": "Oakridge Senior Health",
         "frm": "Colleen Marsh <cmarsh@oakridgesenior.example.com>",
         "subj": "Did we lose you?", "d": "2026-07-31T11:00:00-05:00",
         "body": "Hi Marcus,\n\nWe had you on the schedule yesterday at 3:00 for a phone interview "
              "with our Director of Clinical Education, and she wasn't able to reach you. I "
              "know things come up! If you're still interested in the Clinical Educator (Dallas, "
              "hybrid) job, let me know a couple of times and I'll try to get you back on her "
              "calendar.\n\nColleen Marsh\nRecruiter | Oakridge Senior Health\n"},
    {"k": "application_received", "s": "greenhouse_ack_human_reply_to", "l": "en", "co": "Cascadia Virtual Care",
         "frm": "Cascadia Virtual Care <no-reply@us.greenhouse-mail.io>",
         "rt": "Owen Lindqvist <owen@cascadiavirtual.example.com>",
         "subj": "Thanks for applying to Cascadia Virtual Care", "d": "2026-03-18T19:22:00-07:00",
         "body": "Hi Marcus,\n\nThanks for applying to the Nurse Care Manager (Telehealth) role. "
              "We're a small team, so every application is read by a real person - usually me. "
              "I can't promise a personal reply to everyone, but if there's a fit you'll hear "
              "from us within two weeks.\n\nOwen\nCascadia Virtual Care\n"},
    {"k": "application_received", "s": "jobvite_ack_html_only", "l": "en", "co": "Bright Harbor Schools",
         "frm": "Bright Harbor Schools <jobs-noreply@jobvite.com>",
         "subj": "Application received: School Nurse Coordinator", "d": "2026-04-30T16:55:00-06:00",
         "html": "<div style=\"font-family:Georgia;color:#333\"><p>Dear Marcus,</p><p>Your "
              "application for <b>School Nurse Coordinator (District Office)</b> has been "
              "received. Applications will be screened after the posting closes on May 15. Only "
              "candidates selected for interview will be contacted.</p><p>Bright Harbor Schools "
              "&middot; Human Resources</p></div>"},
    {"k": "application_received", "s": "taleo_ack_toronto_bilingual", "l": "en",
         "co": "Coastline Digital Health",
         "frm": "Coastline Digital Health <coastline-noreply@taleo.net>",
         "subj": "Application received / Candidature reçue - 26-0913", "d": "2026-05-21T12:34:00-07:00",
         "fmt": "latin1",
         "body": "Dear Marcus,\n\nThank you for applying to Clinical Informatics Nurse, Virtual "
              "Care (26-0913), Vancouver, BC. We have received your application. Unfortunately, "
              "we are unable to provide individual feedback to every applicant, but we will "
              "contact you should your qualifications meet our needs.\n\nCoastline Digital "
              "Health\n"},
    {"k": "application_received", "s": "indeed_apply_employer_ack", "l": "en", "co": "Mountain Valley Hospice",
         "frm": "Mountain Valley Hospice <noreply@indeed.example.com>",
         "subj": "Mountain Valley Hospice received your application", "d": "2026-02-18T08:08:00-07:00",
         "html": "<p>Your application has been submitted!</p><p><b>RN Clinical Educator</b><br>"
              "Mountain Valley Hospice &ndash; Boulder, CO</p><p>The employer will contact you "
              "if they're interested. <a href=\"https://www.indeed.example.com/myjobs\">Track "
              "your application</a></p>"},
    {"k": "offer", "s": "offer_email_with_background_check", "l": "en", "co": "Adams Ridge County Public Health",
         "frm": "Monique Fairbanks <mfairbanks@adamsridgecounty.example.gov>",
         "subj": "Conditional Offer - Public Health Nurse II", "d": "2026-01-23T11:00:00-07:00",
         "att": ["Conditional_Offer_PHN_II.pdf"],
         "body": "Dear Marcus,\n\nI am pleased to extend a conditional offer of employment for the "
              "position of Public Health Nurse II at a starting salary of $84,240 annually. This "
              "offer is contingent on a satisfactory background check, pre-employment drug "
              "screen, and verification of your Colorado RN license.\n\nPlease review the attached "
              "letter and indicate your acceptance by signing and returning it by January 28.\n\n"
              "Sincerely,\nMonique Fairbanks\nHR Analyst | Adams Ridge County\n"},
    {"k": "offer", "s": "terse_manager_offer", "l": "en", "co": "Aurora Community Clinics",
         "frm": "Jamal Whitley <jwhitley@auroraclinics.example.org>",
         "subj": "Re: Nurse Educator", "re": True, "d": "2026-02-05T17:58:00-07:00",
         "body": "Marcus - we want you. HR will send paperwork tmrw, $41/hr + sign-on. Call me if "
              "questions.\n-J\n\nSent from my iPhone"
              + gmail("Tue, Feb 3, 2026 at 9:00 AM", ME,
                      "Hi Jamal, thanks for rescheduling - great meeting you and Lorena today.")},
]
