# ruff: noqa  -- hand-written message data (dict specs), not code under lint
"""Corpus 270, kinds `interview_invitation` (26), `interview_reschedule_or_cancel` (15) and
`missed_interview_notice` (10), hand-written."""

from __future__ import annotations

from msgs270_common import (
    CANDIDATE,
    MID,
    ats_card,
    d,
    mso,
    outlook_block,
    outlook_html,
    page,
    paras,
    quoted,
)

ME = CANDIDATE
GOOGLE = "-//Google Inc//Google Calendar 70.9054//EN"
OUTLOOK = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"

DEE = ("Morag Leslie", "morag.leslie@deeharbour.example.co.uk")
TYNE_HR = ("Rachel Dodds", "rachel.dodds@tyneforwarding.example.co.uk")
ELB = ("Anke Rohwedder", "anke.rohwedder@elbkai.example.de")
POC = ("Sébastien Le Gall", "s.legall@portoceane.example.fr")
NAV = ("Lucía Pereira Outeiral", "lucia.pereira@navieraria.example.es")
HBL = ("Sanne de Wit", "sanne.dewit@harbourline.example.nl")
HGL = ("Priya Sandhu", "priya.sandhu@humbergateway.example.co.uk")
BOW = ("Kirsty Mair", "kirsty.mair@buchanwind.example.co.uk")
GCC = ("Fiona Gauld", "fiona.gauld@granitecoast.example.gov.uk")
KB = ("Sönke Harms", "s.harms@koehlbrand.example.de")
FRIGO = ("Iria Costas", "iria.costas@frigopuertovigo.example.es")

INVITATIONS = [
    # ------------------------------------------------------------------ English
    dict(
        kind="interview_invitation", slug="greenhouse_dee_pick_a_slot",
        company="Dee Harbour Logistics", contact=DEE[1], lang="en",
        frm=("Morag Leslie via Greenhouse", "no-reply@us.greenhouse-mail.io"),
        reply_to=[DEE],
        subject="Interview availability - Logistics Planner (Marine Base)",
        date="2026-02-18 09:26 +0000",
        msgid=MID["dee_invite"], irt=MID["dee_ack"], refs=[MID["dee_ack"]],
        text=d("""
            Hi Ingrid,

            Good news - Euan Strachan, our Operations Manager for the marine base, would like to
            meet you for a first interview for the Logistics Planner role. It'll be a 45-minute
            video call on Teams with Euan and me.

            Please choose a slot that suits you from the calendar here:
            https://app.greenhouse.io/scheduler/dee-harbour/5518820977?token=Yk3x9

            The available times run from Monday 2 to Thursday 5 March. If none of them work
            around your rota on the ferry, just reply and I'll find something else.

            Thanks,
            Morag

            Morag Leslie
            Talent Partner, Dee Harbour Logistics
            Waterloo Quay, Aberdeen AB11 5DN
        """),
        html=lambda t: ats_card("Dee Harbour Logistics", paras(t), colour="#14213d",
                                button=("Choose your interview time",
                                        "https://app.greenhouse.io/scheduler/dee-harbour/"
                                        "5518820977?token=Yk3x9"),
                                footer="Sent by Greenhouse on behalf of Dee Harbour Logistics."),
    ),
    dict(
        kind="interview_invitation", slug="humber_phone_screen_ask",
        company="Humber Gateway Logistics", contact=HGL[1], lang="en",
        frm=HGL,
        subject="Transport Planner - quick call?",
        date="2026-07-06 14:12 +0100",
        msgid=MID["hgl_screen"],
        text=d("""
            Hi Ingrid,

            Thanks for applying for the Transport Planner role at our King George Dock site.
            I'd like to have a 20-minute phone call with you as a first step - mostly about
            your experience, your notice period and what you're looking for.

            Could I give you a ring on Tuesday 14 July at 10:00 (UK time)? If that works,
            just reply with the best number to reach you on. If not, send me a couple of
            times that do.

            Many thanks,
            Priya

            Priya Sandhu
            Talent Acquisition Specialist
            Humber Gateway Logistics Ltd, King George Dock, Hull HU9 5PR
            Tel: 01482 555 902
        """),
    ),
    dict(
        kind="interview_invitation", slug="tyne_panel_ics_request",
        company="Tyne Forwarding", contact=TYNE_HR[1], lang="en",
        frm=TYNE_HR,
        subject="Interview invitation: Freight Planner - Thursday 5 March",
        date="2026-02-20 10:48 +0000",
        msgid=MID["tyne_panel"], irt=MID["tyne_apply"], refs=[MID["tyne_apply"]],
        text=d("""
            Dear Ingrid,

            Thank you for your application for the Freight Planner position. We would like to
            invite you to a panel interview on Thursday 5 March 2026 at 14:00 at our Wallsend
            office. The panel will be Gary Milburn (Head of Freight Planning), Nicola Weir
            (Customs Lead) and me.

            The interview will last about an hour, including a short exercise on planning a
            week of trailer movements for the Zeebrugge service. No preparation is needed.

            A calendar invitation is included - please accept it, or let me know if the date
            does not suit.

            Kind regards,

            Rachel Dodds
            HR Coordinator
            Tyne Forwarding Ltd
            Unit 4, Northumberland Dock Road, Wallsend NE28 0QD
            0191 555 0700

            """) + "\n\n" + quoted(
            "On Mon, 2 Feb 2026 at 21:03, Ingrid Okonkwo-Haldane <ingrid.oh@example.no> wrote:",
            """
            Dear Hiring Team,

            Please find attached my CV for the Freight Planner vacancy advertised on your
            website.
            """),
        html=lambda t: outlook_html(mso(t)),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000071AB3C",
                 seq=0, start="2026-03-05 14:00", end="2026-03-05 15:00", offset="+0000",
                 summary="Panel interview - Freight Planner (Ingrid Okonkwo-Haldane)",
                 location="Tyne Forwarding, Unit 4, Northumberland Dock Road, Wallsend",
                 organizer=TYNE_HR, prodid=OUTLOOK),
    ),
    dict(
        kind="interview_invitation", slug="buchan_assessment_centre_pdf",
        company="Buchan Offshore Wind", contact=BOW[1], lang="en",
        frm=BOW,
        subject="Invitation to assessment day - Marine Logistics Coordinator",
        date="2026-08-12 10:03 +0100",
        msgid=MID["bow_invite"],
        text=d("""
            Dear Ingrid,

            I'm pleased to invite you to the assessment day for the Marine Logistics
            Coordinator role, on Thursday 27 August 2026 at our Peterhead operations base.

            The day runs from 09:00 to about 16:00 and includes a group planning exercise, a
            vessel-scheduling in-tray task and a competency interview with the O&M manager.
            Lunch is provided. The agenda and directions are in the attached PDF.

            Please confirm by Friday 21 August whether you can attend, and tell us about any
            adjustments you need. Reasonable travel costs from Aberdeen will be reimbursed.

            Kind regards,

            Kirsty Mair
            HR Advisor
            Buchan Offshore Wind Ltd
            Harbour Road, Peterhead AB42 1XY
            Tel. +44 1779 555 014
        """),
        html=lambda t: page(paras(t)),
        pdfs=[dict(name="Assessment_Day_Agenda_27Aug2026.pdf",
                   title="Buchan Offshore Wind - Assessment Day, 27 August 2026",
                   lines=["Marine Logistics Coordinator", "",
                          "08:45  Arrival and safety induction, Harbour Road reception",
                          "09:15  Group planning exercise (CTV rota for one week)",
                          "11:00  In-tray: vessel scheduling with weather windows",
                          "12:30  Lunch with the marine coordination team",
                          "13:30  Competency interview (O&M Manager, HR Advisor)",
                          "15:00  Site tour of the quayside and warehouse",
                          "16:00  Close", "",
                          "Please bring photo ID and safety boots for the site tour."])],
    ),
    dict(
        kind="interview_invitation", slug="harbourline_sets_up_maasvlakte",
        company="Maasvlakte Cargo Planning", contact=HBL[1], lang="en",
        frm=HBL,
        subject="Interview with Maasvlakte Cargo Planning - Thursday 9 April",
        date="2026-04-02 15:40 +0200",
        msgid=MID["hbl_setup"], irt=MID["hbl_reg"], refs=[MID["hbl_reg"]],
        text=d("""
            Hi Ingrid,

            Great news: Maasvlakte Cargo Planning liked your CV and want to meet you for the
            Inland Logistics Planner role. I've agreed a first interview with their planning
            manager, Ruud Kamphuis, for Thursday 9 April at 10:00 Rotterdam time (09:00 in
            Aberdeen) on Teams. The link will come from me the day before.

            It's a conversational interview, about 45 minutes. Expect questions on barge and
            rail planning and how you handle a schedule that falls apart at 3am - your ferry
            stories will go down well.

            Can you confirm you're available?

            Sanne

            Sanne de Wit | Senior Consultant Logistics
            Harbourline Recruitment B.V. | Wilhelminakade 900, 3072 AP Rotterdam
            T +31 10 555 2231
        """),
    ),
    dict(
        kind="interview_invitation", slug="waalhaven_free_thursday_to_chat",
        company="Waalhaven Shipping Lines", contact="joost.verbeek@waalhaven.example.nl",
        lang="en",
        frm=("Joost Verbeek", "joost.verbeek@waalhaven.example.nl"),
        subject="Planner opening - chat?",
        date="2026-05-19 17:05 +0200",
        msgid=MID["wh_chat"],
        text=d("""
            Hi Ingrid,

            Saw your application come through for the shortsea planner opening. Are you free
            Thursday around 15:00 my time to chat? Nothing formal, half an hour on Teams so I
            can tell you about the desk and hear what you're after.

            Joost Verbeek
            Team Lead Shortsea Planning, Waalhaven Shipping Lines
        """),
    ),
    dict(
        kind="interview_invitation", slug="moray_trial_day_base64",
        company="Moray Firth Freight", contact="callum@morayfirthfreight.example.co.uk",
        lang="en",
        frm=("Callum Fraser", "callum@morayfirthfreight.example.co.uk"),
        subject="Trial day Monday",
        date="2026-09-07 12:31 +0100",
        msgid=MID["moray_trial"],
        text_cte="base64",
        text=d("""
            Hi Ingrid,

            Thanks for getting back to me so quick. Rather than a formal interview we'd like
            you to come and spend a day with us in the planning office - Monday 21 September,
            8 till 4, at the Longman yard. You'd sit in with Eilidh on the Orkney and Shetland
            trailers and we'll have a proper chat over lunch.

            We'll cover your train from Aberdeen. Let me know if that's a goer.

            Cheers,
            Callum

            Callum Fraser
            Transport Manager
            Moray Firth Freight, 7 Longman Road, Inverness IV1 1RY
            07700 900 233
        """),
    ),
    dict(
        kind="interview_invitation", slug="tyne_new_panel_date_after_cancel",
        company="Tyne Forwarding", contact=TYNE_HR[1], lang="en",
        frm=TYNE_HR,
        subject="New date: Freight Planner panel interview - Thursday 12 March",
        date="2026-03-06 09:14 +0000",
        msgid=MID["tyne_panel2"], irt=MID["tyne_cancel"],
        refs=[MID["tyne_apply"], MID["tyne_panel"], MID["tyne_cancel"]],
        text=d("""
            Dear Ingrid,

            Gary is back and we can now offer you a new date for your panel interview:
            Thursday 12 March at 13:30, at our Wallsend office, with the same panel and the
            same exercise as before. A fresh calendar invitation is attached.

            Please let me know if this suits.

            Kind regards,
            Rachel

            Rachel Dodds
            HR Coordinator, Tyne Forwarding Ltd
            0191 555 0700

            """) + "\n\n" + quoted(
            "On Tue, 3 Mar 2026 at 08:51, Rachel Dodds <rachel.dodds@tyneforwarding.example.co.uk> wrote:",
            """
            Dear Ingrid,

            I'm sorry to say we have had to cancel Thursday's panel interview, as Gary is off
            sick this week. We'll be in touch with a new date as soon as we can.
            """),
        html=lambda t: outlook_html(mso(t)),
        ics=dict(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B2F14D",
                 seq=0, start="2026-03-12 13:30", end="2026-03-12 14:30", offset="+0000",
                 summary="Panel interview - Freight Planner (Ingrid Okonkwo-Haldane)",
                 location="Tyne Forwarding, Unit 4, Northumberland Dock Road, Wallsend",
                 organizer=TYNE_HR, prodid=OUTLOOK, attach=True),
    ),
    dict(
        kind="interview_invitation", slug="ashby_immingham_self_schedule",
        company="Immingham Bulk Planning", contact="", lang="en",
        frm=("Immingham Bulk Planning", "no-reply@ashbyhq.com"),
        subject="Schedule your interview with Immingham Bulk Planning",
        date="2026-05-11 13:01 +0000",
        text=d("""
            Hi Ingrid,

            You've been invited to a video interview for Bulk Logistics Planner with Daniel
            Okafor (Planning Lead). The interview lasts 45 minutes and takes place on
            Microsoft Teams.

            Pick a time that works for you:
            https://app.ashbyhq.com/schedule/imm-bulk/7c1f0e2a-44d1

            Once you've booked, you'll receive a calendar invitation with the joining link.

            Immingham Bulk Planning Recruiting
        """),
        html=lambda t: ats_card("Immingham Bulk Planning", paras(t), colour="#264653",
                                button=("Pick a time",
                                        "https://app.ashbyhq.com/schedule/imm-bulk/"
                                        "7c1f0e2a-44d1"),
                                footer="Sent with Ashby"),
    ),
    dict(
        kind="interview_invitation", slug="granite_coast_council_letter_html_only",
        company="Granite Coast Council", contact=GCC[1], lang="en",
        frm=GCC,
        subject="Invitation to interview - Logistics Planner, Harbour Services (GCC-LP-26-07)",
        date="2026-04-20 11:22 +0100",
        msgid=MID["gcc_invite"],
        html=page(d("""
            <p>Dear Ms Okonkwo-Haldane</p>
            <p><b>Logistics Planner, Harbour Services &ndash; GCC-LP-26-07</b></p>
            <p>I am pleased to tell you that you have been shortlisted and I would like to
            invite you to interview on <b>Thursday 30 April 2026 at 10:15</b> at Harbour House,
            Commercial Quay, Aberdeen.</p>
            <p>The panel will ask you to give a ten-minute presentation on:
            <i>&ldquo;How would you reduce waiting time for council-owned work boats at the
            harbour in the winter months?&rdquo;</i>, followed by competency questions.</p>
            <p>Please confirm your attendance by replying to this email, and bring the
            identity documents listed in the attached letter.</p>
            <p>Yours sincerely</p>
            <p>Fiona Gauld<br>Recruitment Adviser, People and Organisational Development<br>
            Granite Coast Council, Marischal Wynd, Aberdeen AB10 1AB<br>Tel 01224 555 771</p>
            <hr>
            <p style="font-size:11px;color:#555">This email and any files transmitted with it
            are confidential and intended solely for the named recipient. Granite Coast Council
            does not accept liability for any views expressed that are not those of the
            council.</p>
        """), title="Invitation to interview"),
        pdfs=[dict(name="GCC-LP-26-07_interview_letter.pdf",
                   title="Granite Coast Council - Invitation to interview",
                   lines=["Post: Logistics Planner, Harbour Services (GCC-LP-26-07)",
                          "Date: Thursday 30 April 2026, 10:15",
                          "Venue: Harbour House, Commercial Quay, Aberdeen",
                          "Format: 10-minute presentation and competency interview",
                          "", "Please bring: passport or birth certificate, proof of address,",
                          "and original certificates for qualifications listed on your form."])],
    ),
    dict(
        kind="interview_invitation", slug="workable_botlek_video_interview",
        company="Botlek Tank Logistics", contact="", lang="en",
        frm=("Femke Jansen at Botlek Tank Logistics", "noreply@workablemail.com"),
        subject="Video interview invitation - Tank Logistics Planner",
        date="2026-06-12 08:40 +0000",
        text=d("""
            Hi Ingrid,

            Thanks for your application for the Tank Logistics Planner role in Rotterdam.
            We'd like to invite you to a video interview with our operations team on
            Thursday 18 June at 14:00 CEST (13:00 UK time).

            Please confirm your slot using the button below. The joining link will be shared
            with you after you confirm.

            Best regards,
            Femke Jansen
            HR Officer, Botlek Tank Logistics

            You are receiving this email because you applied for a job at Botlek Tank
            Logistics. Replies to this email are not delivered.
        """),
        html=lambda t: ats_card("Botlek Tank Logistics", paras(t), colour="#1d3557",
                                button=("Confirm interview",
                                        "https://apply.workable.com/botlek-tank/j/9A1C2/"
                                        "interview/confirm"),
                                footer="Powered by Workable"),
    ),
    dict(
        kind="interview_invitation", slug="humber_rebook_after_missed_call",
        company="Humber Gateway Logistics", contact=HGL[1], lang="en",
        frm=HGL,
        subject="Re: Sorry I missed your call",
        date="2026-07-15 09:02 +0100",
        msgid=MID["hgl_rebook"], irt=MID["hgl_sorry"],
        refs=[MID["hgl_screen"], MID["hgl_missed"], MID["hgl_sorry"]],
        text=d("""
            Hi Ingrid,

            No harm done, these things happen on a boat! Let's try again: I'll call you on
            Friday 17 July at 14:00 UK time on the +47 number you gave me. Same plan as
            before, about 20 minutes.

            Speak then,
            Priya

            """) + "\n\n" + quoted(
            "On 14 Jul 2026, at 19:48, Ingrid Okonkwo-Haldane <ingrid.oh@example.no> wrote:",
            """
            Hi Priya,

            I'm so sorry - we were held outside Tananger by fog and I had no signal until
            after lunch. Could we try again later this week? My number is +47 955 51 204.

            Ingrid

            > On 14 Jul 2026, at 10:25, Priya Sandhu wrote:
            >
            > I tried calling you twice at 10:00 this morning but it went to voicemail.
            """),
    ),
    dict(
        kind="interview_invitation", slug="northbound_phone_screen_tomorrow",
        company="Northbound Talent", contact="jordan.heslop@northboundtalent.example.co.uk",
        lang="en",
        frm=("Jordan Heslop", "jordan.heslop@northboundtalent.example.co.uk"),
        subject="Quick call tomorrow?",
        date="2026-01-14 16:27 +0000",
        msgid=MID["nb_screen"],
        text=d("""
            Hi Ingrid,

            Thanks for registering with us. Before I put your CV in front of my client - a
            third-party logistics firm on Tyneside, planning role, days - I'd like a proper
            15-minute screening call to go through your experience and what you're on now.

            Are you free tomorrow (Thursday) at 11:00? I'll ring the mobile on your CV.

            Cheers,
            Jordan

            Jordan Heslop
            Consultant, Supply Chain & Logistics
            Northbound Talent Ltd, 12 Grey Street, Newcastle NE1 6AE
            0191 555 4400
        """),
    ),
    dict(
        kind="interview_invitation", slug="ness_port_second_round",
        company="Ness Port Authority", contact="shona.macrae@nessport.example.co.uk",
        lang="en",
        frm=("Shona MacRae", "shona.macrae@nessport.example.co.uk"),
        subject="Second interview - Harbour Logistics Planner",
        date="2026-01-20 10:10 +0000",
        msgid=MID["ness_second"],
        text=d("""
            Dear Ingrid,

            Thank you for your first interview last week. I'm pleased to say the panel would
            like you to come back for a second interview on Tuesday 27 January at 14:00 at
            the Harbour Office, Longman Drive.

            This stage has two parts: a 30-minute planning exercise (a week of berth
            allocations with a couple of clashes built in), then an hour with the Harbour
            Master and our Head of Operations.

            Could you let me know by Friday that you can make it?

            Kind regards,
            Shona

            Shona MacRae
            HR Business Partner
            Ness Port Authority, Harbour Office, Longman Drive, Inverness IV1 1SU
            01463 555 117
        """),
        html=lambda t: outlook_html(mso(t)),
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="interview_invitation", slug="elbkai_einladung_teams_ics",
        company="Elbkai Logistik", contact=ELB[1], lang="de",
        frm=ELB,
        subject="Einladung zum Vorstellungsgespräch – Disponentin Seefracht (m/w/d)",
        subj_cs="utf-8/q",
        date="2026-04-15 13:25 +0200",
        msgid=MID["elb_invite"], irt=MID["elb_ack"], refs=[MID["elb_ack"]],
        text=d("""
            Sehr geehrte Frau Okonkwo-Haldane,

            vielen Dank für Ihre Bewerbung. Ihr Profil hat uns angesprochen, und wir möchten
            Sie gern in einem ersten Gespräch näher kennenlernen.

            Termin: Donnerstag, 23.04.2026, 10:00 Uhr (MESZ)
            Ort: Microsoft Teams (der Link ist in der Kalendereinladung)
            Teilnehmende: Kai Brodersen (Teamleiter Seefracht-Export) und ich
            Dauer: ca. 45 Minuten, das Gespräch kann gern auf Englisch stattfinden

            Bitte bestätigen Sie den Termin kurz über die Einladung oder per Antwort auf diese
            E-Mail.

            Mit freundlichen Grüßen

            Anke Rohwedder
            Personalreferentin
            Elbkai Logistik GmbH
            Reiherdamm 42, 20457 Hamburg
            Tel. +49 40 555 318 20
        """),
        html=lambda t: outlook_html(mso(t), lang="DE"),
        ics=dict(method="REQUEST", uid="elbkai-4471-interview@elbkai.example.de", seq=0,
                 start="2026-04-23 10:00", end="2026-04-23 10:45", offset="+0200",
                 summary="Vorstellungsgespräch Disponentin Seefracht – Okonkwo-Haldane",
                 location="Microsoft Teams-Besprechung", organizer=ELB, prodid=OUTLOOK,
                 description="Microsoft Teams-Besprechung\nhttps://teams.example.com/l/"
                             "meetup-join/elbkai-4471"),
    ),
    dict(
        kind="interview_invitation", slug="koehlbrand_probearbeitstag_latin1",
        company="Köhlbrand Spedition", contact=KB[1], lang="de",
        frm=(KB[0], KB[1], "iso-8859-1/q"),
        subject="Ihre Bewerbung - Probearbeitstag in der Disposition",
        date="2026-06-24 15:51 +0200",
        msgid=MID["kb_trial"], irt=MID["kb_apply"], refs=[MID["kb_apply"]],
        text_cs="iso-8859-1", text_cte="quoted-printable",
        text=d("""
            Moin Frau Okonkwo-Haldane,

            danke für Ihre Bewerbung, die hat uns gut gefallen. Bei uns in der Disposition
            lernt man sich am besten im Alltag kennen, deshalb laden wir Sie zu einem
            Probearbeitstag ein:

            Freitag, 3. Juli 2026, 8:00 bis 16:00 Uhr
            Köhlbrand Spedition, Am Ellerholzhafen 9, 21107 Hamburg

            Sie sitzen mit bei unseren Disponenten für die Containertrucking-Touren und wir
            führen am Nachmittag noch ein Gespräch mit der Niederlassungsleitung. Die
            Reisekosten übernehmen wir.

            Geben Sie mir bitte bis Montag Bescheid, ob das passt.

            Mit freundlichen Grüßen
            Sönke Harms
            Leiter Disposition
            Köhlbrand Spedition GmbH

            """) + "\n\n" + quoted(
            "Am 15.06.2026 um 20:31 schrieb Ingrid Okonkwo-Haldane <ingrid.oh@example.no>:",
            """
            Sehr geehrter Herr Harms,

            anbei sende ich Ihnen meine Bewerbung als Disponentin für Containertrucking.
            """),
    ),
    dict(
        kind="interview_invitation", slug="personalwerk_setzt_gespraech_an",
        company="Süderelbe Terminalbetrieb", contact="m.schadendorf@personalwerk-hafen.example.de",
        lang="de",
        frm=("Merle Schadendorf", "m.schadendorf@personalwerk-hafen.example.de"),
        subject="Termin bei Süderelbe Terminalbetrieb steht!",
        subj_cs="utf-8/b",
        date="2026-05-13 11:34 +0200",
        text=d("""
            Hallo Ingrid,

            super Neuigkeiten: Süderelbe Terminalbetrieb möchte dich kennenlernen! Ich habe
            folgenden Termin für dich vereinbart:

            Mittwoch, 20. Mai, 14:00 Uhr
            vor Ort im Verwaltungsgebäude am Terminal, Kattwykstraße 3, 21107 Hamburg
            Gesprächspartner: Herr Lüders (Leitung Yardplanung) und Frau Ohm (HR)

            Es wird auch eine kleine Fallstudie zur Stellplatzplanung geben, ca. 20 Minuten.
            Melde dich gern vorher, dann gehen wir das zusammen durch.

            Kannst du mir den Termin kurz bestätigen?

            Liebe Grüße
            Merle

            Merle Schadendorf
            Personalberaterin Hafen & Logistik
            Personalwerk Hafen GmbH · Großer Burstah 31 · 20457 Hamburg
            Mobil +49 171 555 0932
        """),
        html=lambda t: page(paras(t), lang="de"),
    ),
    dict(
        kind="interview_invitation", slug="successfactors_nordwind_termin_buchen",
        company="Nordwind Betriebsführung", contact="", lang="de",
        frm=("Nordwind Betriebsführung GmbH", "noreply@successfactors.eu", "iso-8859-1/b"),
        subject="Einladung zum Videointerview: Koordinator/in Offshore-Logistik",
        date="2026-03-10 08:12 +0000",
        text=d("""
            Sehr geehrte Frau Okonkwo-Haldane,

            wir freuen uns, Sie zu einem Videointerview für die Position Koordinator/in
            Offshore-Logistik (Job-ID 40217) einzuladen. Ihr Gesprächspartner ist Herr Jens
            Petersen, Teamleiter Marine Coordination.

            Bitte buchen Sie über den folgenden Link einen der freien Termine zwischen dem
            16. und 20. März:
            https://career2.successfactors.eu/career?company=nordwindbf&interview=40217

            Mit freundlichen Grüßen
            Ihr Recruiting-Team der Nordwind Betriebsführung GmbH

            Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.
        """),
        html=lambda t: ats_card("Nordwind Betriebsführung", paras(t), lang="de",
                                colour="#00509d",
                                button=("Termin auswählen",
                                        "https://career2.successfactors.eu/career?company="
                                        "nordwindbf&interview=40217"),
                                footer="SAP SuccessFactors &middot; Datenschutz"),
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="interview_invitation", slug="port_oceane_entretien_ics",
        company="Port Océane Logistique", contact=POC[1], lang="fr",
        frm=POC,
        subject="Convocation à un entretien - Planificateur·rice logistique",
        date="2026-05-12 16:08 +0200",
        msgid=MID["poc_invite"], irt=MID["poc_ack"], refs=[MID["poc_ack"]],
        text=d("""
            Bonjour Madame Okonkwo-Haldane,

            Suite à l'étude de votre candidature, j'ai le plaisir de vous convier à un
            entretien pour le poste de planificatrice logistique :

            le mardi 19 mai 2026 à 10h00,
            dans nos locaux, 12 quai de l'Europe, 76600 Le Havre.

            Vous rencontrerez Mme Anne-Sophie Marchand, responsable du pôle planification, et
            moi-même. Prévoyez environ une heure. Vous trouverez une invitation de calendrier
            jointe.

            Merci de me confirmer votre présence.

            Bien cordialement,

            Sébastien Le Gall
            Chargé de recrutement
            Port Océane Logistique
            12 quai de l'Europe, 76600 Le Havre - 02 35 55 18 40
        """),
        html=lambda t: outlook_html(mso(t), lang="FR"),
        ics=dict(method="REQUEST", uid="poc-3390-entretien@portoceane.example.fr", seq=0,
                 start="2026-05-19 10:00", end="2026-05-19 11:00", offset="+0200",
                 summary="Entretien – Planificatrice logistique (I. Okonkwo-Haldane)",
                 location="Port Océane Logistique, 12 quai de l'Europe, Le Havre",
                 organizer=POC, prodid=OUTLOOK, cte="quoted-printable"),
    ),
    dict(
        kind="interview_invitation", slug="caux_journee_evaluation",
        company="Transports Maritimes Caux", contact="h.lecoq@caux-maritime.example.fr",
        lang="fr",
        frm=("Hélène Lecoq", "h.lecoq@caux-maritime.example.fr", "iso-8859-1/b"),
        subject="Journée d'évaluation - Planificatrice d'exploitation",
        subj_cs="iso-8859-1/q",
        date="2026-02-16 11:47 +0100",
        msgid=MID["caux_day"],
        text=d("""
            Bonjour Madame,

            Votre candidature au poste de planificatrice d'exploitation a retenu notre
            attention. Nous organisons une journée d'évaluation pour les candidats
            présélectionnés le jeudi 26 février, de 9h à 17h, à notre agence du quai de Saône.

            Au programme : une mise en situation sur le planning des rotations vers l'Irlande,
            un exercice en groupe et un entretien individuel avec le directeur d'exploitation.

            Merci de nous confirmer votre participation avant le 20 février.

            Cordialement,
            Hélène Lecoq
            Responsable RH - Transports Maritimes Caux
            02 35 55 41 90
        """),
        html=lambda t: page(paras(t), lang="fr"),
    ),
    dict(
        kind="interview_invitation", slug="maree_interim_rdv_client_eolien",
        company="Éolien Baie de Seine", contact="yannick.duval@maree-interim.example.fr",
        lang="fr",
        frm=("Yannick Duval", "yannick.duval@maree-interim.example.fr"),
        subject="Entretien avec Éolien Baie de Seine - lundi 3 août",
        date="2026-07-20 17:26 +0200",
        text=d("""
            Salut Ingrid,

            Bonne nouvelle : Éolien Baie de Seine veut te rencontrer pour la mission de
            coordinatrice logistique offshore (CDD de 9 mois, possibilité de CDI).

            Rendez-vous le lundi 3 août à 9h30 sur leur base de maintenance, port de Fécamp,
            avec M. Hébert, responsable des opérations marines. Pense à prendre une pièce
            d'identité pour l'accueil sécurité.

            Tu me confirmes ?

            Yannick
            Marée Intérim - 06 55 12 34 78
        """),
    ),
    dict(
        kind="interview_invitation", slug="teamtailor_docks_normands_visio",
        company="Docks Normands Logistique", contact="amandine.roussel@docksnormands.example.fr",
        lang="fr",
        frm=("Docks Normands Logistique", "noreply@teamtailor-mail.com"),
        reply_to=[("Amandine Roussel", "amandine.roussel@docksnormands.example.fr")],
        subject="Entretien en visio pour le poste d'Agent(e) de planification",
        date="2026-09-01 14:15 +0000",
        text=d("""
            Bonjour Ingrid,

            Merci pour votre candidature ! Nous aimerions échanger avec vous lors d'un
            entretien en visio le mercredi 9 septembre à 14h00 (heure de Paris), d'une durée
            de 30 minutes, avec Amandine Roussel, responsable recrutement.

            Le lien Teams vous sera envoyé la veille. Vous pouvez répondre directement à ce
            message pour toute question.

            À bientôt,
            L'équipe Docks Normands Logistique
        """),
        html=lambda t: ats_card("Docks Normands Logistique", paras(t), lang="fr",
                                colour="#3a0ca3",
                                footer="Envoyé avec Teamtailor &middot; Se désabonner"),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="interview_invitation", slug="naviera_ria_entrevista",
        company="Naviera Ría de Vigo", contact=NAV[1], lang="es",
        frm=(NAV[0], NAV[1], "utf-8/b"),
        subject="Entrevista - Planificadora de operaciones",
        date="2026-06-09 10:20 +0200",
        msgid=MID["nav_invite"], irt=MID["nav_ack"], refs=[MID["nav_ack"]],
        text=d("""
            Hola, Ingrid:

            Gracias por tu interés en Naviera Ría de Vigo. Nos gustaría conocerte en una
            entrevista para el puesto de Planificadora de operaciones:

            Martes 16 de junio, a las 10:00
            Oficinas de Beiramar 21, 3.ª planta, Vigo
            Con Andrés Vilas (jefe de tráfico) y conmigo

            Si te resulta más cómodo, podemos hacer la primera parte en inglés. Confírmame si
            te viene bien.

            Un saludo,

            Lucía Pereira Outeiral
            Responsable de Personas
            Naviera Ría de Vigo, S.L.
            Avda. de Beiramar 21, 36202 Vigo
            +34 986 555 210
        """),
        html=lambda t: page(paras(t), lang="es"),
    ),
    dict(
        kind="interview_invitation", slug="galicia_talento_videollamada_bouzas",
        company="Terminal Bouzas Logística", contact="xoan.figueroa@galiciatalento.example.es",
        lang="es",
        frm=("Xoán Figueroa", "xoan.figueroa@galiciatalento.example.es", "iso-8859-1/q"),
        subject="Videollamada con Terminal Bouzas",
        date="2026-08-26 12:44 +0200",
        text=d("""
            Hola Ingrid,

            ¡Tenemos entrevista! Terminal Bouzas Logística quiere hablar contigo para el puesto
            de planificadora de patio. Les he propuesto el miércoles 2 de septiembre a las
            17:00 (hora de Vigo, las 16:00 en Aberdeen) por videollamada y les encaja.

            Estarán la jefa de operaciones y alguien de RR. HH. Cuenta con unos 40 minutos.
            Te mando el enlace de Teams en cuanto me lo pasen.

            ¿Me confirmas?

            Xoán
            Galicia Talento Portuario | 655 44 21 09
        """),
    ),
    dict(
        kind="interview_invitation", slug="smartrecruiters_frigorificos_video",
        company="Frigoríficos Puerto de Vigo", contact=FRIGO[1], lang="es",
        frm=("Frigoríficos Puerto de Vigo", "noreply@smartrecruiters.com"),
        reply_to=[FRIGO],
        subject="Invitación a entrevista: Técnica de planificación de frío",
        subj_cs="utf-8/q",
        date="2026-07-22 07:58 +0000",
        msgid=MID["frigo_invite"],
        text=d("""
            Hola Ingrid:

            Te invitamos a una entrevista por videollamada para el puesto de Técnica de
            planificación de frío en nuestra terminal del muelle de Bouzas.

            Fecha: martes 28 de julio de 2026
            Hora: 11:00 (hora peninsular)
            Duración: 45 minutos
            Entrevistadoras: Iria Costas (Selección) y Noelia Barreiro (Jefa de almacén)

            Puedes aceptar la invitación desde tu área de candidata o responder a este
            correo, que le llegará a Iria.

            Saludos,
            Equipo de Selección - Frigoríficos Puerto de Vigo
        """),
        html=lambda t: ats_card("Frigoríficos Puerto de Vigo", paras(t), lang="es",
                                colour="#005f73",
                                button=("Aceptar invitación",
                                        "https://jobs.smartrecruiters.com/FrigorificosPV/"
                                        "interview/77120"),
                                footer="Enviado por SmartRecruiters"),
    ),
    dict(
        kind="interview_invitation", slug="eolica_cies_jornada_prueba",
        company="Eólica Cíes", contact="marta.rial@eolicacies.example.es", lang="es",
        frm=("Marta Rial", "marta.rial@eolicacies.example.es"),
        subject="Jornada de prueba - coordinadora logística",
        date="2026-09-14 09:33 +0200",
        text_cte="base64",
        text=d("""
            Estimada Ingrid:

            Tras revisar tu candidatura, nos gustaría invitarte a una jornada de prueba en
            nuestra base de operación y mantenimiento del puerto de Bouzas el lunes 21 de
            septiembre, de 8:30 a 15:00.

            Acompañarás a la coordinación en la planificación de las salidas de los barcos de
            transferencia de técnicos y, al final del día, tendremos una entrevista con el
            jefe de base.

            Por favor, confírmanos tu asistencia y tu talla de botas de seguridad.

            Atentamente,

            Marta Rial
            Técnica de Recursos Humanos
            Eólica Cíes, S.A. · Porto de Bouzas s/n · 36208 Vigo
        """),
    ),
]

RESCHEDULES = [
    # ------------------------------------------------------------------ English
    dict(
        kind="interview_reschedule_or_cancel", slug="dee_calendar_update_sequence",
        company="Dee Harbour Logistics", contact=DEE[1], lang="en",
        frm=DEE,
        subject="Updated invitation: Interview - Logistics Planner @ Wed 4 Mar 2026 14:00 - "
                "14:45 (GMT)",
        date="2026-02-24 16:40 +0000",
        msgid=MID["dee_move"], irt=MID["dee_invite"], refs=[MID["dee_ack"], MID["dee_invite"]],
        text=d("""
            Hi Ingrid,

            Euan has been called out to the Montrose base on Tuesday, so I've moved your
            interview from Tuesday 3 March at 10:00 to Wednesday 4 March at 14:00. Same Teams
            link, same people.

            The updated invitation is below - accepting it will replace the old one in your
            calendar. Sorry for the shuffle!

            Morag

            This event has been changed.
            Interview - Logistics Planner
            When: Wednesday 4 Mar 2026 14:00 - 14:45 (GMT) (was Tuesday 3 Mar 10:00)
            Joining info: Microsoft Teams
            Organizer: morag.leslie@deeharbour.example.co.uk
        """),
        html=lambda t: page(paras(t)),
        ics=dict(method="REQUEST", uid="gh-5518820977-interview@greenhouse.io", seq=1,
                 start="2026-03-04 14:00", end="2026-03-04 14:45", offset="+0000",
                 summary="Interview - Logistics Planner", location="Microsoft Teams",
                 organizer=DEE, prodid=GOOGLE, attach=True),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="tyne_method_cancel_panel_off_sick",
        company="Tyne Forwarding", contact=TYNE_HR[1], lang="en",
        frm=TYNE_HR,
        subject="Cancelled: Panel interview - Freight Planner (Ingrid Okonkwo-Haldane)",
        date="2026-03-03 08:51 +0000",
        msgid=MID["tyne_cancel"], irt=MID["tyne_panel"],
        refs=[MID["tyne_apply"], MID["tyne_panel"]],
        hdrs=[("Importance", "High")],
        text=d("""
            Dear Ingrid,

            I'm sorry to say we have had to cancel Thursday's panel interview, as Gary is off
            sick this week. We'll be in touch with a new date as soon as we can.

            This is only about the diary - your application is still very much live.

            Kind regards,
            Rachel Dodds
            HR Coordinator, Tyne Forwarding Ltd
        """),
        html=lambda t: outlook_html(mso(t)),
        ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E0080000000071AB3C",
                 seq=1, start="2026-03-05 14:00", end="2026-03-05 15:00", offset="+0000",
                 summary="Cancelled: Panel interview - Freight Planner (Ingrid Okonkwo-Haldane)",
                 location="Tyne Forwarding, Unit 4, Northumberland Dock Road, Wallsend",
                 organizer=TYNE_HR, prodid=OUTLOOK),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="buchan_assessment_day_postponed",
        company="Buchan Offshore Wind", contact=BOW[1], lang="en",
        frm=BOW,
        subject="Assessment day - Marine Logistics Coordinator",
        date="2026-08-21 09:12 +0100",
        msgid=MID["bow_postpone"], irt=MID["bow_invite"], refs=[MID["bow_invite"]],
        text=d("""
            Dear Ingrid,

            We need to postpone the assessment day on 27 August. We'll be in touch with new
            dates as soon as the site team confirms availability. Apologies for the disruption.

            To be clear, you remain on the shortlist, and the agenda I sent will stay much the
            same. If you have already booked travel, keep the receipt and we will reimburse it.

            Kirsty

            Kirsty Mair
            HR Advisor, Buchan Offshore Wind Ltd
        """),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ness_port_harbour_master_ill",
        company="Ness Port Authority", contact="shona.macrae@nessport.example.co.uk",
        lang="en",
        frm=("Shona MacRae", "shona.macrae@nessport.example.co.uk"),
        subject="RE: Second interview - Harbour Logistics Planner",
        date="2026-01-26 13:18 +0000",
        msgid=MID["ness_ill"], irt=MID["ness_second"], refs=[MID["ness_second"]],
        text=d("""
            Dear Ingrid,

            Apologies for the short notice. Our Harbour Master, who chairs the panel, is off
            ill, so we need to move your second interview from tomorrow (Tuesday 27th) to
            Tuesday 3 February, still at 14:00 and still at the Harbour Office.

            I hope that doesn't cause problems with your shifts - if it does, give me a ring
            and we'll work something out.

            Kind regards,
            Shona

            """) + "\n\n" + outlook_block(
            "en", "Shona MacRae <shona.macrae@nessport.example.co.uk>",
            "20 January 2026 10:10", "Ingrid Okonkwo-Haldane <ingrid.oh@example.no>",
            "Second interview - Harbour Logistics Planner",
            """
            Dear Ingrid,

            Thank you for your first interview last week. I'm pleased to say the panel would
            like you to come back for a second interview on Tuesday 27 January at 14:00 at
            the Harbour Office, Longman Drive.
            """),
        html=lambda t: outlook_html(mso(t)),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="harbourline_client_moves_an_hour",
        company="Maasvlakte Cargo Planning", contact=HBL[1], lang="en",
        frm=HBL,
        subject="RE: Interview with Maasvlakte Cargo Planning - Thursday 9 April",
        date="2026-04-07 12:03 +0200",
        msgid=MID["hbl_move"], irt=MID["hbl_setup"], refs=[MID["hbl_reg"], MID["hbl_setup"]],
        text=d("""
            Hi Ingrid,

            Quick one: Maasvlakte have asked to move Thursday's interview from 10:00 to 11:00
            Rotterdam time (10:00 in Aberdeen) - Ruud has a vessel call that clashes. The Teams
            link stays the same. Can you confirm the new time works?

            Thanks!
            Sanne
        """),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="ashby_immingham_rescheduled",
        company="Immingham Bulk Planning", contact="", lang="en",
        frm=("Immingham Bulk Planning", "no-reply@ashbyhq.com"),
        subject="Your interview with Immingham Bulk Planning has been rescheduled",
        date="2026-05-14 15:27 +0000",
        text=d("""
            Hi Ingrid,

            Your interview for Bulk Logistics Planner has been rescheduled.

            New time: Tuesday, 19 May 2026, 09:30 - 10:15 BST
            Previous time: Monday, 18 May 2026, 11:00 - 11:45 BST
            Interviewer: Daniel Okafor
            Location: Microsoft Teams (link in the calendar invitation)

            An updated calendar invitation is attached.

            Immingham Bulk Planning Recruiting
        """),
        html=lambda t: ats_card("Immingham Bulk Planning", paras(t), colour="#264653",
                                footer="Sent with Ashby"),
        ics=dict(method="REQUEST", uid="ashby-int-7c1f0e2a-44d1@ashbyhq.com", seq=2,
                 start="2026-05-19 09:30", end="2026-05-19 10:15", offset="+0100",
                 summary="Interview: Bulk Logistics Planner - Immingham Bulk Planning",
                 location="Microsoft Teams",
                 organizer=("Daniel Okafor", "daniel.okafor@imminghambulk.example.co.uk"),
                 prodid="-//Ashby//Scheduling//EN"),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="granite_coast_council_cancel_panel",
        company="Granite Coast Council", contact=GCC[1], lang="en",
        frm=GCC,
        subject="Cancelled: Interview - Logistics Planner (GCC-LP-26-07)",
        date="2026-04-27 15:44 +0100",
        msgid=MID["gcc_cancel"], irt=MID["gcc_invite"], refs=[MID["gcc_invite"]],
        text=d("""
            Dear Ms Okonkwo-Haldane

            Unfortunately I have to cancel your interview on Thursday 30 April. The chair of
            the panel has been called to an emergency meeting of the harbour board that
            morning. Your application is still under consideration and I will contact you by
            Friday with alternative dates.

            Please accept my apologies for any inconvenience.

            Fiona Gauld
            Recruitment Adviser, Granite Coast Council
            Tel 01224 555 771
        """),
        html=lambda t: outlook_html(mso(t)),
        ics=dict(method="CANCEL", uid="040000008200E00074C5B7101A82E008000000004C0DD2",
                 seq=1, start="2026-04-30 10:15", end="2026-04-30 11:15", offset="+0100",
                 summary="Cancelled: Interview - Logistics Planner (GCC-LP-26-07)",
                 location="Harbour House, Commercial Quay, Aberdeen",
                 organizer=GCC, prodid=OUTLOOK),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="waalhaven_push_to_friday",
        company="Waalhaven Shipping Lines", contact="joost.verbeek@waalhaven.example.nl",
        lang="en",
        frm=("Joost Verbeek", "joost.verbeek@waalhaven.example.nl"),
        subject="Re: Planner opening - chat?",
        date="2026-05-20 08:47 +0200",
        msgid=MID["wh_push"], irt=MID["wh_chat"], refs=[MID["wh_chat"]],
        text=d("""
            Morning! Can we push Thursday to Friday 10:00 instead? Same Teams link.

            A barge schedule in Moerdijk has blown up on me for tomorrow afternoon. Sorry!

            Joost

            """) + "\n\n" + quoted(
            "On Tue, May 19, 2026 at 21:10 Ingrid Okonkwo-Haldane <ingrid.oh@example.no> wrote:",
            """
            Hi Joost, Thursday at 15:00 is perfect, talk then. Ingrid
            """),
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="interview_reschedule_or_cancel", slug="elbkai_termin_verschoben_sequence",
        company="Elbkai Logistik", contact=ELB[1], lang="de",
        frm=ELB,
        subject="Aktualisiert: Vorstellungsgespräch Disponentin Seefracht – neuer Termin",
        subj_cs="utf-8/b",
        date="2026-04-20 10:05 +0200",
        msgid=MID["elb_move"], irt=MID["elb_invite"], refs=[MID["elb_ack"], MID["elb_invite"]],
        text=d("""
            Sehr geehrte Frau Okonkwo-Haldane,

            leider müssen wir unser Gespräch am Donnerstag, 23.04., verschieben, da Herr
            Brodersen kurzfristig zu einem Kunden nach Bremerhaven muss.

            Neuer Termin: Dienstag, 28.04.2026, 11:00 Uhr (MESZ), gleicher Teams-Link.

            Die aktualisierte Kalendereinladung ersetzt die bisherige. Bitte geben Sie mir
            kurz Bescheid, ob der neue Termin für Sie passt.

            Mit freundlichen Grüßen
            Anke Rohwedder
            Personalreferentin, Elbkai Logistik GmbH
        """),
        html=lambda t: outlook_html(mso(t), lang="DE"),
        ics=dict(method="REQUEST", uid="elbkai-4471-interview@elbkai.example.de", seq=1,
                 start="2026-04-28 11:00", end="2026-04-28 11:45", offset="+0200",
                 summary="Vorstellungsgespräch Disponentin Seefracht – Okonkwo-Haldane",
                 location="Microsoft Teams-Besprechung", organizer=ELB, prodid=OUTLOOK),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="koehlbrand_probetag_streik",
        company="Köhlbrand Spedition", contact=KB[1], lang="de",
        frm=(KB[0], KB[1], "iso-8859-1/q"),
        subject="Probearbeitstag am Freitag fällt aus - Ersatztermin",
        subj_cs="iso-8859-1/q",
        date="2026-07-01 17:20 +0200",
        msgid=MID["kb_off"], irt=MID["kb_trial"], refs=[MID["kb_apply"], MID["kb_trial"]],
        text=d("""
            Moin Frau Okonkwo-Haldane,

            den Probearbeitstag am Freitag, 3. Juli, müssen wir leider absagen: Wegen des
            Warnstreiks im Hafen läuft unsere Disposition diese Woche im Notbetrieb, da kann
            Ihnen niemand vernünftig etwas zeigen.

            Wir holen das nach, und zwar am Freitag, 10. Juli, wieder von 8 bis 16 Uhr. Passt
            Ihnen das?

            Schöne Grüße
            Sönke Harms
            Leiter Disposition, Köhlbrand Spedition GmbH
        """),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="nordwind_termin_entfaellt_cancel",
        company="Nordwind Betriebsführung", contact="j.petersen@nordwind-bf.example.de",
        lang="de",
        frm=("Jens Petersen", "j.petersen@nordwind-bf.example.de"),
        subject="Abgesagt: Videointerview Koordinator/in Offshore-Logistik",
        date="2026-03-16 07:45 +0100",
        text=d("""
            Guten Morgen Frau Okonkwo-Haldane,

            ich bin leider krank geworden, unser Videointerview am Mittwoch muss deshalb
            entfallen. Sobald ich wieder im Büro bin, melde ich mich mit einem neuen Termin
            bei Ihnen.

            Entschuldigen Sie die kurzfristige Absage.

            Viele Grüße
            Jens Petersen
            Nordwind Betriebsführung GmbH
        """),
        ics=dict(method="CANCEL", uid="SF-INT-40217-0318@successfactors.eu", seq=1,
                 start="2026-03-18 10:00", end="2026-03-18 10:45", offset="+0100",
                 summary="Abgesagt: Videointerview Koordinator/in Offshore-Logistik",
                 location="Microsoft Teams", organizer=("Jens Petersen",
                                                        "j.petersen@nordwind-bf.example.de"),
                 prodid=OUTLOOK),
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="interview_reschedule_or_cancel", slug="port_oceane_report_sequence",
        company="Port Océane Logistique", contact=POC[1], lang="fr",
        frm=POC,
        subject="Mise à jour : Entretien - report au jeudi 21 mai",
        subj_cs="iso-8859-1/q",
        date="2026-05-18 09:37 +0200",
        msgid=MID["poc_move"], irt=MID["poc_invite"], refs=[MID["poc_ack"], MID["poc_invite"]],
        text=d("""
            Bonjour Madame Okonkwo-Haldane,

            Mme Marchand étant retenue par un audit douanier demain, je dois malheureusement
            décaler notre entretien prévu le mardi 19 mai à 10h00.

            Je vous propose le jeudi 21 mai à 14h30, au même endroit. L'invitation de
            calendrier a été mise à jour en conséquence.

            Toutes mes excuses pour ce changement.

            Bien cordialement,
            Sébastien Le Gall
            Chargé de recrutement - Port Océane Logistique
        """),
        html=lambda t: outlook_html(mso(t), lang="FR"),
        ics=dict(method="REQUEST", uid="poc-3390-entretien@portoceane.example.fr", seq=1,
                 start="2026-05-21 14:30", end="2026-05-21 15:30", offset="+0200",
                 summary="Entretien – Planificatrice logistique (I. Okonkwo-Haldane)",
                 location="Port Océane Logistique, 12 quai de l'Europe, Le Havre",
                 organizer=POC, prodid=OUTLOOK),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="caux_journee_annulee_greve",
        company="Transports Maritimes Caux", contact="h.lecoq@caux-maritime.example.fr",
        lang="fr",
        frm=("Hélène Lecoq", "h.lecoq@caux-maritime.example.fr", "iso-8859-1/q"),
        subject="Annulation - journée d'évaluation du 26 février",
        date="2026-02-25 18:03 +0100",
        irt=MID["caux_day"], refs=[MID["caux_day"]],
        text_cs="iso-8859-1", text_cte="quoted-printable",
        text=d("""
            Bonsoir Madame,

            En raison du mouvement de grève annoncé sur le port pour demain, nous sommes
            contraints d'annuler la journée d'évaluation du jeudi 26 février. Les équipes
            d'exploitation ne pourront pas être présentes.

            Nous reviendrons vers vous dès que possible avec une nouvelle date. Votre
            candidature reste bien entendu en cours.

            Cordialement,
            Hélène Lecoq
            Responsable RH - Transports Maritimes Caux
        """),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="interview_reschedule_or_cancel", slug="naviera_ria_reprogramada",
        company="Naviera Ría de Vigo", contact=NAV[1], lang="es",
        frm=(NAV[0], NAV[1], "utf-8/b"),
        subject="RE: Entrevista - Planificadora de operaciones",
        date="2026-06-11 09:30 +0200",
        msgid=MID["nav_move"], irt=MID["nav_askmove"],
        refs=[MID["nav_ack"], MID["nav_invite"], MID["nav_askmove"]],
        text=d("""
            Hola, Ingrid:

            Sin problema. Reprogramamos la entrevista al jueves 18 de junio a las 12:00, en
            nuestras oficinas de Beiramar. Si necesitas algo, dímelo.

            Lucía

            """) + "\n\n" + quoted(
            "El mié, 10 jun 2026 a las 22:14, Ingrid Okonkwo-Haldane <ingrid.oh@example.no> "
            "escribió:",
            """
            Hola, Lucía:

            Muchas gracias por la invitación. Lamentablemente el martes 16 estoy de turno en
            el ferry y no puedo cambiarlo. ¿Sería posible hacer la entrevista el jueves 18 o
            el viernes 19?

            Un saludo,
            Ingrid
            """),
    ),
    dict(
        kind="interview_reschedule_or_cancel", slug="frigorificos_cambio_de_dia",
        company="Frigoríficos Puerto de Vigo", contact=FRIGO[1], lang="es",
        frm=FRIGO,
        subject="Cambio de fecha de tu entrevista",
        subj_cs="utf-8/q",
        date="2026-07-27 13:10 +0200",
        msgid=MID["frigo_move"], irt=MID["frigo_invite"], refs=[MID["frigo_invite"]],
        text_cs="iso-8859-1", text_cte="quoted-printable",
        text=d("""
            Hola Ingrid:

            ¿Podemos pasar la entrevista de mañana martes 28 al jueves 30 de julio a las 9:30?
            Noelia, la jefa de almacén, sigue de vacaciones hasta el miércoles y queremos que
            esté ella. Te llamaremos por teléfono en lugar de Teams, al número de tu CV.

            Perdona el cambio.

            Iria Costas
            Selección - Frigoríficos Puerto de Vigo
            Muelle de Bouzas, nave 4 · 36208 Vigo · 986 55 03 17
        """),
    ),
]

MISSED = [
    # ------------------------------------------------------------------ English
    dict(
        kind="missed_interview_notice", slug="humber_tried_calling_twice",
        company="Humber Gateway Logistics", contact=HGL[1], lang="en",
        frm=HGL,
        subject="Missed call - Transport Planner",
        date="2026-07-14 10:25 +0100",
        msgid=MID["hgl_missed"], irt=MID["hgl_screen"], refs=[MID["hgl_screen"]],
        text=d("""
            Hi Ingrid,

            I tried calling you twice at 10:00 this morning for our chat about the Transport
            Planner role, but it went to voicemail both times. I left a short message.

            Could you let me know if you'd still like to go ahead, and when suits you?

            Thanks,
            Priya

            Priya Sandhu
            Talent Acquisition Specialist, Humber Gateway Logistics
            Tel: 01482 555 902
        """),
    ),
    dict(
        kind="missed_interview_notice", slug="harbourline_client_waited_on_teams",
        company="Maasvlakte Cargo Planning", contact=HBL[1], lang="en",
        frm=HBL,
        subject="Maasvlakte Cargo Planning - did you manage to join?",
        date="2026-04-09 16:05 +0200",
        msgid=MID["hbl_missed"], irt=MID["hbl_move"],
        refs=[MID["hbl_setup"], MID["hbl_move"]],
        text=d("""
            Hi Ingrid,

            Maasvlakte waited in the Teams meeting from 11:00 until about 11:15 and couldn't
            reach you. Is everything OK? Let me know what happened and I'll see if they will
            give you another slot.

            Sanne

            Sanne de Wit | Senior Consultant Logistics
            Harbourline Recruitment B.V. | T +31 10 555 2231
        """),
        html=lambda t: outlook_html(mso(t)),
    ),
    dict(
        kind="missed_interview_notice", slug="immingham_did_not_join_video",
        company="Immingham Bulk Planning", contact="daniel.okafor@imminghambulk.example.co.uk",
        lang="en",
        frm=("Daniel Okafor", "daniel.okafor@imminghambulk.example.co.uk"),
        subject="This morning's interview",
        date="2026-05-19 10:02 +0100",
        text=d("""
            Hi Ingrid,

            We had you down for 09:30 on Teams this morning for the Bulk Logistics Planner
            interview. I waited until about quarter to ten but you didn't join, and there was
            no message in the chat.

            Did something go wrong with the link or the time zone? If you're still interested,
            drop me a line and I'll see what I can do.

            Regards,
            Daniel Okafor
            Planning Lead, Immingham Bulk Planning
            Dock Office, Immingham DN40 2LZ | 01469 555 330
        """),
    ),
    dict(
        kind="missed_interview_notice", slug="northbound_rang_at_eleven_voicemail",
        company="Northbound Talent", contact="jordan.heslop@northboundtalent.example.co.uk",
        lang="en",
        frm=("Jordan Heslop", "jordan.heslop@northboundtalent.example.co.uk"),
        subject="Re: Quick call tomorrow?",
        date="2026-01-15 11:20 +0000",
        irt=MID["nb_screen"], refs=[MID["nb_screen"]],
        text=d("""
            Hi Ingrid,

            Rang you at 11 like we said but it went straight to voicemail, and again at ten
            past. Left you a message. Give us a bell back when you're free - I'm in the office
            till half five.

            Jordan

            """) + "\n\n" + quoted(
            "On Wed, 14 Jan 2026 at 16:27, Jordan Heslop "
            "<jordan.heslop@northboundtalent.example.co.uk> wrote:",
            """
            Are you free tomorrow (Thursday) at 11:00? I'll ring the mobile on your CV.
            """),
    ),
    dict(
        kind="missed_interview_notice", slug="granite_coast_council_did_not_attend",
        company="Granite Coast Council", contact=GCC[1], lang="en",
        frm=GCC,
        subject="Non-attendance at interview - GCC-LP-26-07",
        date="2026-05-06 09:15 +0100",
        irt=MID["gcc_cancel"], refs=[MID["gcc_invite"], MID["gcc_cancel"]],
        html=page(d("""
            <p>Dear Ms Okonkwo-Haldane</p>
            <p>Our records show that you did not attend your rearranged interview for the post
            of Logistics Planner, Harbour Services (GCC-LP-26-07), on Tuesday 5 May 2026 at
            10:15 at Harbour House. The panel waited for twenty minutes and I tried your
            mobile number twice without success.</p>
            <p>If there were exceptional circumstances, please contact me within five working
            days so that the panel can consider them.</p>
            <p>Yours sincerely</p>
            <p>Fiona Gauld<br>Recruitment Adviser, People and Organisational Development<br>
            Granite Coast Council &middot; Tel 01224 555 771</p>
            <hr>
            <p style="font-size:11px;color:#555">This email and any files transmitted with it
            are confidential and intended solely for the named recipient.</p>
        """)),
    ),
    dict(
        kind="missed_interview_notice", slug="botlek_waiting_in_video_room",
        company="Botlek Tank Logistics", contact="femke.jansen@botlektank.example.nl",
        lang="en",
        frm=("Femke Jansen", "femke.jansen@botlektank.example.nl"),
        subject="Video interview today 14:00",
        date="2026-06-18 14:41 +0200",
        text=d("""
            Dear Ingrid,

            We were waiting for you in the video interview at 14:00 today together with our
            operations manager, but you did not join. We also sent you a reminder this
            morning.

            Could you let us know what happened? We would like to understand before we decide
            on next steps.

            Kind regards,
            Femke Jansen
            HR Officer
            Botlek Tank Logistics B.V.
            Welplaatweg 12, 3197 KS Botlek-Rotterdam
        """),
        html=lambda t: page(paras(t)),
    ),
    # ------------------------------------------------------------------ German
    dict(
        kind="missed_interview_notice", slug="elbkai_im_teams_gewartet",
        company="Elbkai Logistik", contact=ELB[1], lang="de",
        frm=ELB,
        subject="Unser Gespräch heute um 11:00 Uhr",
        date="2026-04-28 11:32 +0200",
        msgid=MID["elb_missed"], irt=MID["elb_move"],
        refs=[MID["elb_invite"], MID["elb_move"]],
        text=d("""
            Sehr geehrte Frau Okonkwo-Haldane,

            Herr Brodersen und ich waren heute um 11:00 Uhr für unser Gespräch im
            Teams-Meeting und haben bis etwa 11:20 Uhr auf Sie gewartet. Leider haben Sie sich
            nicht eingewählt, und telefonisch konnten wir Sie auch nicht erreichen.

            Bitte geben Sie uns kurz Bescheid, ob alles in Ordnung ist.

            Mit freundlichen Grüßen
            Anke Rohwedder
            Personalreferentin, Elbkai Logistik GmbH
            Tel. +49 40 555 318 20
        """),
    ),
    dict(
        kind="missed_interview_notice", slug="koehlbrand_nicht_erschienen_b64",
        company="Köhlbrand Spedition", contact=KB[1], lang="de",
        frm=(KB[0], KB[1], "iso-8859-1/b"),
        subject="Probearbeitstag heute",
        date="2026-07-10 10:05 +0200",
        irt=MID["kb_off"], refs=[MID["kb_apply"], MID["kb_trial"], MID["kb_off"]],
        text_cs="iso-8859-1", text_cte="base64",
        text=d("""
            Frau Okonkwo-Haldane,

            wir hatten Sie heute um 8 Uhr zum nachgeholten Probearbeitstag erwartet. Sie sind
            nicht erschienen, und unter Ihrer Handynummer erreichen wir nur die Mailbox.

            Ich gehe davon aus, dass etwas dazwischengekommen ist. Melden Sie sich bitte bei
            mir.

            Gruß
            Sönke Harms
            Köhlbrand Spedition
        """),
    ),
    # ------------------------------------------------------------------ French
    dict(
        kind="missed_interview_notice", slug="docks_normands_attendue_sur_teams",
        company="Docks Normands Logistique", contact="amandine.roussel@docksnormands.example.fr",
        lang="fr",
        frm=("Amandine Roussel", "amandine.roussel@docksnormands.example.fr"),
        subject="Notre entretien d'hier",
        date="2026-09-10 09:18 +0200",
        text=d("""
            Bonjour Ingrid,

            Nous vous avons attendue hier à 14h sur Teams pour notre entretien, sans nouvelles
            de votre part. Je me permets de vous écrire pour savoir si vous avez rencontré un
            problème de connexion ou d'agenda.

            Si vous êtes toujours intéressée par le poste d'agent de planification, dites-le
            moi et nous verrons ensemble la suite.

            Cordialement,
            Amandine Roussel
            Responsable recrutement
            Docks Normands Logistique - Boulevard de Graville, 76600 Le Havre
        """),
        html=lambda t: page(paras(t), lang="fr"),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        kind="missed_interview_notice", slug="frigorificos_te_llamamos_dos_veces",
        company="Frigoríficos Puerto de Vigo", contact=FRIGO[1], lang="es",
        frm=FRIGO,
        subject="Entrevista de esta mañana",
        date="2026-07-30 09:58 +0200",
        irt=MID["frigo_move"], refs=[MID["frigo_invite"], MID["frigo_move"]],
        text=d("""
            Hola Ingrid:

            Te hemos llamado dos veces a las 9:30 para la entrevista, tal como quedamos, y no
            hemos tenido respuesta. Noelia y yo estábamos las dos pendientes.

            ¿Ha pasado algo? Escríbeme cuando puedas y vemos cómo lo hacemos.

            Iria Costas
            Selección - Frigoríficos Puerto de Vigo
            986 55 03 17
        """),
    ),
]

MESSAGES = [*INVITATIONS, *RESCHEDULES, *MISSED]
