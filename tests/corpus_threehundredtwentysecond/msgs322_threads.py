"""Corpus 322, long threads in English/German: Corrib Clinical Trials Unit (Galway, offer 1),
CareLattice (London health software, Greenhouse) and Pulsewerk (Berlin med-device start-up,
Personio, offer 2)."""

from __future__ import annotations

from msgs322_common import ME, html_from_text, html_page, ics, para_html, t

AOIFE = ("Aoife Kerrigan", "aoife.kerrigan@corribctu.example.ie")
RONAN = ("Ronan Duggan", "ronan.duggan@corribctu.example.ie")
PRIYA = ("Priya Raman", "priya.raman@carelattice.example.co.uk")
LENA = ("Dr. Lena Vogt", "lena.vogt@pulsewerk.example.de")
MIRJA = ("Mirja Hoffmann", "mirja.hoffmann@pulsewerk.example.de")
GH = "no-reply@greenhouse-mail.io"
PERSONIO = "pulsewerk-noreply@personio.de"

CORRIB_SIG = t("""
    --
    Aoife Kerrigan
    Clinical Trials Manager
    Corrib Clinical Trials Unit
    Block C, Wolfe Tone Quay Research Park, Galway H91 X2P7
    T: +353 91 555 0142
    """)
CORRIB_HR_SIG = t("""
    Kind regards,

    Ronan Duggan
    HR Officer | Corrib Clinical Trials Unit
    Block C, Wolfe Tone Quay Research Park, Galway H91 X2P7
    +353 91 555 0100

    This email and any attachments are confidential and intended solely for the addressee.
    If you have received it in error please notify the sender and delete it. Corrib Clinical
    Trials Unit is a registered charity (RCN 20099999).
    """)

SPECS = [
    # ------------------------------------------------------------ Corrib Clinical Trials Unit
    {
        "slug": "own_corrib_application",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-04-07 21:40 +0100",
        "frm": ME, "to": [AOIFE],
        "subject": "Application – Clinical Research Coordinator (ref CTU-26-014)",
        "text": t("""
            Dear Ms Kerrigan,

            Please find attached my CV and cover letter for the Clinical Research Coordinator
            post (ref CTU-26-014) advertised on your website.

            I have worked for seven years as a staff nurse, the last three on the oncology day
            ward in Galway, where I have been the ward link for two industry-sponsored trials
            (consent, sample logistics, CRF completion and monitoring visits). I completed the
            ICH-GCP refresher in January and I am now finishing a part-time certificate in
            health informatics.

            I would be very glad to talk about the role at any time.

            Kind regards,
            Siobhán Ní Bhriain
            087 555 0198
            """),
        "pdfs": [("Siobhan_Ni_Bhriain_CV.pdf", "Siobhan Ni Bhriain - Curriculum Vitae",
                  ["Staff Nurse, Oncology Day Ward, Galway (2019-present)",
                   "Trial link nurse: 2 industry-sponsored phase III studies",
                   "ICH-GCP certified (2026)"]),
                 ("Cover_letter_CTU-26-014.pdf", "Cover letter - CTU-26-014",
                  ["Dear Ms Kerrigan,", "I am applying for the Clinical Research Coordinator",
                   "post advertised on your website."])],
    },
    {
        "slug": "corrib_ack_human",
        "kind": "application_received", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "aoife.kerrigan@corribctu.example.ie",
        "date": "2026-04-08 09:12 +0100",
        "frm": AOIFE, "parent": "own_corrib_application", "quote": "en",
        "subject": "Re: Application – Clinical Research Coordinator (ref CTU-26-014)",
        "text": t("""
            Dear Siobhán,

            Thank you for your application, which I have received safely along with your
            CV and cover letter. The closing date is Friday 17 April; we will be shortlisting
            the week after and I'll be in touch either way once that is done.

            Best wishes,
            Aoife
            """) + CORRIB_SIG,
    },
    {
        "slug": "corrib_invite_first",
        "kind": "interview_invitation", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "aoife.kerrigan@corribctu.example.ie",
        "date": "2026-04-21 14:05 +0100",
        "frm": AOIFE,
        "subject": "Interview – Clinical Research Coordinator, Thursday 30 April",
        "text": t("""
            Dear Siobhán,

            I'm pleased to let you know that you have been shortlisted for the Clinical
            Research Coordinator post, and we would like to invite you to interview.

            Date: Thursday 30 April 2026
            Time: 10:00 (approx. 45 minutes)
            Where: Corrib CTU, Block C, Wolfe Tone Quay Research Park, ground floor meeting room
            Panel: myself, Dr Fergal Moylan (Clinical Lead) and Gráinne Tully (Data Manager)

            There will be a ten-minute presentation at the start: "How would you set up the
            screening log for a new oncology study?" Slides are optional.

            Please bring photo ID and the originals of your NMBI registration. A calendar
            invitation is attached; do accept it or let me know if the time is difficult.

            Best wishes,
            Aoife
            """) + CORRIB_SIG,
        "html": html_page(para_html([
            "Dear Siobhán,",
            "I'm pleased to let you know that you have been shortlisted for the Clinical "
            "Research Coordinator post, and we would like to invite you to interview.",
            "<b>Date:</b> Thursday 30 April 2026<br><b>Time:</b> 10:00 (approx. 45 minutes)<br>"
            "<b>Where:</b> Corrib CTU, Block C, Wolfe Tone Quay Research Park, ground floor "
            "meeting room<br><b>Panel:</b> myself, Dr Fergal Moylan (Clinical Lead) and "
            "Gráinne Tully (Data Manager)",
            "There will be a ten-minute presentation at the start: &quot;How would you set up "
            "the screening log for a new oncology study?&quot; Slides are optional.",
            "Please bring photo ID and the originals of your NMBI registration. A calendar "
            "invitation is attached; do accept it or let me know if the time is difficult.",
            "Best wishes,<br>Aoife",
            "--<br>Aoife Kerrigan<br>Clinical Trials Manager<br>Corrib Clinical Trials Unit<br>"
            "Block C, Wolfe Tone Quay Research Park, Galway H91 X2P7<br>T: +353 91 555 0142",
        ])),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="ctu-26-014-sinb@corribctu.example.ie", seq=0,
            start="20260430T100000", end="20260430T104500", tz="Europe/Dublin",
            summary="Interview: Clinical Research Coordinator (S. Ní Bhriain)",
            organizer=AOIFE, location="Corrib CTU, Block C, Wolfe Tone Quay Research Park",
            stamp="20260421T130500Z")},
    },
    {
        "slug": "corrib_moved",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "aoife.kerrigan@corribctu.example.ie",
        "date": "2026-04-24 16:30 +0100",
        "frm": AOIFE, "parent": "corrib_invite_first", "quote": "en",
        "subject": "Updated: Interview – Clinical Research Coordinator, now Tuesday 5 May",
        "text": t("""
            Hi Siobhán,

            Apologies for the change – Dr Moylan has been called to an investigators' meeting
            in Dublin on the 30th, and we'd like the full panel there. Could we move your
            interview to Tuesday 5 May at 14:00, same place? The presentation topic stays
            the same.

            I've updated the calendar invitation. If the afternoon doesn't suit, just reply
            and we'll find something else that week.

            Thanks for your patience,
            Aoife
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="ctu-26-014-sinb@corribctu.example.ie", seq=1,
            start="20260505T140000", end="20260505T144500", tz="Europe/Dublin",
            summary="Interview: Clinical Research Coordinator (S. Ní Bhriain)",
            organizer=AOIFE, location="Corrib CTU, Block C, Wolfe Tone Quay Research Park",
            stamp="20260424T153000Z")},
    },
    {
        "slug": "own_corrib_thanks",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-05 19:02 +0100",
        "frm": ME, "to": [AOIFE], "parent": "corrib_moved", "quote": "en",
        "subject": "Re: Updated: Interview – Clinical Research Coordinator, now Tuesday 5 May",
        "text": t("""
            Dear Aoife,

            Thank you to you, Dr Moylan and Gráinne for your time this afternoon. I really
            enjoyed hearing about the new screening workflow and the plans for the eCRF
            migration, and it made me even keener on the role.

            If anything from the presentation would be useful in writing, I'm happy to send
            on the screening log template I sketched.

            Kind regards,
            Siobhán
            """),
    },
    {
        "slug": "corrib_second_stage",
        "kind": "interview_invitation", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "aoife.kerrigan@corribctu.example.ie",
        "date": "2026-05-14 11:20 +0100",
        "frm": AOIFE, "parent": "own_corrib_thanks", "quote": "outlook",
        "subject": "RE: Updated: Interview – Clinical Research Coordinator, now Tuesday 5 May",
        "text": t("""
            Dear Siobhán,

            Thanks again for coming in. The panel would like to ask you back for a second
            and final stage: a one-hour session with Prof. Declan Hession, our director, which
            includes a short practical exercise (you'll be given an excerpt of a protocol and
            asked to pick out eligibility issues – no preparation needed).

            Would Friday 22 May at 11:00 suit? It can be on Teams if travelling in is awkward,
            but we'd prefer in person.

            Best,
            Aoife
            """),
    },
    {
        "slug": "corrib_verbal_offer",
        "kind": "offer", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "aoife.kerrigan@corribctu.example.ie",
        "date": "2026-07-29 17:45 +0100",
        "frm": AOIFE,
        "subject": "Following up on our call – Clinical Research Coordinator",
        "text": t("""
            Dear Siobhán,

            It was lovely to speak to you this afternoon. As I said on the phone, I'm
            delighted to offer you the position of Clinical Research Coordinator with the
            Corrib Clinical Trials Unit, subject to references and Garda vetting.

            The headline terms we discussed: Grade V on the HSE consolidated scale (point 4,
            €52,160), 37 hours a week with one remote day, 25 days' annual leave, and a
            proposed start at the beginning of October.

            Ronan in HR will send the formal offer letter and contract summary in the next
            day or two. Please don't hesitate to ring me with any questions in the meantime.

            We're all really pleased,
            Aoife
            """) + CORRIB_SIG,
        "charset": "windows-1252", "cte": "quoted-printable",
    },
    {
        "slug": "corrib_offer_letter",
        "kind": "offer", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "ronan.duggan@corribctu.example.ie",
        "date": "2026-07-31 10:02 +0100",
        "frm": RONAN, "cc": [AOIFE],
        "subject": "Offer of employment – Clinical Research Coordinator (CTU-26-014)",
        "text": t("""
            Dear Siobhán,

            Further to your conversation with Aoife Kerrigan, I am pleased to attach our
            formal offer of employment for the post of Clinical Research Coordinator, together
            with a summary of the main terms of the contract.

            To accept, please sign and return the offer letter by Friday 14 August 2026. Once
            we have it, I'll start the Garda vetting process and contact your referees.
            """) + "\n" + CORRIB_HR_SIG,
        "html": html_page(para_html([
            "Dear Siobhán,",
            "Further to your conversation with Aoife Kerrigan, I am pleased to attach our formal "
            "offer of employment for the post of <b>Clinical Research Coordinator</b>, together "
            "with a summary of the main terms of the contract.",
            "To accept, please sign and return the offer letter by <b>Friday 14 August 2026</b>. "
            "Once we have it, I'll start the Garda vetting process and contact your referees.",
            "Kind regards,<br><br>Ronan Duggan<br>HR Officer | Corrib Clinical Trials Unit<br>"
            "Block C, Wolfe Tone Quay Research Park, Galway H91 X2P7<br>+353 91 555 0100",
        ]), footer="This email and any attachments are confidential and intended solely for "
           "the addressee. If you have received it in error please notify the sender and "
           "delete it. Corrib Clinical Trials Unit is a registered charity (RCN 20099999)."),
        "html_cte": "base64",
        "pdfs": [("Offer_Letter_CTU-26-014.pdf", "Offer of Employment",
                  ["Post: Clinical Research Coordinator", "Salary: EUR 52,160 (Grade V, point 4)",
                   "Hours: 37 per week", "Proposed start: 1 October 2026",
                   "Please sign and return by 14 August 2026."]),
                 ("Contract_Summary.pdf", "Summary of Terms",
                  ["Probation: 6 months", "Annual leave: 25 days",
                   "Pension: defined contribution"])],
    },
    {
        "slug": "own_corrib_start_question",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-08-04 20:15 +0100",
        "frm": ME, "to": [RONAN], "cc": [AOIFE], "parent": "corrib_offer_letter", "quote": "en",
        "subject": "Re: Offer of employment – Clinical Research Coordinator (CTU-26-014)",
        "text": t("""
            Dear Ronan,

            Thank you very much for the offer letter. Before I sign, could I ask whether the
            start date could be Monday 5 October rather than the 1st? I need to give the
            hospital eight weeks' notice and my last rostered shift falls on 2 October.

            Could you also confirm which day would be the remote day, or is that agreed with
            the team?

            Many thanks,
            Siobhán
            """),
    },
    {
        "slug": "corrib_revised_offer",
        "kind": "offer", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "ronan.duggan@corribctu.example.ie",
        "date": "2026-08-07 12:30 +0100",
        "frm": RONAN, "cc": [AOIFE], "parent": "own_corrib_start_question", "quote": "en",
        "subject": "Re: Offer of employment – Clinical Research Coordinator (CTU-26-014)",
        "text": t("""
            Dear Siobhán,

            No problem at all – Aoife is happy with Monday 5 October. I attach a revised
            offer letter with the new start date; everything else is unchanged. The remote
            day is agreed within the team each quarter (most people take Friday).

            The deadline for returning the signed letter stays 14 August, but let me know if
            you need a few more days.
            """) + "\n" + CORRIB_HR_SIG,
        "pdfs": [("Offer_Letter_CTU-26-014_rev1.pdf", "Offer of Employment (revised)",
                  ["Post: Clinical Research Coordinator", "Start date: Monday 5 October 2026",
                   "All other terms as in the letter of 31 July 2026."])],
    },
    {
        "slug": "corrib_offer_reminder",
        "kind": "offer", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "ronan.duggan@corribctu.example.ie",
        "date": "2026-08-20 09:00 +0100",
        "frm": RONAN,
        "subject": "Your offer – Clinical Research Coordinator: extended to 28 August",
        "text": t("""
            Dear Siobhán,

            Just a friendly note: following your phone call with Aoife, we've extended the
            deadline for accepting our offer of the Clinical Research Coordinator post to
            Friday 28 August. The revised offer letter of 7 August still stands in full.

            If you have any questions about the terms, I'm around all week.
            """) + "\n" + CORRIB_HR_SIG,
    },
    {
        "slug": "own_corrib_accept",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-08-21 08:10 +0100",
        "frm": ME, "to": [RONAN], "cc": [AOIFE], "parent": "corrib_offer_reminder",
        "quote": "outlook",
        "subject": "RE: Your offer – Clinical Research Coordinator: extended to 28 August",
        "text": t("""
            Dear Ronan, dear Aoife,

            I'm delighted to accept the offer. The signed letter is attached as a scan and I
            will post the original today. My referees are expecting your call.

            Looking forward to starting on 5 October!

            Best wishes,
            Siobhán
            """),
        "pdfs": [("Signed_offer_letter.pdf", "Offer of Employment (signed)",
                  ["Accepted: Siobhan Ni Bhriain", "Date: 21 August 2026"])],
    },
    {
        "slug": "corrib_contract_bamboo",
        "kind": "offer", "lang": "en",
        "company": "Corrib Clinical Trials Unit", "contact": "",
        "date": "2026-08-24 07:30 +0000",
        "frm": ("Corrib Clinical Trials Unit", "no-reply@bamboohr.com"),
        "subject": "Corrib Clinical Trials Unit has sent you a document to sign",
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Corrib Clinical Trials Unit has sent you the following document to review and "
            "sign electronically:",
            "<b>Contract of Employment – Clinical Research Coordinator (fixed term, 3 years)</b>",
            '<a href="https://corribctu.bamboohr.com/esignatures/8812" '
            'style="background:#73c41d;color:#fff;padding:10px 18px;text-decoration:none">'
            "Review &amp; sign</a>",
            "This request was sent on behalf of Ronan Duggan. If you have questions about the "
            "document, please contact Corrib Clinical Trials Unit directly.",
        ]), brand="BambooHR", colour="#73c41d",
            footer="You are receiving this email because Corrib Clinical Trials Unit uses "
                   "BambooHR. Please do not reply to this automated message."),
    },
    {
        "slug": "corrib_onboarding_vetting",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-09-02 14:48 +0100",
        "frm": RONAN,
        "subject": "Onboarding: Garda vetting form and first-day details",
        "text": t("""
            Hi Siobhán,

            Welcome aboard! Two bits of admin before 5 October:

            1. You'll shortly get an email from the National Vetting Bureau with a link to
               the NVB1 form. It has to be completed within 30 days.
            2. On your first day please come to reception at 09:15; Aoife will meet you there.
               Parking permits are issued by facilities, form attached.

            No need to reply to this one.
            """) + "\n" + CORRIB_HR_SIG,
        "pdfs": [("Parking_permit_form.pdf", "Facilities - Parking Permit Application",
                  ["Name:", "Vehicle registration:", "Start date:"])],
    },
    # ------------------------------------------------------------ CareLattice (Greenhouse)
    {
        "slug": "carelattice_ack_greenhouse",
        "kind": "application_received", "lang": "en",
        "company": "CareLattice", "contact": "",
        "date": "2026-02-16 10:03 +0000",
        "frm": ("CareLattice Hiring Team", GH),
        "subject": "Thank you for applying to CareLattice",
        "text": t("""
            Hi Siobhán,

            Thanks for your interest in CareLattice! We've received your application for
            Clinical Implementation Specialist (London, hybrid) and our team is reviewing it.

            We read every application, and if your experience is a match for the role we'll
            reach out to set up a first conversation. In the meantime, you can learn more
            about how NHS wards use our e-observations platform on our blog.

            Best,
            The CareLattice Talent Team

            ---
            Sent via Greenhouse. Please do not reply to this email.
            """),
        "html": html_page(para_html([
            "Hi Siobhán,",
            "Thanks for your interest in CareLattice! We've received your application for "
            "<b>Clinical Implementation Specialist (London, hybrid)</b> and our team is "
            "reviewing it.",
            "We read every application, and if your experience is a match for the role we'll "
            "reach out to set up a first conversation. In the meantime, you can learn more "
            "about how NHS wards use our e-observations platform on our "
            '<a href="https://carelattice.example.co.uk/blog">blog</a>.',
            "Best,<br>The CareLattice Talent Team",
        ]), brand="CareLattice", colour="#0b6e4f",
            footer="Sent via Greenhouse. Please do not reply to this email."),
        "html_cte": "quoted-printable",
    },
    {
        "slug": "carelattice_invite",
        "kind": "interview_invitation", "lang": "en",
        "company": "CareLattice", "contact": "priya.raman@carelattice.example.co.uk",
        "date": "2026-03-02 15:40 +0000",
        "frm": ("Priya Raman via Greenhouse", GH), "reply_to": PRIYA,
        "subject": "Interview invitation: Clinical Implementation Specialist at CareLattice",
        "text": t("""
            Hi Siobhán,

            Thanks so much for applying to CareLattice. I'd love to set up a 45-minute video
            interview with me and Tom Ashdown (Implementation Lead) to talk through your ward
            experience and how you'd approach rolling out e-obs on a busy medical ward.

            I've scheduled it for Tuesday 10 March at 11:00 (UK time) on Google Meet – the
            invite is attached. If that doesn't work, reply to this email and I'll move it.

            Speak soon,
            Priya

            Priya Raman | Talent Partner | CareLattice
            2nd floor, 14 Leathermarket Yard, London SE1 3ER
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="gh-7731904-interview@carelattice.example.co.uk", seq=0,
            start="20260310T110000", end="20260310T114500", tz="Europe/London",
            summary="CareLattice interview – Siobhán Ní Bhriain",
            organizer=PRIYA, location="https://meet.google.com/abc-defg-hij",
            stamp="20260302T154000Z",
            prodid="-//Greenhouse Software//Scheduler//EN")},
    },
    {
        "slug": "carelattice_moved",
        "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "CareLattice", "contact": "priya.raman@carelattice.example.co.uk",
        "date": "2026-03-06 09:15 +0000",
        "frm": ("Priya Raman via Greenhouse", GH), "reply_to": PRIYA,
        "parent": "carelattice_invite", "quote": "en",
        "subject": "Updated invitation: CareLattice interview moved to Thu 12 March",
        "text": t("""
            Hi Siobhán,

            Tom has been pulled into a go-live at a trust in Leeds next Tuesday, so I've had
            to move our interview to Thursday 12 March, 15:30–16:15 UK time. Same Meet link;
            the calendar invitation is updated.

            Sorry for the shuffle – let me know if the new time is a problem.

            Priya
            """),
        "ics": {"method": "REQUEST", "body": ics(
            method="REQUEST", uid="gh-7731904-interview@carelattice.example.co.uk", seq=1,
            start="20260312T153000", end="20260312T161500", tz="Europe/London",
            summary="CareLattice interview – Siobhán Ní Bhriain",
            organizer=PRIYA, location="https://meet.google.com/abc-defg-hij",
            stamp="20260306T091500Z",
            prodid="-//Greenhouse Software//Scheduler//EN")},
    },
    {
        "slug": "own_carelattice_thanks",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-03-12 18:22 +0000",
        "frm": ME, "to": [PRIYA],
        "subject": "Thank you – interview for Clinical Implementation Specialist",
        "text": t("""
            Hi Priya,

            Thanks to you and Tom for the conversation this afternoon. I especially liked
            hearing how you pair clinical specialists with the ward educators during go-live;
            it's exactly the part of informatics work I'd like to grow into.

            I look forward to hearing about next steps.

            All the best,
            Siobhán Ní Bhriain
            """),
    },
    {
        "slug": "carelattice_reject_after_final",
        "kind": "rejection", "lang": "en",
        "company": "CareLattice", "contact": "priya.raman@carelattice.example.co.uk",
        "date": "2026-03-27 11:05 +0000",
        "frm": ("Priya Raman via Greenhouse", GH), "reply_to": PRIYA,
        "parent": "own_carelattice_thanks", "quote": "en",
        "subject": "Re: Thank you – interview for Clinical Implementation Specialist",
        "text": t("""
            Hi Siobhán,

            Thank you again for your time with Tom and, last week, with Hannah and the
            product team here at CareLattice. It was a genuinely close decision, but we've
            offered the role to a candidate who has already led an EPR implementation, and
            they have accepted.

            We were impressed by your ward perspective and I'd be glad to keep your details
            on file for future clinical roles, if that's alright with you.

            Wishing you all the best,
            Priya
            """),
        "html": html_from_text(t("""
            Hi Siobhán,

            Thank you again for your time with Tom and, last week, with Hannah and the
            product team here at CareLattice. It was a genuinely close decision, but we've
            offered the role to a candidate who has already led an EPR implementation, and
            they have accepted.

            We were impressed by your ward perspective and I'd be glad to keep your details
            on file for future clinical roles, if that's alright with you.

            Wishing you all the best,
            Priya
            """)),
    },
    # ------------------------------------------------------------ Pulsewerk (Berlin)
    {
        "slug": "pulsewerk_ack_personio",
        "kind": "application_received", "lang": "de",
        "company": "Pulsewerk", "contact": "",
        "date": "2026-05-11 08:02 +0200",
        "frm": ("Pulsewerk Recruiting", PERSONIO),
        "subject": "Eingangsbestätigung Ihrer Bewerbung – Clinical Affairs Specialist (m/w/d)",
        "text": t("""
            Liebe Frau Ní Bhriain,

            vielen Dank für Ihre Bewerbung als Clinical Affairs Specialist (m/w/d) und Ihr
            Interesse an Pulsewerk. Ihre Unterlagen sind vollständig bei uns eingegangen.

            Wir sehen uns Ihre Bewerbung in den nächsten zwei Wochen genau an und melden uns
            dann bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem
            Bewerberkonto einsehen.

            Viele Grüße
            Ihr Pulsewerk-Team

            Pulsewerk GmbH · Lohmühlenstraße 65 · 12435 Berlin
            Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
            """),
        "html": html_page(para_html([
            "Liebe Frau Ní Bhriain,",
            "vielen Dank für Ihre Bewerbung als <b>Clinical Affairs Specialist (m/w/d)</b> und "
            "Ihr Interesse an Pulsewerk. Ihre Unterlagen sind vollständig bei uns eingegangen.",
            "Wir sehen uns Ihre Bewerbung in den nächsten zwei Wochen genau an und melden uns "
            "dann bei Ihnen. Den aktuellen Stand können Sie jederzeit in Ihrem Bewerberkonto "
            "einsehen.",
            "Viele Grüße<br>Ihr Pulsewerk-Team",
        ]), brand="Pulsewerk", colour="#e4572e", lang="de",
            footer="Pulsewerk GmbH · Lohmühlenstraße 65 · 12435 Berlin<br>Diese E-Mail wurde "
                   "automatisch erstellt. Bitte antworten Sie nicht darauf."),
        "cte": "quoted-printable", "html_cte": "quoted-printable",
        "subj_enc": ("q", "utf-8"),
    },
    {
        "slug": "pulsewerk_invite_video",
        "kind": "interview_invitation", "lang": "en",
        "company": "Pulsewerk", "contact": "lena.vogt@pulsewerk.example.de",
        "date": "2026-05-19 13:44 +0200",
        "frm": LENA,
        "subject": "Pulsewerk – first conversation about the Clinical Affairs role",
        "text": t("""
            Hi Siobhán,

            I'm Lena, Head of Clinical Affairs at Pulsewerk. We're building a wearable ECG
            patch for post-operative monitoring and are about to start our first clinical
            investigation in two Berlin hospitals – your trial-nurse background caught my eye.

            Would you have time for a 45-minute video call on Tuesday 26 May at 10:00 CEST?
            Here's the Google Meet link: https://meet.google.com/pwk-lena-26may

            The call will be in English. If the time doesn't work, just suggest another.

            Best,
            Lena

            Dr. Lena Vogt
            Head of Clinical Affairs
            Pulsewerk GmbH | Lohmühlenstraße 65 | 12435 Berlin
            +49 30 5557 1120
            """),
    },
    {
        "slug": "pulsewerk_missed_call",
        "kind": "missed_interview_notice", "lang": "en",
        "company": "Pulsewerk", "contact": "lena.vogt@pulsewerk.example.de",
        "date": "2026-05-26 10:25 +0200",
        "frm": LENA, "parent": "pulsewerk_invite_video", "quote": "en",
        "subject": "Re: Pulsewerk – first conversation about the Clinical Affairs role",
        "text": t("""
            Hi Siobhán,

            I was in the Meet room from 10:00 to 10:20 CEST but didn't see you join – maybe
            the time difference caught us out (10:00 here is 09:00 in Galway)? No problem at
            all. Let me know a couple of times that suit and we'll try again this week.

            Lena
            """),
    },
    {
        "slug": "own_pulsewerk_apology",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-05-26 11:02 +0100",
        "frm": ME, "to": [LENA], "parent": "pulsewerk_missed_call", "quote": "en",
        "subject": "Re: Pulsewerk – first conversation about the Clinical Affairs role",
        "text": t("""
            Dear Lena,

            I'm so sorry – I had it in my diary for 10:00 Irish time and was sitting ready
            just now. That's entirely my mistake. I'm free Thursday after 12:00 or any time
            Friday (Irish time!) if either works for you.

            Apologies again,
            Siobhán
            """),
    },
    {
        "slug": "pulsewerk_new_slot",
        "kind": "interview_invitation", "lang": "en",
        "company": "Pulsewerk", "contact": "lena.vogt@pulsewerk.example.de",
        "date": "2026-05-27 09:30 +0200",
        "frm": LENA, "parent": "own_pulsewerk_apology", "quote": "en",
        "subject": "Re: Pulsewerk – first conversation about the Clinical Affairs role",
        "text": t("""
            No worries at all, it happens to everyone once!

            Let's do Friday 29 May at 14:00 CEST / 13:00 Irish time. I've sent a calendar
            invite with both time zones so we can't get it wrong this time. Our CTO, Bastian,
            may join for the last 15 minutes.

            Lena
            """),
        "ics": {"method": "REQUEST", "mode": "attach", "filename": "pulsewerk-call.ics",
                "body": ics(method="REQUEST", uid="pwk-cs-0529@pulsewerk.example.de", seq=0,
                            start="20260529T140000", end="20260529T144500", tz="Europe/Berlin",
                            summary="Pulsewerk x Siobhán (13:00 Irish time)", organizer=LENA,
                            location="https://meet.google.com/pwk-lena-29may",
                            stamp="20260527T073000Z")},
    },
    {
        "slug": "pulsewerk_trial_day",
        "kind": "interview_invitation", "lang": "de",
        "company": "Pulsewerk", "contact": "mirja.hoffmann@pulsewerk.example.de",
        "date": "2026-06-15 16:10 +0200",
        "frm": ("Mirja Hoffmann von Pulsewerk", PERSONIO), "reply_to": MIRJA,
        "subject": "Einladung zum Probearbeitstag in Berlin am 1. Juli",
        "text": t("""
            Liebe Siobhán,

            Lena hat mir erzählt, dass Sie gerade Deutsch lernen, deshalb schreibe ich Ihnen
            gern auf Deutsch; bei Fragen können Sie natürlich auch auf Englisch antworten.

            Nach den beiden Gesprächen möchten wir Sie herzlich zu einem Probearbeitstag bei
            uns in Berlin einladen:

            Datum: Mittwoch, 1. Juli 2026, 09:30 bis ca. 16:00 Uhr
            Ort: Pulsewerk, Lohmühlenstraße 65, 12435 Berlin (3. OG, bitte klingeln)
            Ablauf: Kennenlernen des Teams, gemeinsamer Review des Prüfplans, Mittagessen,
            Abschlussgespräch mit Lena und unserem CEO Karim Saadi

            Flug und eine Übernachtung übernehmen wir selbstverständlich. Schicken Sie mir
            einfach Ihre Wunschverbindung, ich buche dann für Sie.

            Viele Grüße
            Mirja

            Mirja Hoffmann
            People & Culture | Pulsewerk GmbH
            """),
        "charset": "iso-8859-1", "cte": "8bit",
    },
    {
        "slug": "pulsewerk_offer_lena",
        "kind": "offer", "lang": "en",
        "company": "Pulsewerk", "contact": "lena.vogt@pulsewerk.example.de",
        "date": "2026-09-08 18:20 +0200",
        "frm": LENA, "cc": [MIRJA],
        "subject": "We'd love you to join Pulsewerk!",
        "text": t("""
            Hi Siobhán,

            I'm very happy to tell you that after the trial day – and a long summer of
            waiting for our funding round to close, thank you for your patience – we would
            like to offer you the role of Clinical Affairs Specialist at Pulsewerk.

            The package: €58,000 gross per year, 0.1% virtual share options, 28 days of
            holiday, full-time in Berlin with two home-office days, start on 1 December or
            later by agreement. Mirja will send the formal offer letter in German with an
            English courtesy translation.

            I really hope you'll say yes.

            Lena
            """),
        "html": html_from_text(t("""
            Hi Siobhán,

            I'm very happy to tell you that after the trial day – and a long summer of
            waiting for our funding round to close, thank you for your patience – we would
            like to offer you the role of Clinical Affairs Specialist at Pulsewerk.

            The package: €58,000 gross per year, 0.1% virtual share options, 28 days of
            holiday, full-time in Berlin with two home-office days, start on 1 December or
            later by agreement. Mirja will send the formal offer letter in German with an
            English courtesy translation.

            I really hope you'll say yes.

            Lena
            """)),
        "cte": "base64", "html_cte": "base64",
    },
    {
        "slug": "pulsewerk_angebot_pdf",
        "kind": "offer", "lang": "de",
        "company": "Pulsewerk", "contact": "mirja.hoffmann@pulsewerk.example.de",
        "date": "2026-09-10 11:00 +0200",
        "frm": MIRJA, "parent": "pulsewerk_offer_lena", "quote": "de",
        "subject": "AW: We'd love you to join Pulsewerk! – Ihr Vertragsangebot",
        "text": t("""
            Liebe Siobhán,

            wie von Lena angekündigt, erhalten Sie anbei unser schriftliches Vertragsangebot
            für die Position Clinical Affairs Specialist (Vollzeit, unbefristet) sowie eine
            englische Übersetzung zu Ihrer Information. Maßgeblich ist die deutsche Fassung.

            Wir würden uns über eine Rückmeldung bis zum 25. September freuen.

            Herzliche Grüße
            Mirja Hoffmann
            People & Culture

            Pulsewerk GmbH · Lohmühlenstraße 65 · 12435 Berlin
            Geschäftsführer: Karim Saadi · Amtsgericht Charlottenburg HRB 999999 B
            """),
        "pdfs": [("Vertragsangebot_Pulsewerk.pdf", "Vertragsangebot",
                  ["Position: Clinical Affairs Specialist", "Bruttojahresgehalt: 58.000 EUR",
                   "Urlaub: 28 Tage", "Beginn: 1. Dezember 2026"]),
                 ("Offer_Pulsewerk_EN.pdf", "Offer (courtesy translation)",
                  ["Position: Clinical Affairs Specialist", "Gross annual salary: EUR 58,000"])],
    },
    {
        "slug": "pulsewerk_relocation_update",
        "kind": "offer", "lang": "en",
        "company": "Pulsewerk", "contact": "lena.vogt@pulsewerk.example.de",
        "date": "2026-09-15 09:41 +0200",
        "frm": LENA,
        "subject": "Updated offer – relocation support added",
        "text": t("""
            Hi Siobhán,

            Thanks for the honest chat on Friday. I talked to Karim and we can improve the
            offer: on top of the terms in Mirja's letter we'll add a relocation package of
            €4,000 (flights, first month of temporary housing, Anmeldung support) and start
            you on 1 January if that makes the move easier.

            Mirja will send a corrected contract offer. The deadline moves to 30 September.

            Fingers crossed,
            Lena

            Dr. Lena Vogt | Head of Clinical Affairs | Pulsewerk
            """),
    },
    {
        "slug": "pulsewerk_angebot_korrigiert",
        "kind": "offer", "lang": "de",
        "company": "Pulsewerk", "contact": "mirja.hoffmann@pulsewerk.example.de",
        "date": "2026-09-17 14:05 +0200",
        "frm": MIRJA,
        "subject": "Korrigierte Fassung Ihres Vertragsangebots (Umzugspauschale, Beginn 1.1.)",
        "text": t("""
            Liebe Siobhán,

            anbei die korrigierte Fassung unseres Vertragsangebots: Beginn am 1. Januar 2027,
            zusätzlich eine Umzugspauschale von 4.000 EUR brutto. Alle übrigen Bedingungen
            bleiben unverändert. Bitte geben Sie uns bis zum 30. September Bescheid.

            Beste Grüße
            Mirja

            Mirja Hoffmann · People & Culture · Pulsewerk GmbH
            """),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "pdfs": [("Vertragsangebot_Pulsewerk_v2.pdf", "Vertragsangebot (korrigiert)",
                  ["Beginn: 1. Januar 2027", "Umzugspauschale: 4.000 EUR brutto"])],
    },
    {
        "slug": "pulsewerk_contract_personio",
        "kind": "offer", "lang": "de",
        "company": "Pulsewerk", "contact": "mirja.hoffmann@pulsewerk.example.de",
        "date": "2026-09-22 08:15 +0200",
        "frm": ("Pulsewerk über Personio", PERSONIO), "reply_to": MIRJA,
        "subject": "Ihr Arbeitsvertrag bei Pulsewerk liegt zur Unterschrift bereit",
        "html": html_page(para_html([
            "Hallo Siobhán Ní Bhriain,",
            "Pulsewerk hat Ihnen Ihren <b>Arbeitsvertrag (Clinical Affairs Specialist)</b> zur "
            "digitalen Unterschrift bereitgestellt.",
            '<a href="https://pulsewerk.personio.de/sign/55120">Dokument ansehen und '
            "unterschreiben</a>",
            "Der Link ist 14 Tage gültig. Bei Fragen zum Vertrag antworten Sie einfach auf "
            "diese E-Mail – Ihre Nachricht geht direkt an Mirja Hoffmann.",
        ]), brand="Pulsewerk", colour="#e4572e", lang="de",
            footer="Versendet mit Personio"),
        "html_cte": "quoted-printable",
        "name_enc": ("b", "utf-8"),
    },
    {
        "slug": "own_pulsewerk_decline",
        "kind": "other", "lang": "en", "company": "", "contact": "",
        "date": "2026-09-24 21:30 +0100",
        "frm": ME, "to": [LENA, MIRJA],
        "subject": "Your offer – with thanks",
        "text": t("""
            Dear Lena, dear Mirja,

            Thank you both so much for the offer and for going out of your way on the
            relocation package. After a lot of thought I've decided to stay in Galway, where
            I've accepted a coordinator role in a clinical trials unit, so I have to decline.

            It was a really difficult decision; the trial day was one of the best days of my
            whole search. I hope our paths cross again, and good luck with the investigation.

            Warm wishes,
            Siobhán
            """),
    },
    {
        "slug": "pulsewerk_ooo_autoreply",
        "kind": "other", "lang": "de", "company": "", "contact": "",
        "date": "2026-09-24 22:30 +0200",
        "frm": MIRJA, "parent": "own_pulsewerk_decline",
        "headers": {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        "subject": "Automatische Antwort: Your offer – with thanks",
        "text": t("""
            Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Oktober nicht im
            Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen
            wenden Sie sich bitte an people@pulsewerk.example.de.

            Thank you for your email. I am out of office until 2 October.

            Mirja Hoffmann
            """),
    },
]
