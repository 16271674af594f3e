"""English job mail: Atlântico Facility Services (Lisbon, Greenhouse; offer thread), Lumen Energy
Partners (Lisbon, Lever), University of Irwell (Workday), Pennine Facilities Group (iCIMS),
Redbrick Energy Services (Ashby), Irwell Estates, Mersey Bridge Recruitment for Medlock
Healthcare, Tagus Solar. Hand-written for corpus 313."""

from __future__ import annotations

from msgs313_common import button, mail, own, paras, shell, simple_html

ATL = "Atlântico Facility Services"
ATL_GH = ("Atlântico Facility Services", "no-reply@greenhouse-mail.io")
ATL_INES = ("Inês Carvalho", "ines.carvalho@atlanticofm.example.pt")
ATL_VIA = ("Inês Carvalho via Greenhouse", "no-reply@greenhouse-mail.io")
ATL_MIGUEL = ("Miguel Tavares", "miguel.tavares@atlanticofm.example.pt")

_atl_ack = """\
Hi Rodrigo,

Thanks for applying to Atlântico Facility Services! Your application for the Energy &
Building Performance Technician role in Lisbon has been received.

Our team reviews every application carefully. If your skills and experience are a match, a
member of the Talent team will reach out to discuss next steps.

In the meantime, you can learn more about how we look after 140 buildings across Portugal on
our careers page.

Best,
Atlântico Facility Services Talent Team"""

_atl_invite = """\
Hi Rodrigo,

Thanks again for your interest in the Energy & Building Performance Technician role. I'd love
to set up a video interview with you and Miguel Tavares, our Head of Technical Operations.

When: Thursday, April 16, 2:00 PM - 2:45 PM (Lisbon time, WEST)
Where: Google Meet - the link is in the calendar invitation attached

We'll talk through your HVAC maintenance background, a recent energy-saving project you're
proud of, and what the first months in Lisbon would look like. The interview is in English.

Please accept the invitation so we know the time works. If it doesn't, just reply and we'll
find another slot.

Cheers,
Inês
--
Inês Carvalho | Talent Partner
Atlântico Facility Services
Av. da Liberdade 190, 1250-147 Lisboa"""

_atl_move = """\
Hi Rodrigo,

Apologies for the change - Miguel has to be on site at a hospital client on Thursday
afternoon. Could we move our chat to Friday, April 17 at 10:00 AM Lisbon time (11:00 in
Murcia)? I've updated the calendar invitation; same Meet link as before.

Let me know if Friday doesn't suit and I'll look for alternatives.

Thanks for your flexibility,
Inês"""

_atl_thanks = """\
Hi Inês, hi Miguel,

Thank you both for your time this morning. I really enjoyed hearing about the BMS upgrade at
the Parque das Nações offices and how the technicians feed the energy reports each month.

The role sounds like exactly the step I'm looking for, and I'm happy to relocate to Lisbon.
Please let me know if you need references or anything else from me.

Best regards,
Rodrigo Albarracín Peña
+34 622 48 17 90"""

_atl_offer = """\
Hi Rodrigo,

I'm delighted to let you know that we'd like to offer you the position of Energy & Building
Performance Technician at Atlântico Facility Services, based in Lisbon.

The headline terms are:
  * Permanent contract (contrato sem termo), full time
  * Gross annual salary of 24,500 EUR paid in 14 instalments, plus meal allowance
  * Health insurance from day one
  * Relocation support: two weeks' temporary accommodation and help with the NIF and bank
    account
  * Start date: Monday, June 1, 2026 (we can be flexible by a couple of weeks)

Our People team will send the formal offer letter in the next couple of days. Miguel is very
keen to have you on board - feel free to call him if you'd like to talk about the team.

Congratulations!

Best,
Inês
--
Inês Carvalho | Talent Partner
Atlântico Facility Services"""

_atl_letter = """\
Dear Rodrigo,

Further to Inês's email, please find attached your offer letter and the summary of terms for
the role of Energy & Building Performance Technician.

To accept, please sign both documents and return them to me by Friday, May 15, 2026. If you
have any questions about the contract or relocation, I'm happy to help.

Kind regards,

Sofia Ramalho
People Operations Manager
Atlântico Facility Services
T +351 213 540 118

This email and any attachments are confidential and intended solely for the addressee. If
you have received it in error please notify the sender and delete it. Atlântico Facility
Services does not accept liability for any views expressed in this message which are not
those of the company."""

LUM = "Lumen Energy Partners"
LUM_LEVER = ("Lumen Energy Partners", "no-reply@hire.lever.co")
LUM_SAM = ("Sam Whitlock", "sam.whitlock@lumenenergy.example.pt")

_lum_ack = """\
Hi Rodrigo,

Thank you for your interest in Lumen Energy Partners! We've received your application for
Junior Energy Auditor (Lisbon) and our team will review it shortly.

If there's a fit, we'll be in touch to schedule a first conversation. Due to the volume of
applications we're unfortunately not able to respond to every candidate individually.

Thanks,
The Lumen Energy Partners team"""

_lum_invite = """\
Hi Rodrigo,

I'm Sam, I look after recruitment at Lumen Energy Partners. Thanks for applying for the Junior
Energy Auditor role - your mix of hands-on HVAC maintenance and the energy certification
course you've done caught our eye.

Would you be free for a 30-minute screening call on Thursday 29 January at 11:00 Lisbon
time (12:00 in Spain)? I'll call you on WhatsApp video unless you prefer Zoom.

Best,
Sam Whitlock
Talent Lead, Lumen Energy Partners
Rua do Alecrim 65, Lisboa"""

_lum_cancel = """\
Hi Rodrigo,

I'm afraid I need to cancel our call on Thursday. We've had an internal change of plans
around the auditing team and I don't want to take your time until I know exactly what the
role will look like. I'll get back to you as soon as I have more clarity - hopefully within a
couple of weeks.

Sorry for the short notice.

Sam"""

_lum_reject = """\
Hi Rodrigo,

Thanks for your patience over the last few weeks. As I mentioned, we were reviewing the
auditing team's plans for 2026. The leadership team has now decided not to open the Junior
Energy Auditor position this year, so we will not proceed with the process.

I'm sorry it didn't get further. I'll keep your details on file and I'd genuinely be happy
to reach out if something similar opens up.

All the best,
Sam Whitlock
Talent Lead, Lumen Energy Partners"""

UOI = "University of Irwell"
UOI_WD = ("University of Irwell", "irwell@myworkday.com")

_uoi_ack = """\
Dear Rodrigo Albarracín Peña,

Thank you for applying for the post of Building Energy Technician (Estates and Facilities),
reference R0004127, at the University of Irwell.

Your application has been successfully submitted. The closing date for this vacancy is 22
February 2026 and shortlisting will take place shortly afterwards. If you are shortlisted for
interview, you will be contacted by the recruiting department.

You can review your application at any time by signing in to your candidate home.

Kind regards,
Recruitment Team
University of Irwell

Please do not reply to this email as the mailbox is not monitored."""

_uoi_reject = """\
Dear Rodrigo Albarracín Peña,

Re: Building Energy Technician (Estates and Facilities), R0004127

Thank you for your interest in working at the University of Irwell. The shortlisting panel
has now considered all applications against the essential and desirable criteria set out in
the person specification.

We regret to inform you that on this occasion you have not been shortlisted for interview.
Owing to the large number of applications received, we are unable to provide individual
feedback.

We wish you every success in your future career.

Recruitment Team
University of Irwell

Please do not reply to this email as the mailbox is not monitored."""

PFG = "Pennine Facilities Group"
PFG_ICIMS = ("Pennine Facilities Group Careers", "pennine-careers@icims.com")

_pfg_ack = """\
Dear Rodrigo,

Thank you for applying for the role of Mobile HVAC & Energy Engineer (Greater Manchester) at
Pennine Facilities Group. This email confirms that we have received your application.

Our Talent Acquisition team will review your details against the requirements of the role. We
aim to be in touch within 10 working days.

Kind regards,
Talent Acquisition
Pennine Facilities Group"""

_pfg_reject = """\
Dear Rodrigo,

Thank you for your application for the role of Mobile HVAC & Energy Engineer (Greater
Manchester) at Pennine Facilities Group.

We have reviewed your application carefully and, unfortunately, we have decided to move
forward with candidates whose experience more closely matches the requirements of the role,
in particular UK F-Gas and ACR qualifications.

We appreciate the time you took to apply and encourage you to look at future vacancies on our
careers site.

Kind regards,
Talent Acquisition
Pennine Facilities Group"""

RED = "Redbrick Energy Services"
RED_ASHBY = ("Redbrick Energy Services", "no-reply@ashbyhq.com")
RED_HANNAH = ("Hannah Okafor", "hannah.okafor@redbrickenergy.example.co.uk")

_red_invite = """\
Hi Rodrigo,

Thanks for applying to the Energy Performance Analyst role at Redbrick Energy Services. We'd
like to invite you to a 45-minute video interview with Hannah Okafor (Engineering Manager).

Please use the link below to pick a time that works for you:
https://jobs.ashbyhq.example/redbrick/interview-scheduling/3c9e

If none of the available times suit you, reply to this email and we'll sort something out.

Best,
Redbrick Energy Services Recruiting"""

_red_missed = """\
Hi Rodrigo,

We had our interview booked for 10:00 this morning (UK time) and I waited in the Zoom room
for about 15 minutes but didn't see you join. I also sent you a quick email at 10:05 in case
the link was the problem.

Just checking everything is OK - I realise the time difference with Spain might have caused
some confusion (10:00 here was 11:00 for you).

Hannah

Hannah Okafor
Engineering Manager, Redbrick Energy Services
Ancoats, Manchester"""

_red_reject = """\
Hi Rodrigo,

Thanks for your reply and for explaining about the time zone mix-up - these things happen.

I've discussed it with the team and, as we have now completed interviews with the other
shortlisted candidates and are moving to final stage with two of them, we won't be able to
take your application forward this time.

I wish you the best of luck with your move into energy performance work.

Hannah"""

IRW = "Irwell Estates"

_irw_reject = """\
Dear Mr Albarracín Peña,

Thank you for your recent application for the position of Building Services Supervisor with
Irwell Estates.

I am writing to let you know that the position has now been filled. We received a high number
of applications and appreciate the interest you have shown in our company.

We will retain your CV on file for six months in case a suitable vacancy arises.

Yours sincerely,

Graham Hulme
Operations Director
Irwell Estates Ltd
14 Quay Street, Manchester M3 3HN
Tel: 0161 496 0732"""

MB_CHLOE = ("Chloe Redfern", "chloe.redfern@merseybridge.example.co.uk")
MED = "Medlock Healthcare"
MB_SIG = """\
Chloe Redfern
Senior Consultant - Engineering & Facilities
Mersey Bridge Recruitment
Manchester | Liverpool | Leeds
M: 07700 900418

Mersey Bridge Recruitment Ltd is registered in England and Wales, company no. 09876543.
Registered office: 1 Deansgate Square, Manchester M15 4PN."""

_mb_invite = """\
Hi Rodrigo,

Great speaking to you earlier! As discussed, I'm delighted to confirm your interview with my
client, Medlock Healthcare, for the Estates Energy Officer position at their Stockport
hospital site.

Date: Wednesday 12 August
Time: 1:30pm (UK)
Format: Microsoft Teams - Medlock will send the joining link directly
Panel: Dr Priya Sandhu (Head of Estates) and Tom Birchall (Energy & Sustainability Lead)

It'll be a competency-based interview, plus a short discussion of a boiler plant
optimisation case. Give me a ring if you'd like to prep beforehand.

Best wishes,

""" + MB_SIG

_mb_move = """\
Hi Rodrigo,

Quick update - Medlock Healthcare have asked to move Wednesday's interview as Priya has been
called into an urgent CQC meeting. They've offered Friday 14 August at 10:00am (UK) instead.
Same panel and still on Teams.

Could you let me know today if that works so I can confirm with them?

Thanks,

""" + MB_SIG

_mb_reject = """\
Hi Rodrigo,

Thanks for your patience while I chased feedback from Medlock Healthcare.

Unfortunately they've decided not to progress your application to the next stage. They
were impressed with your practical knowledge of plant rooms and your honesty, but felt that
another candidate had more direct experience of NHS estates compliance (HTM documents and
ERIC returns), which is a big part of the role.

I know that's disappointing, especially after a good interview. I'll keep you in mind for
other energy and facilities roles coming through.

Kind regards,

""" + MB_SIG

TAG = "Tagus Solar"
TAG_RUI = ("Rui Mendes", "rui.mendes@tagussolar.example.pt")

_tag_invite = """\
Hello Rodrigo,

Thank you for your application for the PV Maintenance Technician position. We would like to
invite you to a practical assessment at one of our rooftop installations, followed by a short
interview with our Operations Manager.

Date: Thursday 17 September, 9:00
Meeting point: Tagus Solar warehouse, Rua Fernando Palha 48, Lisboa (Marvila)
Please bring safety boots and ID. The assessment takes around 2 hours.

Please confirm by replying to this message.

Regards,
Rui Mendes
Operations Coordinator
Tagus Solar"""

_tag_missed = """\
Hello Rodrigo,

We were expecting you at the warehouse at 9:00 today for the practical assessment. We tried
to call you on +34 622 48 17 90 at 9:20 and 9:40 but the phone was switched off.

If you are still interested please contact me and we will see if there is another date
available next week.

Regards,
Rui Mendes
Operations Coordinator
Tagus Solar"""

MESSAGES = [
    # ---------------------------------------------------------------- Atlântico
    mail("atl_ack", "application_received", "en", "2026-04-02 09:17 +0000", ATL_GH,
         "Thank you for applying to Atlântico Facility Services", _atl_ack, company=ATL,
         html=shell("Application received", paras(_atl_ack), brand=ATL, color="#0b5394"),
         name_enc=("iso-8859-1", "q"), subj_enc=("iso-8859-1", "q"),
         slug="atlantico_application_received"),
    mail("atl_invite", "interview_invitation", "en", "2026-04-09 15:44 +0100", ATL_VIA,
         "Interview invitation: Energy & Building Performance Technician", _atl_invite,
         company=ATL, contact=ATL_INES[1], reply_to=ATL_INES, name_enc=("utf-8", "b"),
         html=simple_html(_atl_invite, font="Arial,sans-serif"),
         ics={"method": "REQUEST", "tz": "Europe/Lisbon", "start": "20260416T140000",
              "end": "20260416T144500", "stamp": "20260409T144400Z", "seq": 0,
              "uid": "gh-interview-58211907@greenhouse.example",
              "summary": "Interview: Rodrigo Albarracín Peña / Atlântico FS",
              "location": "Google Meet", "organizer": ATL_INES,
              "prodid": "-//Greenhouse//Interview Scheduler//EN"},
         slug="atlantico_interview_invite"),
    mail("atl_move", "interview_reschedule_or_cancel", "en", "2026-04-14 11:02 +0100", ATL_VIA,
         "Updated invitation: Interview with Atlântico Facility Services", _atl_move,
         company=ATL, contact=ATL_INES[1], reply_to=ATL_INES, name_enc=("utf-8", "b"),
         ics={"method": "REQUEST", "tz": "Europe/Lisbon", "start": "20260417T100000",
              "end": "20260417T104500", "stamp": "20260414T100200Z", "seq": 1,
              "uid": "gh-interview-58211907@greenhouse.example",
              "summary": "Interview: Rodrigo Albarracín Peña / Atlântico FS (moved)",
              "location": "Google Meet", "organizer": ATL_INES,
              "prodid": "-//Greenhouse//Interview Scheduler//EN", "cte": "quoted-printable"},
         slug="atlantico_interview_moved"),
    own("atl_thanks", "en", "2026-04-17 12:30 +0200", ATL_INES,
        "Thank you - interview this morning", _atl_thanks, cc=[ATL_MIGUEL],
        slug="own_thank_you_atlantico"),
    mail("atl_offer", "offer", "en", "2026-05-05 17:25 +0100", ATL_INES,
         "Offer - Energy & Building Performance Technician", _atl_offer, company=ATL,
         contact=ATL_INES[1], name_enc=("utf-8", "q"), html=simple_html(_atl_offer),
         slug="atlantico_offer"),
    mail("atl_letter", "offer", "en", "2026-05-07 10:48 +0100",
         ("Sofia Ramalho", "sofia.ramalho@atlanticofm.example.pt"),
         "Your offer letter - Atlântico Facility Services", _atl_letter, company=ATL,
         contact="sofia.ramalho@atlanticofm.example.pt", cc=[ATL_INES],
         subj_enc=("utf-8", "b"),
         pdfs=[("Offer_Letter_R_Albarracin.pdf", "Atlantico Facility Services - Offer of employment",
                ["Lisbon, 7 May 2026", "Dear Rodrigo Albarracin Pena,",
                 "We are pleased to offer you the position of Energy & Building Performance",
                 "Technician on a permanent, full-time contract starting 1 June 2026.",
                 "Gross annual salary: 24,500 EUR in 14 instalments.",
                 "Signed: ______________________  Date: __________"]),
               ("Summary_of_Terms.pdf", "Summary of terms",
                ["Meal allowance", "Health insurance", "Relocation support"])],
         slug="atlantico_offer_letter"),
    # ---------------------------------------------------------------- Lumen
    mail("lum_ack", "application_received", "en", "2026-01-15 18:03 +0000", LUM_LEVER,
         "Thanks for applying to Lumen Energy Partners", _lum_ack, company=LUM, cte="7bit",
         headers=[("Auto-Submitted", "auto-generated")], slug="lumen_thanks_for_applying"),
    mail("lum_invite", "interview_invitation", "en", "2026-01-22 10:31 +0000", LUM_SAM,
         "Junior Energy Auditor - quick call?", _lum_invite, company=LUM, contact=LUM_SAM[1],
         cte="7bit", slug="lumen_screening_call"),
    mail("lum_cancel", "interview_reschedule_or_cancel", "en", "2026-01-27 16:50 +0000", LUM_SAM,
         "Cancelled: Screening call - Rodrigo / Lumen", _lum_cancel, company=LUM,
         contact=LUM_SAM[1], cte="7bit",
         ics={"method": "CANCEL", "tz": "Europe/Lisbon", "start": "20260129T110000",
              "end": "20260129T113000", "stamp": "20260127T165000Z", "seq": 1,
              "uid": "lumen-screen-0129@lumenenergy.example.pt",
              "summary": "Screening call - Rodrigo / Lumen", "organizer": LUM_SAM},
         slug="lumen_call_cancelled"),
    mail("lum_reject", "rejection", "en", "2026-02-20 12:14 +0000", LUM_SAM,
         "Re: Junior Energy Auditor - quick call?", _lum_reject, company=LUM, contact=LUM_SAM[1],
         parent="lum_invite", quote="en", slug="lumen_role_not_opened"),
    # ---------------------------------------------------------------- University of Irwell
    mail("uoi_ack", "application_received", "en", "2026-02-10 21:56 +0000", UOI_WD,
         "Application received: Building Energy Technician (R0004127)", _uoi_ack, company=UOI,
         html=shell("Application received", paras(_uoi_ack), brand="University of Irwell",
                    color="#5b2c6f"),
         slug="irwell_uni_application_received"),
    mail("uoi_reject", "rejection", "en", "2026-03-18 14:00 +0000", UOI_WD,
         "Your application to the University of Irwell (R0004127)", _uoi_reject, company=UOI,
         cte="base64", slug="irwell_uni_not_shortlisted"),
    # ---------------------------------------------------------------- Pennine Facilities
    mail("pfg_ack", "application_received", "en", "2026-05-12 08:44 +0100", PFG_ICIMS,
         "Pennine Facilities Group - application confirmation", None, company=PFG,
         html=shell("Application confirmation", paras(_pfg_ack), brand=PFG, color="#2e7d32",
                    footer="This is an automated message. Replies are not monitored."),
         slug="pennine_application_confirmation"),
    mail("pfg_reject", "rejection", "en", "2026-06-02 15:20 +0100", PFG_ICIMS,
         "Your application: Mobile HVAC & Energy Engineer", _pfg_reject, company=PFG,
         html=shell("Your application", paras(_pfg_reject), brand=PFG, color="#2e7d32",
                    footer="This is an automated message. Replies are not monitored."),
         slug="pennine_moving_forward_others"),
    # ---------------------------------------------------------------- Redbrick
    mail("red_invite", "interview_invitation", "en", "2026-06-09 13:05 +0100", RED_ASHBY,
         "Schedule your interview with Redbrick Energy Services", _red_invite, company=RED,
         html=shell("Schedule your interview", paras(_red_invite) + "\n" + button(
             "Choose a time", "https://jobs.ashbyhq.example/redbrick/interview-scheduling/3c9e",
             "#b71c1c"), brand=RED, color="#b71c1c"),
         slug="redbrick_schedule_interview"),
    mail("red_missed", "missed_interview_notice", "en", "2026-06-16 10:22 +0100", RED_HANNAH,
         "Our interview this morning", _red_missed, company=RED, contact=RED_HANNAH[1],
         cte="7bit", slug="redbrick_waited_on_zoom"),
    mail("red_reject", "rejection", "en", "2026-06-23 17:48 +0100", RED_HANNAH,
         "Re: Our interview this morning", _red_reject, company=RED, contact=RED_HANNAH[1],
         cte="7bit", slug="redbrick_not_taking_forward"),
    # ---------------------------------------------------------------- Irwell Estates
    mail("irw_reject", "rejection", "en", "2026-07-07 09:12 +0100",
         ("Graham Hulme", "g.hulme@irwellestates.example.co.uk"),
         "Building Services Supervisor - your application", _irw_reject, company=IRW,
         contact="g.hulme@irwellestates.example.co.uk", charset="windows-1252",
         cte="quoted-printable", slug="irwell_estates_position_filled"),
    # ---------------------------------------------------------------- Mersey Bridge
    mail("mb_invite", "interview_invitation", "en", "2026-08-04 15:33 +0100", MB_CHLOE,
         "Interview confirmed - Medlock Healthcare, Estates Energy Officer", _mb_invite,
         company=MED, contact=MB_CHLOE[1], html=simple_html(_mb_invite),
         slug="merseybridge_medlock_interview"),
    mail("mb_move", "interview_reschedule_or_cancel", "en", "2026-08-10 09:58 +0100", MB_CHLOE,
         "RE: Interview confirmed - Medlock Healthcare, Estates Energy Officer", _mb_move,
         company=MED, contact=MB_CHLOE[1], parent="mb_invite", quote="outlook_en",
         slug="merseybridge_medlock_moved"),
    mail("mb_reject", "rejection", "en", "2026-08-26 16:05 +0100", MB_CHLOE,
         "Medlock Healthcare - feedback", _mb_reject, company=MED, contact=MB_CHLOE[1],
         slug="merseybridge_medlock_feedback"),
    # ---------------------------------------------------------------- Tagus Solar
    mail("tag_invite", "interview_invitation", "en", "2026-09-08 11:20 +0100", TAG_RUI,
         "PV Maintenance Technician - practical assessment", _tag_invite, company=TAG,
         contact=TAG_RUI[1], cte="7bit", slug="tagus_practical_assessment"),
    mail("tag_missed", "missed_interview_notice", "en", "2026-09-17 10:05 +0100", TAG_RUI,
         "Re: PV Maintenance Technician - practical assessment", _tag_missed, company=TAG,
         contact=TAG_RUI[1], parent="tag_invite", quote="en", cte="7bit",
         slug="tagus_tried_to_call"),
]
