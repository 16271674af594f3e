"""Corpus 165, rejections: 31 hand-written messages (en 18, de 5, fr 4, es 4)."""

from __future__ import annotations

from msgs165_common import M, ats_card, mso, outlook, outlook_html, paras, quoted

MESSAGES: list[dict] = []
add = MESSAGES.append

# --------------------------------------------------------------------------- English

_t = """Dear Oksana,

Thank you for applying for the position of Facilities Support Coordinator (Req. TGH-04471) at Thomond General Hospital.

We received a very high number of applications for this vacancy. Having assessed your application against the essential criteria in the job specification, we regret to inform you that you have not been shortlisted for interview on this occasion.

Your candidate profile will remain active in our careers portal, and you are welcome to apply for future vacancies.

Kind regards,
Talent Acquisition
Thomond General Hospital, Dooradoyle, Limerick

This is an automated message. Please do not reply to this email."""
add(M(kind="rejection", slug="workday_not_shortlisted", lang="en",
      company="Thomond General Hospital", contact="",
      frm=("Thomond General Hospital", "thomondgh@myworkday.com"),
      subject="Your application for Facilities Support Coordinator - TGH-04471",
      date="2026-02-17 14:05 -0800", text=_t,
      html=ats_card("Thomond General Hospital", "#005a70", paras(_t),
                    button=("Sign in to your candidate home",
                            "https://thomondgh.wd3.myworkday.com/en-US/Careers/userHome")),
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")]))

_prev = """Grand, Friday at 14:00 it is. I'll ring you on the mobile number on your CV, and it should take about twenty minutes.

No harm done about Tuesday - these things happen.

Gráinne

""" + quoted("en", "Oksana Duarte-Brennan <oksana.db@example.ie>", "2026-03-10 19:22",
             """Hi Gráinne,

I'm so sorry I missed your call this morning. My phone was in my locker during a room inspection and I only saw the two missed calls at lunch. Would Friday afternoon suit for another try?

Oksana""")
_t = """Hi Oksana,

Thanks again for taking the call on Friday, and for being so flexible after the mix-up earlier in the week.

I've spoken with Declan in Estates. He was impressed with your hands-on experience, but for this post they need someone who has already managed contractor permits and planned preventive maintenance schedules in a clinical setting, and they're offering it to a candidate who has done exactly that in another hospital. So I'm afraid we won't be taking your application further this time.

I'd genuinely encourage you to keep an eye on our Support Services vacancies - there's a Household Services Supervisor post coming up in the summer where your background would be a real fit.

All the best,
Gráinne

Gráinne Walsh
HR Officer – Recruitment
Mercy Vale University Hospital
Bishopstown Road, Cork T12 X5R2
+353 21 555 7730

""" + quoted("en", "Gráinne Walsh <grainne.walsh@mercyvale.example.ie>", "2026-03-11 09:15", _prev) + """

---
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Mercy Vale University Hospital accepts no liability for any damage caused by viruses transmitted by this e-mail."""
add(M(kind="rejection", slug="hospital_after_phone_screen_chain", lang="en",
      company="Mercy Vale University Hospital", contact="grainne.walsh@mercyvale.example.ie",
      frm=("Gráinne Walsh", "grainne.walsh@mercyvale.example.ie"), name_enc=("utf-8", "B"),
      subject="RE: Facilities Coordinator – phone screen",
      date="2026-03-17 11:48 +0000", text=_t, cte="quoted-printable",
      id="mv_rej", parent="mv_move"))

_t = """Hi Oksana,

I promised I'd come back to you once we had clarity on the Facilities Coordinator role, and I'm sorry it isn't better news. Following the loss of one of our larger client contracts in Little Island, the role has been put on hold for the rest of the year and we will not proceed with the hiring process, including the interview we had paused.

This isn't a reflection on you - your application was one of the strongest we had. If the position is reopened I'll contact you directly before it goes back on the website.

Thanks for your patience,
Aoife Kearney
Talent Partner, Shandon Facility Services"""
add(M(kind="rejection", slug="greenhouse_role_on_hold", lang="en",
      company="Shandon Facility Services", contact="aoife.kearney@shandonfs.example.ie",
      frm=("Aoife Kearney via Greenhouse", "no-reply@us.greenhouse-mail.io"),
      reply_to=("Aoife Kearney", "aoife.kearney@shandonfs.example.ie"),
      subject="Update on the Facilities Coordinator role at Shandon Facility Services",
      date="2026-04-09 15:31 +0000", text=_t,
      html=f'<div style="font-family:Arial,sans-serif;font-size:14px">{paras(_t)}</div>'
           '<img src="https://app.greenhouse.io/email/open?t=8f21c" width="1" height="1" alt="">',
      id="sh_rej", parent="sh_cancel"))

_thanks = """Dear Orla,

Thank you for organising yesterday's assessment day, and please pass my thanks to the panel. I really enjoyed the site walk around the Belfield buildings and the interview afterwards, and it made me even keener on the Estates Services Coordinator role.

I look forward to hearing from you.

Kind regards,
Oksana Duarte-Brennan"""
_new = """Dear Oksana,

Thank you for your kind note after the assessment day - I passed your comments on to the panel, who enjoyed meeting you too.

I'm writing to let you know the outcome. The competition was very close, and your in-tray exercise scored well, but the panel has recommended another candidate for appointment. We will not be able to offer you the post of Estates Services Coordinator on this occasion.

If you would find feedback useful, I'd be happy to arrange a short call with the chair of the panel.

Kind regards,
Orla Fennelly
Senior HR Executive, Recruitment
University of the Liffey | Estates Office, Belfield Lane, Dublin 4
T: +353 1 555 4410"""
_disc = """The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. Ollscoil na Life / University of the Liffey."""
_ob = outlook("en", "Oksana Duarte-Brennan <oksana.db@example.ie>", "2026-04-24 20:03",
              "Orla Fennelly <o.fennelly@liffey-uni.example.ie>",
              "Thank you – Estates Services Coordinator assessment day", _thanks)
add(M(kind="rejection", slug="university_after_assessment_quotes_thanks", lang="en",
      company="University of the Liffey", contact="o.fennelly@liffey-uni.example.ie",
      frm=("Orla Fennelly", "o.fennelly@liffey-uni.example.ie"),
      subject="RE: Thank you – Estates Services Coordinator assessment day",
      date="2026-05-05 10:22 +0100", text=_new + "\n\n" + _ob + "\n\n" + _disc,
      html=outlook_html(mso(_new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt">'
                        + mso(_ob) + "</div>\n" + mso(_disc)),
      cte="quoted-printable", id="ul_rej", parent="ul_thanks"))

_t = """Dear Oksana,

I hope you're well. I wanted to let you know personally, before the automated update reaches you, that the Site Services Coordinator vacancy on our Canary Wharf contract has now been filled by an internal applicant - a supervisor who has been acting up in the role since January.

As a result we are closing the vacancy and won't be rescheduling the second-stage interview we had pencilled in. I appreciate this comes after you had already rearranged your diary for us, and I'm sorry for the inconvenience.

Best wishes,
Priya Raman
Recruitment Partner - Thamesreach Facilities
20 Harbour Exchange Square, London E14 9GE
+44 20 5550 1184"""
add(M(kind="rejection", slug="icims_filled_internally", lang="en",
      company="Thamesreach Facilities", contact="priya.raman@thamesreach.example.co.uk",
      frm=("Thamesreach Facilities Talent Team", "thamesreach-talent@icims.com"),
      reply_to=("Priya Raman", "priya.raman@thamesreach.example.co.uk"),
      subject="Site Services Coordinator - an update from Priya",
      date="2026-05-06 17:12 +0100", text=_t, id="tr_rej", parent="tr_move"))

_t = """Hi Oksana,

Just off the phone with the property team at Lough Mahon Business Park. They've come back on the Facilities Assistant Manager role and unfortunately it's a no this time - they want someone who has already run a BMS (building management system) day to day, and they felt that was too big a gap to train into.

They did say you came across really well on paper, and the customer-service side was exactly what they liked. I'll keep you in mind for the two hotel-side roles I'm briefed on next week.

Talk soon,
Colm

Colm Hegarty | Senior Consultant, Facilities & Hospitality
Blackwater Recruitment | 14 South Mall, Cork
M: +353 86 555 2231"""
add(M(kind="rejection", slug="agency_relays_client_no_named", lang="en",
      company="Lough Mahon Business Park", contact="colm@blackwaterrec.example.ie",
      frm=("Colm Hegarty", "colm@blackwaterrec.example.ie"),
      subject="Lough Mahon - feedback",
      date="2026-02-26 12:40 +0000", text=_t))

_t = """Morning Oksana,

Quick update on the Head Housekeeper / Facilities Lead role I put you forward for last week (the boutique hotel group in Marylebone - I can't name them yet as the search is confidential).

They've reviewed the shortlist and decided not to progress you to the client interview. The feedback was that they're prioritising people already based in London who can start within four weeks, and relocation from Cork didn't work with their opening timeline.

Sorry it's not the news you wanted. I'll be in touch as soon as something more flexible on start dates lands.

Cheers,
Tom

Tom Ashworth
Principal Consultant - Hospitality Operations
Harbour & Hearth Staffing
3rd Floor, 88 Borough High Street, London SE1 1LL
T +44 20 5550 7723"""
add(M(kind="rejection", slug="agency_unnamed_client_not_progressed", lang="en",
      company="Harbour & Hearth Staffing", contact="tom.ashworth@hhstaffing.example.co.uk",
      frm=("Tom Ashworth", "tom.ashworth@hhstaffing.example.co.uk"),
      subject="Head Housekeeper / Facilities Lead - client decision",
      date="2026-06-02 08:51 +0100", text=_t, charset="iso-8859-1"))

_t = """Oksana,

Thanks for dropping in to meet me on Tuesday. We’ve decided to go with someone else for this one.

Best of luck with the search.

Seán
—
Seán Ó Briain | General Manager | Treaty Stone Hotel, Limerick"""
add(M(kind="rejection", slug="terse_gm", lang="en",
      company="Treaty Stone Hotel", contact="sean.obriain@treatystone.example.ie",
      frm=("Seán Ó Briain", "sean.obriain@treatystone.example.ie"),
      name_enc=("iso-8859-1", "Q"),
      subject="Re: Facilities & Housekeeping Coordinator – CV",
      subj_enc=("utf-8", "B"),
      date="2026-02-12 16:57 +0000", text=_t, charset="windows-1252",
      cte="quoted-printable", id="ts_rej", parent="ts_ack"))

_t = """Hi Oksana,

Thank you for your interest in the Building Services Coordinator role at Grafton Property Partners and for the time you put into your application.

We have now completed our review. While your background in hotel operations is impressive, we've chosen to move ahead with applicants whose experience aligns more closely with running multi-tenant commercial buildings.

We appreciate you considering Grafton, and we wish you every success.

The Grafton Talent Team"""
add(M(kind="rejection", slug="lever_move_ahead_with_others", lang="en",
      company="Grafton Property Partners", contact="",
      frm=("Grafton Property Partners", "no-reply@hire.lever.co"),
      subject="Your application to Grafton Property Partners",
      date="2026-04-22 09:03 +0000", text=_t,
      html='<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:15px">'
           + paras(_t) + '<p style="color:#999;font-size:12px">Sent via Lever</p></body></html>',
      id="gp_rej", parent="gp_ack"))

_t = """Dear Oksana,

Thank you for applying for the role of Residential Facilities Coordinator with Kingsmere Estates.

After careful consideration we regret to let you know that we will not be taking your application forward. Because of the volume of applications, we are unable to provide individual feedback at this stage.

We will keep your details on file for six months in line with our privacy notice.

Yours sincerely,
Kingsmere Estates Resourcing"""
add(M(kind="rejection", slug="smartrecruiters_html_only", lang="en",
      company="Kingsmere Estates", contact="",
      frm=("Kingsmere Estates", "noreply@smartrecruiters.com"),
      subject="Residential Facilities Coordinator at Kingsmere Estates",
      date="2026-07-14 13:20 +0000",
      html=ats_card("Kingsmere Estates", "#1f3b57", paras(_t),
                    footer="Powered by SmartRecruiters &middot; Privacy policy"),
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

_t = """Hi Oksana,

We're writing to everyone still in the process for the Accommodation & Facilities Supervisor role in Salthill.

Following a review of the team structure at Corrib Bay Salthill, the vacancy has been withdrawn and will not be filled this season. We have therefore closed the recruitment and all remaining applications, including yours.

Thank you for your time and for your interest in Corrib Bay Hotels.

Best regards,
Corrib Bay Hotels People Team"""
add(M(kind="rejection", slug="teamtailor_vacancy_withdrawn", lang="en",
      company="Corrib Bay Hotels", contact="",
      frm=("Corrib Bay Hotels", "no-reply@teamtailor-mail.com"),
      subject="Accommodation & Facilities Supervisor - vacancy withdrawn",
      date="2026-05-19 10:00 +0100", text=_t,
      html=ats_card("Corrib Bay Hotels", "#c8553d", paras(_t)),
      cte="base64", id="cb_rej", parent="cb_missed"))

_t = """Hey Oksana,

Good to chat Thursday, genuinely enjoyed it. Bad news though - the lads upstairs went with someone who already has the building-services ticket, so we're not going ahead with you for the coordinator job. My fault for not flagging that earlier, it wasn't in the ad.

If you're still around Galway in the autumn give me a shout, we might have a supervisor slot at the Parkmore site.

D.

""" + quoted("en", "Darragh Keane <darragh@atlanticedge.example.ie>", "2026-03-09 17:44",
             """Hi Oksana,

Got your CV through the website. Are you free Thursday around 11 for a chat? Nothing formal, just a coffee in the Parkmore office or a call if you're still in Cork.

Darragh""")
add(M(kind="rejection", slug="casual_went_with_someone", lang="en",
      company="Atlantic Edge Facilities", contact="darragh@atlanticedge.example.ie",
      frm=("Darragh Keane", "darragh@atlanticedge.example.ie"),
      subject="Re: Coordinator job",
      date="2026-03-16 18:20 +0000", text=_t, id="ae_rej", parent="ae_inv"))

_t = """Hi Oksana,

Thanks for your application for Workplace Experience Coordinator (Amsterdam – Zuidas).

We've looked closely at every application and we won't be moving yours to the interview stage. We know that's disappointing to read, and we're grateful you thought of Amstel.

Warmly,
Talent @ Amstel Workplace Services"""
add(M(kind="rejection", slug="ashby_not_to_interview", lang="en",
      company="Amstel Workplace Services", contact="",
      frm=("Amstel Workplace Services", "no-reply@ashbyhq.com"),
      subject="Your application to Amstel Workplace Services",
      date="2026-06-23 11:45 +0200", text=_t,
      html=ats_card("Amstel Workplace Services", "#3a0ca3", paras(_t)),
      cte="quoted-printable", id="am_rej", parent="am_ack"))

_t = """Dear Oksana,

Many thanks for the conversation with Pieter and me on Tuesday. We appreciated how openly you spoke about managing night housekeeping teams.

The panel has now met, and we have decided to continue with a candidate who has run cleaning and portering contracts inside a hospital before. For that reason we will not be moving forward with your application for Facility Coordinator.

I'd be glad to share more detailed feedback by phone if that would help.

With kind regards,
Femke de Wit
Recruiter, Oosterdok Medical Centre
Oosterdokskade 300, 1011 Amsterdam"""
add(M(kind="rejection", slug="recruitee_after_panel", lang="en",
      company="Oosterdok Medical Centre", contact="femke.dewit@oosterdokmc.example.nl",
      frm=("Oosterdok Medical Centre", "oosterdok@jobs.recruitee.com"),
      reply_to=("Femke de Wit", "femke.dewit@oosterdokmc.example.nl"),
      subject="Facility Coordinator – outcome of your interview",
      date="2026-06-12 14:30 +0200", text=_t, html=paras(_t), id="oo_rej", parent="oo_move"))

_t = """Dear Ms Duarte-Brennan,

Competition Ref: MCC/FAC/26/03 - Facilities Officer (Grade 5)

Please find attached a letter regarding the outcome of the shortlisting stage of the above competition.

Following the shortlisting exercise carried out by the board, your application was not among those selected to go forward to interview, and your name will not be placed on the panel from which appointments will be made.

Should you wish to request a review under the Code of Practice, please write to this address within 7 working days.

Mise le meas,
Human Resources Department
Muskerry County Council, County Hall, Macroom, Co. Cork

Muskerry County Council - Comhairle Contae Mhúscraí
This message and any attachment are intended for the named recipient only. If you are not the intended recipient please notify the sender immediately."""
add(M(kind="rejection", slug="council_not_shortlisted_pdf", lang="en",
      company="Muskerry County Council", contact="recruitment@muskerry.example.ie",
      frm=("Muskerry County Council Recruitment", "recruitment@muskerry.example.ie"),
      subject="MCC/FAC/26/03 Facilities Officer - outcome of shortlisting",
      date="2026-04-28 15:10 +0100", text=_t, cte="quoted-printable",
      pdfs=[dict(filename="MCC-FAC-26-03_outcome.pdf", lines=[
          "Muskerry County Council - Human Resources",
          "Competition MCC/FAC/26/03 Facilities Officer (Grade 5)",
          "Ms Oksana Duarte-Brennan",
          "",
          "Dear Ms Duarte-Brennan,",
          "The shortlisting board has completed its assessment of applications.",
          "Your application was not selected to proceed to interview.",
          "Yours sincerely, Human Resources"])],
      id="mc_rej", parent="mc_ack"))

_inv = """Hi Oksana,

Lovely to speak earlier. As promised, here are the details for your trial day for the Community & Facilities Coordinator role:

Wednesday 15 July, 08:30 to 16:00
Bankside House, 61 Southwark Street, SE1 (ask for me at reception)

You'll shadow our morning walk-round, sit in on the supplier meeting and spend the afternoon with the members' desk. Lunch is on us. Wear something comfortable - there are a lot of stairs!

Best,
Hannah"""
_new = """Hi Oksana,

Thank you for spending the day with us at Bankside House last Wednesday. The front-of-house and cleaning teams said you were brilliant with the members.

After comparing notes we're not able to offer you the Community & Facilities Coordinator role. The deciding factor was the lease-management side of the job, which is a bigger part of the day than it looked in the advert, and another candidate had several years of it.

I'm sorry to send this after you travelled over for the trial. Please do keep in touch.

Best,
Hannah

Hannah Okoro
Operations Manager
Bankside Serviced Offices | 61 Southwark Street, London SE1 0HL
+44 20 5550 3390"""
_ob = outlook("en", "Hannah Okoro <hannah.okoro@banksideso.example.co.uk>", "2026-07-06 15:12",
              "Oksana Duarte-Brennan <oksana.db@example.ie>",
              "Trial day - Community & Facilities Coordinator", _inv)
add(M(kind="rejection", slug="after_trial_day_outlook_chain", lang="en",
      company="Bankside Serviced Offices", contact="hannah.okoro@banksideso.example.co.uk",
      frm=("Hannah Okoro", "hannah.okoro@banksideso.example.co.uk"),
      subject="RE: Trial day - Community & Facilities Coordinator",
      date="2026-07-21 09:37 +0100", text=_new + "\n\n" + _ob,
      html=outlook_html(mso(_new) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt">'
                        + mso(_ob) + "</div>"),
      cte="quoted-printable", id="bk_rej", parent="bk_inv"))

_t = """Hello Oksana,

Thank you for your interest in the Facilities Coordinator position with Docklands Workplace Solutions.

This email is to let you know that the position has now been filled. We've enjoyed learning about you and will keep your application on file should anything change.

Regards,
Hiring Team
Docklands Workplace Solutions"""
add(M(kind="rejection", slug="bamboohr_position_filled", lang="en",
      company="Docklands Workplace Solutions", contact="",
      frm=("Docklands Workplace Solutions", "notifications@app.bamboohr.com"),
      subject="Facilities Coordinator at Docklands Workplace Solutions",
      date="2026-03-31 16:02 -0600", text=_t,
      html=ats_card("Docklands Workplace Solutions", "#73c41d", paras(_t)),
      id="dw_rej", parent="dw_missed"))

_t = """Hi Oksana,

Thanks for making the time on Monday, especially after shuffling things around for us.

We've now offered the Block Management Assistant job to another candidate and they accepted this morning, so I'm closing the loop with you. It was genuinely close - your answer on the leaking-ceiling scenario was the best we heard all week.

All the best with the move,
Ben Hollins
Director, Hollins & Marr Property Management"""
add(M(kind="rejection", slug="workable_offered_to_other", lang="en",
      company="Hollins & Marr Property Management", contact="ben@hollinsmarr.example.co.uk",
      frm=("Hollins & Marr Property Management", "noreply@workablemail.com"),
      reply_to=("Ben Hollins", "ben@hollinsmarr.example.co.uk"),
      subject="Block Management Assistant - Hollins & Marr",
      date="2026-08-19 12:15 +0100", text=_t,
      html='<div dir="ltr" style="font-family:Helvetica,Arial">' + paras(_t) + "</div>",
      id="hm_rej", parent="hm_move"))

# --------------------------------------------------------------------------- German

_t = """Liebe Frau Duarte-Brennan,

vielen Dank für das angenehme Gespräch am vergangenen Donnerstag und Ihre Geduld bei der Terminfindung.

Wir haben uns die Entscheidung nicht leicht gemacht. Für die Position Facility Coordinator (m/w/d) in unserem Haus am Rheinufer haben wir uns jedoch für eine Bewerberin entschieden, die bereits Erfahrung mit der technischen Betreuung von Tagungsflächen mitbringt.

Wir bedanken uns für Ihr Interesse an den Rheinufer Hotels und wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Katrin Vogt
Personalreferentin
Rheinufer Hotels
Joseph-Beuys-Ufer 12, 40213 Düsseldorf"""
add(M(kind="rejection", slug="personio_after_interview", lang="de",
      company="Rheinufer Hotels", contact="katrin.vogt@rheinufer-hotels.example.de",
      frm=("Rheinufer Hotels", "no-reply@personio.de"),
      reply_to=("Katrin Vogt", "katrin.vogt@rheinufer-hotels.example.de"),
      subject="Ihre Bewerbung als Facility Coordinator (m/w/d)",
      date="2026-05-08 10:41 +0200", text=_t,
      html=ats_card("Rheinufer Hotels", "#28536b", paras(_t)),
      cte="quoted-printable", id="rh_rej", parent="rh_move"))

_t = """Sehr geehrte Frau Duarte-Brennan,

wir danken Ihnen für Ihre Bewerbung als Koordinatorin Hauswirtschaft und Gebäudeservice und das damit verbundene Interesse an unserem Klinikum.

Nach eingehender Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen können.

Ihre Unterlagen werden gemäß den datenschutzrechtlichen Bestimmungen sechs Monate nach Abschluss des Verfahrens gelöscht.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Klinikum Lörick
Löricker Straße 40, 40547 Düsseldorf

Diese E-Mail wurde automatisch erstellt."""
add(M(kind="rejection", slug="softgarden_latin1", lang="de",
      company="Klinikum Lörick", contact="",
      frm=("Klinikum Lörick", "klinikum-loerick@softgarden.io"),
      name_enc=("iso-8859-1", "Q"),
      subject="Ihre Bewerbung bei Klinikum Lörick", subj_enc=("iso-8859-1", "Q"),
      date="2026-04-15 08:12 +0200", text=_t, charset="iso-8859-1", cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-generated")], id="kl_rej", parent="kl_ack"))

_t = """Hallo Frau Duarte-Brennan,

ich habe heute Rückmeldung von der Benrather Gebäudeservice zur Stelle als Objektleiterin bekommen – leider keine gute. Der Kunde hat sich gegen eine Einladung entschieden, weil für die Position verhandlungssichere Deutschkenntnisse auf C1-Niveau gefordert sind und er das nach unserem Vorab-Telefonat noch nicht ganz gesehen hat.

Ich finde das schade, Ihr Profil passt fachlich sehr gut. Lassen Sie uns gern nächste Woche telefonieren, ich habe zwei internationale Hotels im Blick, bei denen Englisch Arbeitssprache ist.

Viele Grüße
Jonas Brückner
Personalberater
Personalwerk Rhein
Königsallee 60, 40212 Düsseldorf
Tel. +49 211 555 8840"""
add(M(kind="rejection", slug="agency_relays_client_no", lang="de",
      company="Benrather Gebäudeservice", contact="j.brueckner@personalwerk-rhein.example.de",
      frm=("Jonas Brückner", "j.brueckner@personalwerk-rhein.example.de"),
      subject="Rückmeldung Benrather Gebäudeservice",
      date="2026-06-04 16:25 +0200", text=_t, cte="quoted-printable"))

_t = """Sehr geehrte Frau Duarte-Brennan,

bezugnehmend auf Ihre Bewerbung auf die ausgeschriebene Stelle „Sachbearbeitung Gebäudemanagement (EG 9a)“ muss ich Ihnen leider mitteilen, dass das Stellenbesetzungsverfahren aufgrund der vom Kreistag beschlossenen Haushaltssperre eingestellt wurde. Die Stelle wird bis auf Weiteres nicht besetzt.

Ihre Bewerbungsunterlagen senden wir Ihnen nicht zurück; sie werden nach Ablauf der gesetzlichen Fristen vernichtet.

Für Ihr Interesse an einer Tätigkeit bei der Kreisverwaltung danke ich Ihnen.

Mit freundlichen Grüßen
Im Auftrag
Birgit Hoffmann
Kreisverwaltung Angerland – Amt 10 Personal
Kreishaus, Am Angerbach 1, 40880 Ratingen
Telefon 02102 555-1042"""
add(M(kind="rejection", slug="council_procedure_stopped_cp1252", lang="de",
      company="Kreisverwaltung Angerland", contact="b.hoffmann@kreis-angerland.example.de",
      frm=("Birgit Hoffmann", "b.hoffmann@kreis-angerland.example.de"),
      subject="Stellenbesetzungsverfahren Sachbearbeitung Gebäudemanagement",
      subj_enc=("iso-8859-1", "B"),
      date="2026-09-09 11:30 +0200", text=_t, charset="windows-1252", cte="base64"))

_t = """Guten Tag Frau Duarte-Brennan,

haben Sie vielen Dank für Ihr Interesse an der Position Executive Housekeeper (m/w/d).

Nach sorgfältiger Durchsicht Ihrer Unterlagen teilen wir Ihnen mit, dass Ihr Profil nicht in die engere Auswahl gekommen ist. Diese Entscheidung ist keine Bewertung Ihrer Person, sondern ergibt sich aus dem Abgleich mit den Anforderungen der Stelle.

Wir würden uns freuen, wenn Sie unsere Karriereseite weiterhin besuchen.

Freundliche Grüße
Ihr Team Human Resources
Hotel am Hofgarten Düsseldorf"""
add(M(kind="rejection", slug="successfactors_html_only", lang="de",
      company="Hotel am Hofgarten", contact="",
      frm=("Hotel am Hofgarten Karriere", "noreply@successfactors.eu"),
      subject="Ihre Bewerbung: Executive Housekeeper (m/w/d)",
      date="2026-08-03 07:55 +0200",
      html=ats_card("Hotel am Hofgarten", "#8c6d3f", paras(_t),
                    footer="Bitte antworten Sie nicht auf diese E-Mail."),
      cte="base64", headers=[("Auto-Submitted", "auto-generated")]))

# --------------------------------------------------------------------------- French

_thanks = """Bonjour Madame Monnier,

Je tenais à vous remercier pour l'entretien de ce matin et pour la visite des services. J'ai beaucoup apprécié nos échanges sur l'organisation du bionettoyage et je reste très motivée par le poste.

Bien cordialement,
Oksana Duarte-Brennan"""
_t = """Bonjour Madame Duarte-Brennan,

Merci pour votre message et pour le temps que vous nous avez consacré lors de l'entretien de lundi.

Après délibération, le jury a retenu une autre candidature pour le poste de coordinatrice logistique et hôtelière : la personne choisie connaît déjà le fonctionnement des marchés publics hospitaliers, ce qui était déterminant pour nous.

Je conserve votre dossier et je me permettrai de vous recontacter si un poste d'encadrement se libère dans les services hôteliers.

Bien cordialement,

Claire Monnier
Chargée de recrutement – Direction des Ressources Humaines
Centre Hospitalier Fourvière-Sud
12 montée du Gourguillon, 69005 Lyon
Tél. : 04 72 55 01 20

""" + quoted("fr", "Oksana Duarte-Brennan <oksana.db@example.ie>", "2026-06-15 18:02", _thanks)
add(M(kind="rejection", slug="hospital_after_interview_quotes_thanks", lang="fr",
      company="Centre Hospitalier Fourvière-Sud", contact="claire.monnier@chfs.example.fr",
      frm=("Claire Monnier", "claire.monnier@chfs.example.fr"),
      subject="Re: Remerciements – entretien du 15 juin",
      date="2026-06-19 14:07 +0200", text=_t, cte="quoted-printable",
      parent="cand-chfs-thanks"))

_t = """Bonjour Oksana,

Je reviens vers vous concernant le poste de responsable des services généraux chez notre client, un gestionnaire de résidences étudiantes dans le 7e arrondissement (dont je ne peux pas encore communiquer le nom).

Le client a étudié les profils présentés et ne souhaite pas donner suite à votre candidature : il privilégie une personne ayant déjà géré un parc de plus de 400 logements.

Je suis navrée de ne pas avoir de meilleure nouvelle. Votre profil reste actif chez nous et je pense à vous pour d'autres missions.

Belle journée,
Mathilde Roux
Consultante Hôtellerie & Services
Talentis Lyon – 45 rue de la République, 69002 Lyon
06 55 12 34 56"""
add(M(kind="rejection", slug="agency_unnamed_client", lang="fr",
      company="Talentis Lyon", contact="mathilde.roux@talentis-lyon.example.fr",
      frm=("Mathilde Roux", "mathilde.roux@talentis-lyon.example.fr"),
      subject="Votre candidature – responsable services généraux",
      date="2026-07-03 09:18 +0200", text=_t,
      html=paras(_t), cte="quoted-printable"))

_t = """Madame,

Nous accusons bonne réception de votre candidature au poste de gestionnaire de bâtiments (réf. UG-2026-117) et vous en remercions.

Nous sommes au regret de vous informer que ce poste a été pourvu par voie de mobilité interne. La procédure de recrutement externe est donc close.

Nous vous remercions de l'intérêt que vous portez à l'Université de Gerland et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

La Direction des ressources humaines

Ce message est généré automatiquement, merci de ne pas y répondre."""
add(M(kind="rejection", slug="taleo_filled_internally", lang="fr",
      company="Université de Gerland", contact="",
      frm=("Université de Gerland - Recrutement", "noreply@taleo.net"),
      name_enc=("iso-8859-1", "Q"),
      subject="Réf. UG-2026-117 – gestionnaire de bâtiments",
      date="2026-05-27 16:44 +0200", text=_t,
      html=ats_card("Université de Gerland", "#7a1f3d", paras(_t)),
      cte="quoted-printable", id="ug_rej", parent="ug_ack"))

_t = """Bonjour,

Le poste a été pourvu, nous n'irons pas plus loin avec vous. Merci d'avoir pris le temps d'échanger jeudi.

Bonne continuation.

J. Perrin
Rhodanie Facility Management

""" + quoted("fr", "Julien Perrin <j.perrin@rhodanie-fm.example.fr>", "2026-04-13 12:10",
             """Bonjour Madame Duarte-Brennan,

J'ai bien reçu votre CV pour le poste de coordinateur multitechnique. Êtes-vous disponible jeudi vers 10h pour un premier échange téléphonique d'une vingtaine de minutes ?

Julien Perrin""")
add(M(kind="rejection", slug="terse_poste_pourvu_latin1", lang="fr",
      company="Rhodanie Facility Management", contact="j.perrin@rhodanie-fm.example.fr",
      frm=("Julien Perrin", "j.perrin@rhodanie-fm.example.fr"),
      subject="Re: Poste coordinateur multitechnique - échange de jeudi",
      subj_enc=("iso-8859-1", "B"),
      date="2026-04-20 18:31 +0200", text=_t, charset="iso-8859-1", cte="quoted-printable",
      id="rd_rej", parent="rd_inv"))

# --------------------------------------------------------------------------- Spanish

_t = """Estimada Sra. Duarte-Brennan:

Le adjuntamos la carta con la resolución del proceso de selección para el puesto de Coordinador/a de Servicios Generales.

Lamentamos comunicarle que, tras valorar los méritos de todas las personas candidatas, su candidatura no ha sido seleccionada para la fase final. Agradecemos sinceramente el interés mostrado por nuestro hospital.

Atentamente,

Lucía Ferrer Sanchis
Departamento de Recursos Humanos
Hospital Malvarrosa
Av. del Mediterráneo 48, 46011 València
Tel. 963 55 21 40

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine."""
add(M(kind="rejection", slug="hospital_letter_pdf", lang="es",
      company="Hospital Malvarrosa", contact="lucia.ferrer@hospitalmalvarrosa.example.es",
      frm=("Lucía Ferrer Sanchis", "lucia.ferrer@hospitalmalvarrosa.example.es"),
      name_enc=("iso-8859-1", "B"),
      subject="Resolución proceso de selección SG-2026-08",
      date="2026-09-22 13:02 +0200", text=_t, html=paras(_t), cte="base64",
      pdfs=[dict(filename="Resolucion_SG-2026-08.pdf", lines=[
          "Hospital Malvarrosa - Recursos Humanos",
          "Proceso de seleccion SG-2026-08",
          "Coordinador/a de Servicios Generales",
          "",
          "Sra. Oksana Duarte-Brennan",
          "Su candidatura no ha sido seleccionada para la fase final.",
          "Valencia, 22 de septiembre de 2026"])],
      id="mal_rej", parent="mal_ack"))

_t = """Hola Oksana:

Te escribo para contarte que la dirección ha decidido congelar la vacante de coordinadora de servicios para el contrato del puerto. El cliente ha retrasado la adjudicación hasta 2027, así que no vamos a seguir adelante con el proceso ni con ninguna de las candidaturas.

Siento que haya sido así, sobre todo después de lo de la llamada. Si el contrato se reactiva, tú serás de las primeras personas a las que llame.

Un saludo,
Andrés Cano
Responsable de Operaciones
Servicios Integrales Levante
C/ de la Reina 22, 46011 València"""
add(M(kind="rejection", slug="vacancy_frozen", lang="es",
      company="Servicios Integrales Levante", contact="andres.cano@silevante.example.es",
      frm=("Andrés Cano", "andres.cano@silevante.example.es"),
      subject="Vacante coordinadora de servicios – contrato del puerto",
      date="2026-07-08 12:26 +0200", text=_t, cte="quoted-printable",
      id="sl_rej", parent="sl_missed"))

_t = """Hola, Oksana:

Ya tengo respuesta de Grupo Hostelero Albufera sobre la vacante de gobernanta general en El Saler. Me dicen que han optado por otra candidata que ya trabajaba en la zona y que podía incorporarse en junio, así que tu candidatura no sigue adelante.

Me han pedido que te dé las gracias por la videollamada; les gustó mucho tu forma de organizar los turnos.

Seguimos en contacto, tengo otras cosas en marcha.

Un abrazo,
Marta Llorens
Consultora de selección – Empleo Mediterráneo
Tel. 961 55 43 21"""
add(M(kind="rejection", slug="agency_relays_client_no_cp1252", lang="es",
      company="Grupo Hostelero Albufera", contact="marta.llorens@empleomed.example.es",
      frm=("Marta Llorens", "marta.llorens@empleomed.example.es"),
      subject="Gobernanta general El Saler – respuesta del cliente",
      date="2026-05-14 17:48 +0200", text=_t, charset="windows-1252", cte="quoted-printable"))

_t = """Estimada candidata:

En relación con la convocatoria de Técnico/a de Mantenimiento y Servicios (ref. PAS-2026-031), le informamos de que, una vez finalizada la fase de concurso de méritos, no ha alcanzado la puntuación mínima necesaria para pasar a la fase de entrevista.

Puede consultar la lista provisional de puntuaciones en la sede electrónica. Dispone de diez días hábiles para presentar alegaciones.

Servicio de Recursos Humanos
Universidad Politécnica del Turia

Este correo se ha enviado desde una dirección que no admite respuestas."""
add(M(kind="rejection", slug="university_merit_phase", lang="es",
      company="Universidad Politécnica del Turia", contact="",
      frm=("Universidad Politécnica del Turia - Empleo", "no-responder@upt.example.es"),
      name_enc=("utf-8", "B"),
      subject="Resultado de la fase de méritos – PAS-2026-031",
      subj_enc=("utf-8", "B"),
      date="2026-10-06 09:00 +0200", text=_t, cte="base64",
      headers=[("Auto-Submitted", "auto-generated")]))
