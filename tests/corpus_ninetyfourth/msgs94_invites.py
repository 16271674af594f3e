"""Interview invitations, reschedules and cancellations, and missed-interview notices of the
ninety-fourth corpus, one hand-written spec per message."""

from __future__ import annotations

from msgs94_common import ats_card, gmail_html, outlook_html, simple_html, text_of, trk

SPECS: list[dict] = []
add = SPECS.append

HALVORSEN_UID = "040000008200E00074C5B7101A82E00800000000D07A3C5E1BA4DC010000000000000000100000006B2F41C0A38E7D4F9A51E2C6D3F0B871"
BELLCASTLE_UID = "bpa-int-2026-0611-dot@bellcastleport.example.ca"
UHR_UID = "040000008200E00074C5B7101A82E0080000000050F1E9B2403FDD01000000000000000010000000C14A77E0925B4E1A8F3D60B2A9E5C713"

# === interview_invitation =====================================================================

_halv_text = """\
Hi Declan,

Thanks for speaking with Leah last week. As discussed, I'd like to invite you to a first interview for the Senior Project Manager, Water & Wastewater role.

When: Thursday, March 5, 2026, 10:00-11:00 a.m. (Toronto time)
Where: Microsoft Teams (link in the invitation)
With: me, and Carla Bianchi, Principal, Municipal Water

We'll spend most of the hour on two or three projects you've led from design through construction, how you handled change orders, and how you work with municipal clients. No presentation needed.

Please accept the invitation so it lands in your calendar, or let me know if the time doesn't work.

Regards,

Anil Mehta, P.Eng., PMP
Associate Vice-President, Water
Halvorsen Marsh Engineering Ltd.
4100 Yonge Street, Suite 700, Toronto, ON M2P 2B5
D 416-555-0126 | halvorsenmarsh.example.ca
"""
add({
    "key": "halvorsen_teams_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Halvorsen Marsh Engineering", "contact": "anil.mehta@halvorsenmarsh.example.ca",
    "frm": ("Anil Mehta", "anil.mehta@halvorsenmarsh.example.ca"),
    "subject": "Interview: Senior Project Manager, Water & Wastewater - Declan Okonkwo-Tremblay",
    "date": "2026-02-23 14:37 -0500", "mid": "outlook",
    "text": _halv_text,
    "calendar": {"method": "REQUEST", "uid": HALVORSEN_UID, "seq": 0, "start": "20260305T100000", "minutes": 60,
                  "tz": "America/Toronto", "summary": "Interview: Senior Project Manager, Water & Wastewater - Declan Okonkwo-Tremblay",
                  "location": "Microsoft Teams Meeting", "organizer": ("Anil Mehta", "anil.mehta@halvorsenmarsh.example.ca")},
})

_bpa_text = """\
Good afternoon Declan,

Thank you for your interest in the Manager, Terminal Infrastructure Projects position. I'm pleased to invite you to an in-person interview with our selection panel.

Date: Thursday, June 11, 2026
Time: 1:00 pm - 2:30 pm (Pacific)
Location: Bellcastle Port Authority, 1 Harbourfront Way, Vancouver, BC - 4th floor, Room 4B (please check in with Security at the main lobby)

Panel:
- Gurpreet Sahota, Director, Infrastructure Delivery
- Mireille Dubé, Senior Manager, Environment
- Simone Achterberg, Talent Partner

The interview will include a 15-minute case discussion; we will hand you the material when you arrive. A calendar invitation is attached. If you require any accommodation, please let me know.

Kind regards,

Simone Achterberg
Talent Partner, People & Culture
Bellcastle Port Authority
T 604.555.0139
"""
add({
    "key": "bellcastle_panel_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Bellcastle Port Authority", "contact": "simone.achterberg@bellcastleport.example.ca",
    "frm": ("Simone Achterberg", "simone.achterberg@bellcastleport.example.ca"),
    "subject": "Interview Invitation - Manager, Terminal Infrastructure Projects",
    "date": "2026-05-29 15:20 -0700", "mid": "outlook",
    "text": _bpa_text,
    "calendar": {"method": "REQUEST", "uid": BELLCASTLE_UID, "seq": 0, "start": "20260611T130000", "minutes": 90,
                  "tz": "America/Vancouver", "summary": "Panel interview - Manager, Terminal Infrastructure Projects",
                  "location": "1 Harbourfront Way, Vancouver - Room 4B",
                  "organizer": ("Simone Achterberg", "simone.achterberg@bellcastleport.example.ca"),
                  "attach": "invite.ics"},
})

add({
    "key": "brantwood_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Brantwood & Keele Consulting Engineers", "contact": "oksana.petrenko@brantwoodkeele.example.ca",
    "frm": ("Oksana Petrenko", "oksana.petrenko@brantwoodkeele.example.ca"),
    "subject": "Interview - Project Manager, Linear Water Infrastructure",
    "date": "2026-03-06 12:02 -0500", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["bk-apply"],
    "text": """\
Hi Declan,

Thank you for your application for the Project Manager, Linear Water Infrastructure position. Your work on the Finch West utility relocations caught our eye.

We’d like to invite you to an interview on Tuesday, March 17 at 10:00 a.m. at our office (220 Adelaide St W, 14th floor). You’ll meet me and Raj Subramaniam, our Construction Services Lead. Plan for about an hour and a quarter.

Could you let me know by Tuesday whether that works?

Best regards,

Oksana Petrenko, P.Eng.
Director, Water Infrastructure
Brantwood & Keele Consulting Engineers
T 416-555-0187
""",
})

_nl_paras = [
    "Dear Declan,",
    "Thank you for applying for the Project Manager - Stations & Systems Interfaces position with Northline Transit Partners.",
    "We are pleased to invite you to a panel interview at our field office. Details are below:",
    "Date: Tuesday, April 28, 2026\nTime: 10:00 a.m. - 11:30 a.m.\nLocation: Northline Transit Partners Field Office, 3300 Finch Avenue West, Trailer Complex B (visitor parking off Signet Drive)\nPanel: Derek Osei (Project Director), Hana Watanabe (Systems Integration Manager)",
    "Safety boots are not required for the interview itself, but you will be offered a short walk of the guideway laydown area afterwards, so closed-toe shoes are recommended.",
    "Please confirm your attendance using the button below, or reply to this message if you have questions.",
    "Regards,\nDerek Osei\nProject Director, Northline Transit Partners",
]
add({
    "key": "icims_northline_panel", "kind": "interview_invitation", "lang": "en",
    "company": "Northline Transit Partners", "contact": "derek.osei@northlinetp.example.ca",
    "frm": ("Northline Transit Partners", "noreply+northline@talent.icims.com"),
    "reply_to": ("Derek Osei", "derek.osei@northlinetp.example.ca"),
    "subject": "Interview Invitation: Project Manager - Stations & Systems Interfaces",
    "date": "2026-04-17 13:26 -0400", "mid": "talent.icims.com",
    "html": ats_card(lang="en", title="Interview Invitation", logo_src="https://careers-northlinetp.icims.com/images/ntp-logo.png",
                  logo_alt="Northline Transit Partners", accent="#d35400", paras=_nl_paras,
                  button=("Confirm attendance", trk("https://careers-northlinetp.icims.com/jobs/4471/confirm?t=", "nl-confirm")),
                  footer=["Northline Transit Partners is a joint venture delivering the Finch Northline LRT under contract to Lakeshore Regional Transit.",
                          "This message was sent by iCIMS on behalf of Northline Transit Partners."],
                  pixel=trk("https://careers-northlinetp.icims.com/o.gif?e=", "nl-open")),
})

add({
    "key": "queensbridge_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Queensbridge University", "contact": "p.sandhu@queensbridge.example.ca",
    "frm": ("Priyanka Sandhu", "p.sandhu@queensbridge.example.ca"),
    "subject": "Invitation to Interview - Manager, Capital Projects (Facilities & Infrastructure) - Posting 26-0215",
    "date": "2026-04-01 09:44 -0400", "mid": "outlook",
    "text": """\
Dear Declan,

On behalf of the selection committee, I am pleased to invite you to interview for the position of Manager, Capital Projects (Facilities & Infrastructure), posting 26-0215.

Date: Tuesday, April 14, 2026
Time: 10:00 a.m. to 11:15 a.m.
Location: Room 210, Fraser Hall, Kingsford campus

The interview will begin with a 10-minute presentation on the following topic: "Delivering a multi-year capital renewal program on an operating campus: the first 90 days." Please bring your presentation on a USB key; a laptop and projector will be provided. The committee will then ask a series of structured questions.

The committee will be composed of:
- Dr. Alan Whitford, Associate Vice-President, Facilities
- Tamara Lévesque, Director, Capital Planning
- Kwame Boateng, Senior Project Manager
- Priyanka Sandhu, HR Advisor

Please confirm your availability by replying to this email no later than April 6. Parking passes can be arranged on request.

Sincerely,

Priyanka Sandhu | HR Advisor, Talent Acquisition
Human Resources | Queensbridge University
613-555-0124 ext. 33071
""",
})

_mer_paras = [
    "Hi Declan,",
    "Thanks for applying to Meridian Water & Transit Advisors! Priya Raman, our Partner for Infrastructure Advisory, would like to meet you for a first interview for the Senior Consultant, Transit & Water Programs role.",
    "Please pick a 45-minute slot that works for you over the next week using the link below. Interviews are held by video (Google Meet).",
    "If none of the times work, reply to this email and I'll find something else.",
    "Cheers,\nColin Baptiste\nOperations & Talent Coordinator\nMeridian Water & Transit Advisors",
]
add({
    "key": "bamboohr_meridian_pick_slot", "kind": "interview_invitation", "lang": "en",
    "company": "Meridian Water & Transit Advisors", "contact": "colin.baptiste@meridianwta.example.ca",
    "frm": ("Meridian Water & Transit Advisors", "notifications@app.bamboohr.com"),
    "reply_to": ("Colin Baptiste", "colin.baptiste@meridianwta.example.ca"),
    "subject": "Interview request: Senior Consultant, Transit & Water Programs",
    "date": "2026-02-05 11:08 -0500", "mid": "app.bamboohr.com",
    "text": text_of(_mer_paras, "colon"),
    "html": ats_card(lang="en", title="Interview request", logo_src="https://meridianwta.bamboohr.com/logos/meridian-wta.png",
                  logo_alt="Meridian Water & Transit Advisors", accent="#2a7f62", paras=_mer_paras,
                  button=("Choose a time", trk("https://meridianwta.bamboohr.com/careers/schedule/", "mer-slot")),
                  footer=["Meridian Water & Transit Advisors Inc. · 1 Yonge Street, Suite 1801, Toronto, ON",
                          "Sent via BambooHR."],
                  pixel=trk("https://app.bamboohr.com/e/o/", "mer-open")),
})

_gt_paras = [
    "Hi Declan,",
    "Great news - the Gridtrace team would like to move you forward to a Technical Interview for the Delivery Lead, Utility Networks role.",
    "This is a 60-minute video call with Samir Haddad (CTO) and Noor Qureshi (Head of Deployments). You'll walk through how you'd plan a 2,000-sensor rollout across a mid-size water utility and how you'd manage the contractor crews. No prep beyond that.",
    "Use the link below to pick a time that suits you. If none of the options work, just reply to this email.",
    "Thanks,\nGridtrace Recruiting",
]
add({
    "key": "ashby_gridtrace_schedule", "kind": "interview_invitation", "lang": "en",
    "company": "Gridtrace", "contact": "recruiting@gridtrace.example.com",
    "frm": ("Gridtrace", "no-reply@ashbyhq.com"),
    "reply_to": ("Gridtrace Recruiting", "recruiting@gridtrace.example.com"),
    "subject": "Schedule your Technical Interview with Gridtrace",
    "date": "2026-04-29 17:02 +0000", "mid": "ashbyhq.com",
    "text": text_of(_gt_paras),
    "html": ats_card(lang="en", title="Gridtrace", logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/gridtrace.png",
                  logo_alt="Gridtrace", accent="#111827", paras=_gt_paras,
                  button=("Schedule interview", trk("https://jobs.ashbyhq.com/gridtrace/interview/schedule/", "gt-sched")),
                  footer=["Gridtrace Technologies, 1302 10 Ave SW, Calgary, AB", "Powered by Ashby"],
                  pixel=trk("https://ashbyhq.com/email/o/", "gt-open")),
})

add({
    "key": "keystone_corbett_exclaim", "kind": "interview_invitation", "lang": "en",
    "company": "Corbett Hale Engineering", "contact": "brent.oduya@keystonestaffing.example.ca",
    "frm": ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca"),
    "subject": "GREAT NEWS - Corbett Hale wants to meet you!!",
    "date": "2026-07-07 16:12 -0400",
    "text": """\
Declan!!

Corbett Hale Engineering LOVED your profile for the Transit Project Manager role in Ottawa!! They want you in for an interview ASAP!!!

Proposed: Wednesday July 15, 2:00pm at their Ottawa office, 150 Elgin St, 9th floor. You'd be meeting Renée Lachance (Director, Transit) and someone from their HR team. About an hour.

Can you confirm today?? They're moving fast on this one and I want to lock it in before they see anyone else!

Quick prep tips from me:
- Have your Confederation Line / Trillium type stories ready, they care a LOT about systems integration
- Bring up the stakeholder piece, the City is their main client
- Salary: don't bring it up, leave that to me :)

Talk soon!!
Brent

Brent Oduya
Account Manager, Engineering & Construction
Keystone Technical Staffing Inc.
T: 905.555.0133 | M: 647.555.0178
""",
})

add({
    "key": "ashbury_confidential_invite", "kind": "interview_invitation", "lang": "en",
    "company": "Ashbury Cole Executive Search", "contact": "h.ashbury@ashburycole.example.com",
    "frm": ("Hugh Ashbury", "h.ashbury@ashburycole.example.com"),
    "subject": "Confidential - VP Capital Delivery search: first interview",
    "date": "2026-05-22 08:15 -0400", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["ac-cv"],
    "text": """\
Declan,

Thank you for sending your CV and for a very good conversation on Tuesday.

As I explained, we have been retained on an exclusive basis by a major public infrastructure owner in the Greater Toronto Area to appoint its Vice-President, Capital Delivery. I am not yet able to disclose the client’s name; it will be shared with you at the next stage, subject to the confidentiality undertaking we discussed.

I have presented your candidacy and the search committee would like to meet you for a first interview:

  Wednesday, June 3, 2026 – 4:00 to 5:15 p.m.
  Ashbury Cole Executive Search, 161 Bay Street, 27th Floor (boardroom)

The committee will consist of two board members and the client’s CEO. I will send a short briefing note on Monday.

Please let me know that you can attend.

With regards,

Hugh Ashbury
Managing Partner
Ashbury Cole Executive Search
+1 416 555 0148
""",
})

add({
    "key": "portalder_competition_invite", "kind": "interview_invitation", "lang": "en",
    "company": "City of Port Alder", "contact": "lfitzgerald@portalder.example.ca",
    "frm": ("Lauren Fitzgerald", "lfitzgerald@portalder.example.ca"),
    "subject": "Invitation to Interview - Competition #2026-114 Project Manager, Transit Capital",
    "date": "2026-05-08 10:30 -0700",
    "text": """\
Hello Declan,

Thank you for applying to Competition #2026-114, Project Manager, Transit Capital, with the City of Port Alder Engineering & Public Works Department.

I am pleased to let you know that you have been shortlisted, and we would like to invite you to a virtual panel interview:

Wednesday, May 20, 2026 at 9:00 a.m. Pacific Time
Microsoft Teams - the meeting link will be sent separately from my calendar.

The interview will last approximately 60 minutes and will consist of behavioural and technical questions. You will also be asked to complete a short written exercise (30 minutes) immediately following the interview.

Please reply to confirm your attendance, and let me know if you require any accommodation for the interview.

Regards,

Lauren Fitzgerald
Human Resources Consultant
City of Port Alder
2580 Shaughnessy Street, Port Alder, BC V3C 2A8
604-555-0115
""",
})

add({
    "key": "pipewise_call_iphone", "kind": "interview_invitation", "lang": "en",
    "company": "Pipewise", "contact": "jess@pipewise.example.com",
    "frm": ("Jess Okafor", "jess@pipewise.example.com"),
    "subject": "Re: Head of Delivery",
    "date": "2026-08-15 20:48 -0600", "mid": "apple",
    "thread": ["pw-intro"],
    "text": """\
Hey Declan - loved your note. Can you do a call Tues 3pm MT to chat about the Head of Delivery role? 45 min, I'll send a Meet link. Our CTO Ravi will join for the 2nd half.

J

Sent from my iPhone

> On Aug 15, 2026, at 6:02 PM, Declan Okonkwo-Tremblay <declan.ot@example.ca> wrote:
>
> Hi Jess,
>
> Ravi Shah suggested I reach out. I saw the Head of Delivery posting and I'd
> love to hear more about how Pipewise runs its utility deployments. My resume
> is attached; I've led roughly $400M of linear water and transit work.
>
> Declan
""",
})

add({
    "key": "fraserbasin_second_round", "kind": "interview_invitation", "lang": "en",
    "company": "Fraser Basin Water Utility", "contact": "harjit.gill@fraserbasinwater.example.ca",
    "frm": ("Gill, Harjit", "harjit.gill@fraserbasinwater.example.ca"),
    "subject": "RE: Thank you - Capital Projects Manager interview",
    "date": "2026-06-12 11:54 -0700", "mid": "outlook",
    "thread": ["declan_thanks_fraserbasin"],
    "text": """\
Hi Declan,

Thanks for your note, and congratulations: you are moving to the second round for the Capital Projects Manager position.

We'd like to invite you to a second interview on Tuesday, June 23 at 10:00 am at our operations centre, 4330 Kingsway, Burnaby. It will be about 90 minutes with me, our Chief Engineer Dana Whitehorse, and a representative from Finance, followed by a short tour of the Annacis pump station upgrade (we'll provide PPE).

Please confirm you can make it, and send me the names and numbers of two references who could be contacted after the interview.

Regards,

Harjit Gill, P.Eng.
Manager, Capital Program
Fraser Basin Water Utility
T 604.555.0157

From: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Sent: Tuesday, June 9, 2026 7:41 PM
To: Gill, Harjit <harjit.gill@fraserbasinwater.example.ca>
Subject: Thank you - Capital Projects Manager interview

Hi Harjit,

Thank you for this afternoon's interview. I enjoyed the discussion about sequencing the reservoir seismic upgrades while keeping supply online, and I'm very interested in the position. Even if it doesn't work out, I appreciated the candour about the challenges.

Best regards,
Declan
""",
})

_tl_paras = [
    "Hi Declan,",
    "Thanks for applying to the Infrastructure Partnerships Manager role at TransitLoop! I'd love to set up a 30-minute phone screen to learn more about your background and tell you about what we're building with transit agencies.",
    "I've booked a tentative slot for Tuesday, March 10 at 11:00 AM ET. I'll call you at the number on your resume. If that doesn't work, please pick another time here: [[calendly.example.com/maya-transitloop/30min|https://calendly.example.com/maya-transitloop/30min]]",
    "Looking forward to chatting,\nMaya Chen\nHead of Talent, TransitLoop",
]
add({
    "key": "greenhouse_transitloop_screen", "kind": "interview_invitation", "lang": "en",
    "company": "TransitLoop", "contact": "maya@transitloop.example.com",
    "frm": ("Maya Chen via Greenhouse", "no-reply@greenhouse-mail.io"),
    "reply_to": ("Maya Chen", "maya@transitloop.example.com"),
    "subject": "Phone screen: TransitLoop x Declan",
    "date": "2026-03-04 15:33 +0000", "mid": "greenhouse-mail.io",
    "text": text_of(_tl_paras),
    "html": ats_card(lang="en", title="TransitLoop", logo_src="https://s3.amazonaws.com/grnhse-prod/logos/transitloop.png",
                  logo_alt="TransitLoop", accent="#5b3df5", paras=_tl_paras,
                  footer=["TransitLoop · 460 King St W, Toronto", "Powered by Greenhouse"],
                  pixel=trk("https://greenhouse-mail.io/wf/open?upn=", "tl-open")),
})

add({
    "key": "ridgeback_site_interview", "kind": "interview_invitation", "lang": "en",
    "company": "Ridgeback Civil Constructors", "contact": "careers@ridgebackcivil.example.ca",
    "frm": ("Careers at Ridgeback", "careers@ridgebackcivil.example.ca"),
    "subject": "Interview & site visit - Project Manager, Heavy Civil",
    "date": "2026-07-06 13:05 -0400",
    "html": simple_html(
        ["Hi Declan,",
         "Thanks for your application to Ridgeback Civil Constructors. We'd like you to come out for an interview and a site visit for the Project Manager, Heavy Civil position.",
         "Tuesday, July 14 - meet Wes Kowalczyk, Site Superintendent, at 7:00 am at the Sheppard East yard gate (2100 Sheppard Ave E). Wes will walk you through the grade separation work, then you'll sit down with Shauna Petrie and our Operations Manager in the site office at around 9:00 am.",
         "Please wear CSA boots, long pants and bring a hard hat and vest if you have them; we have spares otherwise.",
         "Reply to this email to confirm, and let us know if you have any questions.",
         "Thanks,"],
        font="Arial", size="11pt",
        signature=["Shauna Petrie", "Talent Acquisition Lead", "Ridgeback Civil Constructors Inc.",
                   "Building Ontario's infrastructure since 1974", "[[ridgebackcivil.example.ca|https://ridgebackcivil.example.ca]] | 416-555-0182"]),
})

# --- French invitations ---

add({
    "key": "tessier_convocation", "kind": "interview_invitation", "lang": "fr",
    "company": "Tessier Lavoie Experts-conseils", "contact": "igagnon@tessierlavoie.example.ca",
    "frm": ("Isabelle Gagnon", "igagnon@tessierlavoie.example.ca"),
    "subject": "Convocation en entrevue - Chargé de projets, infrastructures urbaines",
    "date": "2026-05-04 10:12 -0400", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Bonjour Monsieur Okonkwo-Tremblay,

Nous avons bien pris connaissance de votre candidature au poste de chargé de projets, infrastructures urbaines, et nous aimerions vous rencontrer en entrevue.

Date : mercredi 13 mai 2026
Heure : 9 h 30 (durée prévue : 1 h 30)
Lieu : 1450, rue City Councillors, bureau 800, Montréal

Vous rencontrerez M. Philippe Lavoie, ing., vice-président Infrastructures, ainsi que moi-même. Une courte mise en situation écrite (20 minutes) suivra l'entrevue.

Je vous saurais gré de confirmer votre présence par retour de courriel.

Au plaisir de vous rencontrer,

Isabelle Gagnon
Conseillère en ressources humaines
Tessier Lavoie Experts-conseils inc.
514 555-0129, poste 2210
""",
})

_ras_paras = [
    "Monsieur Declan Okonkwo-Tremblay,",
    "Votre candidature au concours 2026-041, Ingénieur(e) chargé(e) de projets - Infrastructures municipales, a été retenue à l'étape de la présélection.",
    "Vous êtes convoqué à la séance d'évaluation qui se tiendra le samedi 21 mars 2026 à 8 h 30 à l'hôtel de ville (salle du conseil), 300, rue Principale. La séance comprend un examen écrit de connaissances techniques (2 heures). Les candidat(e)s ayant obtenu la note de passage seront ensuite convoqués en entrevue devant un comité de sélection.",
    "Veuillez vous présenter 15 minutes à l'avance avec une pièce d'identité avec photo. Aucun document ni appareil électronique ne sera permis.",
    "Pour confirmer votre présence, cliquez sur le bouton ci-dessous.",
    "Le Service des ressources humaines",
]
add({
    "key": "ras_convocation_evaluation", "kind": "interview_invitation", "lang": "fr",
    "company": "Ville de Rivière-aux-Saules", "contact": "",
    "frm": ("Ville de Rivière-aux-Saules", "ne-pas-repondre@riviere-aux-saules.example.ca"),
    "subject": "Convocation - Concours 2026-041 - Séance d'évaluation",
    "date": "2026-03-09 15:40 -0400", "charset": "iso-8859-1", "cte": "base64", "hdr_charset": "iso-8859-1",
    "html": ats_card(lang="fr", title="Convocation", charset="iso-8859-1",
                  logo_src="https://emplois.riviere-aux-saules.example.ca/images/armoiries-ras.png",
                  logo_alt="Ville de Rivière-aux-Saules", accent="#2e6b3f", paras=_ras_paras,
                  button=("Je confirme ma présence", "https://emplois.riviere-aux-saules.example.ca/confirmation?c=2026041&u=8812"),
                  footer=["Ce courriel a été envoyé automatiquement. Merci de ne pas y répondre.",
                          "Pour toute question : 450 555-0101, poste 240."],
                  pixel="https://emplois.riviere-aux-saules.example.ca/suivi/ouverture.gif?c=2026041&u=8812&e=conv"),
})

add({
    "key": "dufresne_on_aimerait_te_rencontrer", "kind": "interview_invitation", "lang": "fr",
    "company": "Dufresne-Gauthier Construction", "contact": "steve@dg-construction.example.ca",
    "frm": ("Steve Gauthier", "steve@dg-construction.example.ca"),
    "subject": "Poste de chargé de projet",
    "date": "2026-06-30 18:20 -0400",
    "text": """\
Salut Declan,

C'est Steve Gauthier, de chez Dufresne-Gauthier. Ton CV m'a été refilé par Marie-Ève à l'ACRGTQ, pis j'ai bien aimé ce que tu as fait sur les stations du REM.

On aimerait te rencontrer la semaine prochaine pour le poste de chargé de projet sur nos contrats d'aqueduc et d'égout à Laval. Est-ce que lundi le 6 juillet à 10 h au bureau de Terrebonne ferait ton affaire? C'est au 3055, chemin Gascon. Compte une heure, une heure et quart, avec moi pis Josée notre contrôleuse.

Fais-moi signe.

Steve Gauthier
Vice-président, construction
Dufresne-Gauthier Construction inc.
Cell. 450 555-0177
""",
})

_lni_paras = [
    "Bonjour Monsieur Okonkwo-Tremblay,",
    "Suite à l'examen de votre candidature au poste de Responsable d'opérations Génie civil (réf. LN-2026-087), j'ai le plaisir de vous proposer un entretien avec Monsieur Olivier Reynaud, Directeur de programme, et moi-même.",
    "Date : mardi 14 avril 2026 à 10 h 00 (heure de Paris)\nLieu : Lignes Nouvelles Île-de-France, 8 rue Jules-Rimet, 93200 Saint-Denis, 5e étage\nDurée : 1 h environ",
    "Compte tenu de votre localisation actuelle, l'entretien peut également se tenir en visioconférence ; merci de me préciser votre préférence.",
    "Je vous remercie de bien vouloir me confirmer votre disponibilité.",
    "Bien cordialement,\n\nClaire Dumas-Kessler\nChargée de recrutement - Direction des ressources humaines\nLignes Nouvelles Île-de-France\n01 55 55 02 18",
]
add({
    "key": "lni_invitation_entretien", "kind": "interview_invitation", "lang": "fr",
    "company": "Lignes Nouvelles Île-de-France", "contact": "claire.dumas-kessler@lnidf.example.fr",
    "frm": ("Claire Dumas-Kessler", "claire.dumas-kessler@lnidf.example.fr"),
    "subject": "Invitation à un entretien - Responsable d'opérations Génie civil (LN-2026-087)",
    "date": "2026-04-02 16:18 +0200", "mid": "outlook",
    "text": text_of(_lni_paras),
    "html": outlook_html(_lni_paras, ["Lignes Nouvelles Île-de-France - Établissement public à caractère industriel et commercial",
                                   "Pensez à l'environnement avant d'imprimer ce courriel."], lang="FR", font="Aptos"),
})

_flv_paras = [
    "Salut Declan 👋",
    "Bonne nouvelle : Léa Fournier, notre cheffe des opérations, aimerait te rencontrer pour une première entrevue (30 min, en visio) pour le poste de Gestionnaire de projets terrain.",
    "Réserve ton créneau directement dans son agenda avec le bouton ci-dessous. Tu recevras le lien Google Meet dans la confirmation.",
    "À très vite!\nL'équipe Fluvia",
]
add({
    "key": "teamtailor_fluvia_creneau", "kind": "interview_invitation", "lang": "fr",
    "company": "Fluvia", "contact": "",
    "frm": ("Fluvia", "no-reply@teamtailor-mail.com"),
    "subject": "Réserve ton entrevue avec Fluvia",
    "date": "2026-08-25 14:02 +0000", "mid": "teamtailor-mail.com",
    "html": ats_card(lang="fr", title="Fluvia", logo_src="https://assets.teamtailor-cdn.example.com/fluvia/logo.png",
                  logo_alt="Fluvia", accent="#0096c7", paras=_flv_paras,
                  button=("Choisir un créneau", trk("https://fluvia.teamtailor.example.com/meetings/", "flv-slot")),
                  footer=["Fluvia · 5445, avenue de Gaspé, Montréal", "Propulsé par Teamtailor · [[Mes données|" + trk("https://fluvia.teamtailor.example.com/connect/", "flv-gdpr") + "]]"],
                  pixel=trk("https://t.teamtailor-mail.com/o/", "flv-open")),
})

add({
    "key": "groupe_ressources_hydrorivieres", "kind": "interview_invitation", "lang": "fr",
    "company": "Hydro-Rivières", "contact": "ma.tremblay@groupe-ressources.example.ca",
    "frm": ("Marc-André Tremblay", "ma.tremblay@groupe-ressources.example.ca"),
    "subject": "Hydro-Rivières veut te rencontrer!",
    "date": "2026-05-26 12:31 -0400",
    "text": """\
Salut Declan,

Bonne nouvelle! Hydro-Rivières a aimé ton profil pour le poste de chargé de projets, ouvrages hydrauliques, et veut te rencontrer en entrevue.

Ils proposent le vendredi 5 juin à 13 h 30 à leur siège social (1200, boul. René-Lévesque Ouest, 9e étage). Tu rencontreras Julie Bergeron des RH et Patrice Nadeau, directeur des projets de réfection.

Confirme-moi ça dès que tu peux, je leur reviens aujourd'hui. On se fait un appel de préparation mercredi?

Marc-André

Marc-André Tremblay, CRIA
Associé, recherche de cadres - génie et construction
Groupe Ressources Ingénierie
T. 514 555-0163
""",
})

add({
    "key": "uhr_invitation_calendrier", "kind": "interview_invitation", "lang": "fr",
    "company": "Université du Haut-Richelieu", "contact": "sophie.bellavance@uhr.example.ca",
    "frm": ("Sophie Bellavance", "sophie.bellavance@uhr.example.ca"),
    "subject": "Entrevue - Coordonnateur(trice) de projets immobiliers et d'infrastructures",
    "date": "2026-09-08 13:47 -0400", "mid": "outlook",
    "text": """\
Bonjour M. Okonkwo-Tremblay,

À la suite de l'analyse de votre candidature, le comité de sélection souhaite vous rencontrer en entrevue pour le poste de coordonnateur de projets immobiliers et d'infrastructures (affichage SRH-26-112).

L'entrevue aura lieu le mercredi 16 septembre 2026, de 14 h à 15 h, au pavillon Marguerite-Bourgeoys, local B-2104 (campus de Saint-Jean-sur-Richelieu). Vous trouverez ci-joint l'invitation à ajouter à votre calendrier.

Merci d'accepter l'invitation ou de me faire savoir si vous avez un empêchement.

Cordialement,

Sophie Bellavance
Technicienne en gestion du personnel
Service des ressources humaines
Université du Haut-Richelieu
450 555-0144, poste 3318
""",
    "calendar": {"method": "REQUEST", "uid": UHR_UID, "seq": 0, "start": "20260916T140000", "minutes": 60,
                  "tz": "America/Toronto", "summary": "Entrevue - Coordonnateur de projets immobiliers et d'infrastructures",
                  "location": "Pavillon Marguerite-Bourgeoys, local B-2104",
                  "organizer": ("Sophie Bellavance", "sophie.bellavance@uhr.example.ca")},
})

# --- Spanish invitations ---

_alt_paras = [
    "Estimado Declan:",
    "Gracias por su interés en Constructora Altiplano. Nos da gusto informarle que ha sido seleccionado para una entrevista para la posición de Gerente de Proyecto - Línea 6 del Tren Ligero.",
    "Fecha: martes 19 de mayo de 2026\nHora: 10:00 a.m. (hora del centro de México)\nModalidad: videollamada por Microsoft Teams\nEntrevistador: Ing. Rodrigo Salgado, Director de Proyectos Ferroviarios",
    "Le pedimos confirmar su asistencia haciendo clic en el botón. Si tiene alguna duda, puede responder a este correo.",
    "Saludos cordiales,\nEquipo de Talento\nConstructora Altiplano",
]
add({
    "key": "smartrecruiters_altiplano_entrevista", "kind": "interview_invitation", "lang": "es",
    "company": "Constructora Altiplano", "contact": "rsalgado@altiplano.example.mx",
    "frm": ("Constructora Altiplano", "no-reply@smartrecruiters.com"),
    "reply_to": ("Rodrigo Salgado", "rsalgado@altiplano.example.mx"),
    "subject": "Invitación a entrevista - Gerente de Proyecto Línea 6",
    "date": "2026-05-12 18:40 +0000", "mid": "smartrecruiters.com",
    "html": ats_card(lang="es", title="Constructora Altiplano", logo_src="https://c.smartrecruiters.com/sr-company-logo-prod/altiplano.png",
                  logo_alt="Constructora Altiplano", accent="#a0522d", paras=_alt_paras,
                  button=("Confirmar asistencia", trk("https://jobs.smartrecruiters.com/ConstructoraAltiplano/interview/", "alt-conf")),
                  footer=["Constructora Altiplano, S.A. de C.V. · Av. Insurgentes Sur 1605, Ciudad de México",
                          "Este correo fue enviado a través de SmartRecruiters. [[Aviso de privacidad|https://www.altiplano.example.mx/privacidad]]"],
                  pixel=trk("https://email.smartrecruiters.com/o/", "alt-open")),
})

add({
    "key": "cordillera_entrevista_gerencia", "kind": "interview_invitation", "lang": "es",
    "company": "Ingeniería Cordillera", "contact": "amejia@ingcordillera.example.co",
    "frm": ("Andrés Felipe Mejía", "amejia@ingcordillera.example.co"),
    "subject": "Entrevista con Gerencia - Director de Proyectos Acueducto",
    "date": "2026-07-28 16:25 -0500", "charset": "iso-8859-1", "cte": "8bit", "hdr_charset": "iso-8859-1",
    "text": """\
Buenas tardes Ingeniero Declan,

Reciba un cordial saludo. Después de revisar su hoja de vida y la entrevista telefónica con nuestra área de Gestión Humana, queremos invitarlo a una entrevista con la Gerencia General para el cargo de Director de Proyectos - Acueducto.

La entrevista sería el martes 4 de agosto a las 9:00 a.m. en nuestras oficinas de la Calle 93 No. 13-24, piso 6, Bogotá. Si le queda más fácil, podemos hacerla virtual por Teams.

Le agradezco confirmarme su asistencia.

Atentamente,

Andrés Felipe Mejía Ospina
Gerente de Gestión Humana
Ingeniería Cordillera S.A.S.
PBX (601) 555 0166 Ext. 112
""",
})

add({
    "key": "talentoandino_concesionaria", "kind": "interview_invitation", "lang": "es",
    "company": "Concesionaria Vial del Norte", "contact": "camila.restrepo@talentoandino.example.co",
    "frm": ("Camila Restrepo", "camila.restrepo@talentoandino.example.co"),
    "subject": "¡Concesionaria Vial del Norte quiere entrevistarte!",
    "date": "2026-06-22 09:03 -0500", "mid": "gmail",
    "text": """\
¡Hola Declan!

Te cuento que le presentamos tu hoja de vida a Concesionaria Vial del Norte para la Gerencia de Interventoría de la troncal, y quieren entrevistarte.

Te proponen el jueves 25 de junio a las 3:00 p.m. (hora Bogotá) por videollamada. Estarían el gerente técnico, el ingeniero Luis Carlos Pardo, y alguien de la junta. Son unos 45 minutos.

¿Me confirmas si te sirve? Y si quieres hacemos una llamada corta el miércoles para prepararte.

Un abrazo,

Camila Restrepo
Consultora Senior | Talento Andino Headhunters S.A.S.
+57 601 555 0147 | Bogotá
""",
    "html": gmail_html(
        ["¡Hola Declan!",
         "Te cuento que le presentamos tu hoja de vida a Concesionaria Vial del Norte para la Gerencia de Interventoría de la troncal, y quieren entrevistarte.",
         "Te proponen el jueves 25 de junio a las 3:00 p.m. (hora Bogotá) por videollamada. Estarían el gerente técnico, el ingeniero Luis Carlos Pardo, y alguien de la junta. Son unos 45 minutos.",
         "¿Me confirmas si te sirve? Y si quieres hacemos una llamada corta el miércoles para prepararte.",
         "Un abrazo,",
         "Camila Restrepo\nConsultora Senior | Talento Andino Headhunters S.A.S.\n+57 601 555 0147 | Bogotá"]),
})

# --- German invitations ---

_bt_paras = [
    "Sehr geehrter Herr Okonkwo-Tremblay,",
    "vielen Dank für Ihre Bewerbung als Projektleiter Tunnelbau (m/w/d) für unsere Baustelle in Montréal. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.",
    "Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:\nMittwoch, 22. April 2026, 16:00 Uhr MESZ (10:00 Uhr in Montréal)\nGesprächspartner: Klaus Brückner (Technischer Geschäftsführer) und Jana Albrecht (Personal)",
    "Den Link zur Videokonferenz erhalten Sie nach Ihrer Bestätigung. Bitte bestätigen Sie den Termin über den Button oder antworten Sie direkt auf diese E-Mail.",
    "Wir freuen uns auf das Gespräch!\n\nMit freundlichen Grüßen\nJana Albrecht\nPersonalreferentin",
]
add({
    "key": "personio_brueckner_einladung", "kind": "interview_invitation", "lang": "de",
    "company": "Brückner Tunnelbau", "contact": "jana.albrecht@brueckner-tunnelbau.example.com",
    "frm": ("Brückner Tunnelbau GmbH", "noreply@brueckner-tunnelbau.jobs.personio.de"),
    "reply_to": ("Jana Albrecht", "jana.albrecht@brueckner-tunnelbau.example.com"),
    "subject": "Einladung zum Vorstellungsgespräch - Projektleiter Tunnelbau (m/w/d), Montréal",
    "date": "2026-04-14 11:26 +0200", "mid": "personio.de",
    "text": text_of(_bt_paras),
    "html": ats_card(lang="de", title="Einladung", logo_src="https://brueckner-tunnelbau.jobs.personio.de/logo/bt.png",
                  logo_alt="Brückner Tunnelbau", accent="#f39200", paras=_bt_paras,
                  button=("Termin bestätigen", trk("https://brueckner-tunnelbau.jobs.personio.de/interview/confirm/", "bt-conf")),
                  footer=["Brückner Tunnelbau GmbH · Industriestraße 14 · 86551 Aichach",
                          "Geschäftsführer: Klaus Brückner, Dipl.-Kfm. Peter Brückner · Amtsgericht Augsburg HRB 8812",
                          "Versendet über Personio"],
                  pixel=trk("https://brueckner-tunnelbau.jobs.personio.de/t/o/", "bt-open")),
})

add({
    "key": "hydrokontor_videointerview", "kind": "interview_invitation", "lang": "de",
    "company": "Hydrokontor Ingenieure", "contact": "s.kuehn@hydrokontor.example.com",
    "frm": ("Sebastian Kühn", "s.kuehn@hydrokontor.example.com"),
    "subject": "Einladung zum Videointerview",
    "date": "2026-05-05 08:52 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

vielen Dank für Ihre Bewerbung auf die Position "Projektmanager Wasserversorgung (m/w/d)" für unser Büro in Calgary.

Gerne möchten wir Sie in einem ersten Videointerview kennenlernen. Wir schlagen Dienstag, den 12.05.2026, um 14:00 Uhr MESZ (06:00 Uhr in Calgary) vor - uns ist bewusst, dass das für Sie sehr früh ist; falls Ihnen ein späterer Termin lieber ist, sagen Sie es bitte.

Teilnehmen werden Frau Dr. Ute Reimers (Leiterin Internationales Geschäft) und ich. Das Gespräch dauert etwa 45 Minuten. Den Teams-Link sende ich Ihnen nach Ihrer Zusage.

Mit freundlichen Grüßen

Sebastian Kühn
Human Resources

Hydrokontor Ingenieure GmbH
Hammerbrookstraße 47 | 20097 Hamburg
Telefon +49 40 555 0172
Geschäftsführung: Dr. Ute Reimers, Jörg Paulsen | Registergericht Hamburg HRB 98112
""",
})

# === interview_reschedule_or_cancel ===========================================================

add({
    "key": "brantwood_new_time", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Brantwood & Keele Consulting Engineers", "contact": "oksana.petrenko@brantwoodkeele.example.ca",
    "frm": ("Oksana Petrenko", "oksana.petrenko@brantwoodkeele.example.ca"),
    "subject": "RE: Interview - Project Manager, Linear Water Infrastructure",
    "date": "2026-03-12 09:15 -0400", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["bk-apply", "brantwood_invite", "bk-confirm"],
    "text": """\
Hi Declan, small change: could we move you to Thursday March 19 at 2:00 pm instead of the 17th? Same place, 14th floor reception. Raj has been pulled into a claims meeting on Tuesday morning. We’re looking forward to meeting you and hearing about the Finch West work.

Oksana

From: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Sent: Friday, March 6, 2026 3:20 PM
To: Oksana Petrenko <oksana.petrenko@brantwoodkeele.example.ca>
Subject: Re: Interview - Project Manager, Linear Water Infrastructure

Hi Oksana,

Thank you, Tuesday March 17 at 10:00 works well. See you then.

Declan
""",
})

_qz_text = """\
Hello Declan,

As the committee will be split between campuses next week, your interview on April 14 at 10:00 will now take place by Zoom instead of in person in Fraser Hall. The time and the presentation topic are unchanged.

Zoom link: https://queensbridge.zoom.example.us/j/93120447781?pwd=Qb26Cap
Meeting ID: 931 2044 7781 | Passcode: 260414

Please share your slides from your own screen. If you would prefer a short test call beforehand, let me know and I will set one up.

We look forward to speaking with you.

Priyanka Sandhu | HR Advisor, Talent Acquisition
Human Resources | Queensbridge University
613-555-0124 ext. 33071
"""
add({
    "key": "queensbridge_to_zoom", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Queensbridge University", "contact": "p.sandhu@queensbridge.example.ca",
    "frm": ("Priyanka Sandhu", "p.sandhu@queensbridge.example.ca"),
    "subject": "Interview now via Zoom - Manager, Capital Projects",
    "date": "2026-04-09 15:02 -0400", "mid": "outlook",
    "thread": ["queensbridge_invite", "qb-confirm"],
    "text": _qz_text,
    "html": outlook_html(
        ["Hello Declan,",
         "As the committee will be split between campuses next week, your interview on April 14 at 10:00 will now take place by Zoom instead of in person in Fraser Hall. The time and the presentation topic are unchanged.",
         "Zoom link: [[https://queensbridge.zoom.example.us/j/93120447781?pwd=Qb26Cap|https://queensbridge.zoom.example.us/j/93120447781?pwd=Qb26Cap]]\nMeeting ID: 931 2044 7781 | Passcode: 260414",
         "Please share your slides from your own screen. If you would prefer a short test call beforehand, let me know and I will set one up.",
         "We look forward to speaking with you."],
        ["Priyanka Sandhu | HR Advisor, Talent Acquisition", "Human Resources | Queensbridge University", "613-555-0124 ext. 33071"]),
})

add({
    "key": "meridian_interviewer_sick", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Meridian Water & Transit Advisors", "contact": "colin.baptiste@meridianwta.example.ca",
    "frm": ("Colin Baptiste", "colin.baptiste@meridianwta.example.ca"),
    "subject": "Tomorrow's interview",
    "date": "2026-02-11 17:26 -0500", "mid": "gmail",
    "text": """\
Hi Declan,

Sorry for the short notice - Priya is off sick this week and won't be able to do tomorrow's 11:00 interview. She asked me to apologise personally.

Could we move it to next Wednesday (Feb 18) at 11:00 or 2:30? Same Google Meet link either way. Just reply with whichever works and I'll update the invite.

Thanks for understanding,
Colin

Colin Baptiste | Operations & Talent Coordinator | Meridian Water & Transit Advisors
""",
})

add({
    "key": "halvorsen_cal_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Halvorsen Marsh Engineering", "contact": "anil.mehta@halvorsenmarsh.example.ca",
    "frm": ("Anil Mehta", "anil.mehta@halvorsenmarsh.example.ca"),
    "subject": "Canceled: Interview: Senior Project Manager, Water & Wastewater - Declan Okonkwo-Tremblay",
    "date": "2026-03-03 07:58 -0500", "mid": "outlook",
    "thread": ["halvorsen_teams_invite"],
    "text": """\
Declan, apologies - I have to cancel Thursday. I've been called to the Ashbridges Bay outfall site for the rest of the week for an emergency coordination meeting with the contractor and the City.

Leah from our talent team will be in touch today with two or three new times for next week. The role is very much open and we still want to meet you.

Anil
""",
    "calendar": {"method": "CANCEL", "uid": HALVORSEN_UID, "seq": 1, "start": "20260305T100000", "minutes": 60,
                  "tz": "America/Toronto", "summary": "Canceled: Interview: Senior Project Manager, Water & Wastewater - Declan Okonkwo-Tremblay",
                  "location": "Microsoft Teams Meeting", "organizer": ("Anil Mehta", "anil.mehta@halvorsenmarsh.example.ca")},
})

add({
    "key": "bellcastle_seq_update", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Bellcastle Port Authority", "contact": "simone.achterberg@bellcastleport.example.ca",
    "frm": ("Simone Achterberg", "simone.achterberg@bellcastleport.example.ca"),
    "subject": "Updated: Panel interview - Manager, Terminal Infrastructure Projects",
    "date": "2026-06-05 10:11 -0700", "mid": "outlook",
    "thread": ["bellcastle_panel_invite", "bpa-accept"],
    "text": """\
Hi Declan,

One of our panel members has a conflict with a Transport Canada audit on Thursday afternoon, so we've had to move your interview to the next morning:

NEW: Friday, June 12, 2026, 9:30 - 11:00 am (Pacific)
Same location: 1 Harbourfront Way, Room 4B

The updated calendar invitation is attached and replaces the previous one. I'm sorry for the change - please let me know if the new time is a problem.

Simone

Simone Achterberg
Talent Partner, People & Culture
Bellcastle Port Authority
""",
    "calendar": {"method": "REQUEST", "uid": BELLCASTLE_UID, "seq": 1, "start": "20260612T093000", "minutes": 90,
                  "tz": "America/Vancouver", "summary": "Panel interview - Manager, Terminal Infrastructure Projects",
                  "location": "1 Harbourfront Way, Vancouver - Room 4B",
                  "organizer": ("Simone Achterberg", "simone.achterberg@bellcastleport.example.ca"),
                  "attach": "invite.ics"},
})

add({
    "key": "pinnacle_fraserbasin_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Fraser Basin Water Utility", "contact": "tasha.kim@pinnacle-eng.example.com",
    "frm": ("Tasha Kim", "tasha.kim@pinnacle-eng.example.com"),
    "subject": "Tuesday is off (for now)",
    "date": "2026-06-19 09:37 -0700", "mid": "gmail",
    "text": """\
Hi Declan,

Harjit from Fraser Basin Water Utility called me this morning - they've had a main break at the Annacis pump station and the whole capital team is on it, so they have to cancel Tuesday's second interview. Nothing to do with you, they were very apologetic.

They'll send new dates next week once things settle down. Role is still 100% open and you're still their front runner from what I hear.

Enjoy the weekend,
Tasha

Tasha Kim | Senior Recruiter, Civil & Infrastructure | Pinnacle Engineering Recruiters
604-555-0142
""",
})

add({
    "key": "keystone_corbett_push_thursday", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Corbett Hale Engineering", "contact": "brent.oduya@keystonestaffing.example.ca",
    "frm": ("Brent Oduya", "brent.oduya@keystonestaffing.example.ca"),
    "subject": "Re: GREAT NEWS - Corbett Hale wants to meet you!!",
    "date": "2026-07-13 12:02 -0400",
    "thread": ["keystone_corbett_exclaim", "kc-confirm"],
    "text": """\
Hey Declan,

Small change - Corbett Hale asked to push you from Wednesday to THURSDAY July 16 at 10:00am, same place (150 Elgin, 9th floor). Renée got pulled into a council committee meeting on Wednesday.

Can you still make it? Let me know and I'll confirm with them.

Brent

On Tue, Jul 7, 2026 at 5:03 PM Declan Okonkwo-Tremblay <declan.ot@example.ca> wrote:
> Hi Brent, great news, thank you! Wednesday July 15 at 2pm works. I'll be there.
> Declan
""",
})

add({
    "key": "prairiespan_postponed", "kind": "interview_reschedule_or_cancel", "lang": "en",
    "company": "Prairie Span Contractors", "contact": "garrett.lindqvist@prairiespan.example.ca",
    "frm": ("Garrett Lindqvist", "garrett.lindqvist@prairiespan.example.ca"),
    "subject": "Interview postponed - Project Manager, Stormwater",
    "date": "2026-04-20 08:52 -0600", "mid": "outlook",
    "text": """\
Hi Declan,

We need to postpone Thursday's interview. We're waiting on a budget decision from the owners and I'd rather not bring you in before I know what the role looks like. I'll come back to you with new dates, hopefully within a couple of weeks.

Thanks for your patience,
Garrett

Garrett Lindqvist | Operations Manager | Prairie Span Contractors Ltd.
Bay 4, 5120 - 76 Avenue SE, Calgary AB T2C 2X2
C 403-555-0164
""",
})

# --- French reschedules ---

add({
    "key": "mrc_deux_rives_heure", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "MRC des Deux-Rives", "contact": "rh@mrcdeuxrives.example.ca",
    "frm": ("Ressources humaines - MRC des Deux-Rives", "rh@mrcdeuxrives.example.ca"),
    "subject": "RE: Convocation entrevue - Ingénieur(e) de projets - changement d'heure",
    "date": "2026-02-26 11:21 -0500", "charset": "windows-1252", "cte": "quoted-printable", "mid": "outlook",
    "thread": ["<b71c0e4a92d34f06@mrcdeuxrives.example.ca>", "mrc-ok"],
    "text": """\
Bonjour Monsieur Okonkwo-Tremblay,

Nous devons modifier l’heure de votre entrevue du jeudi 5 mars : elle aura lieu à 13 h 30 plutôt qu’à 9 h, à la même adresse (salle Le Gardeur, 2e étage). Le préfet, qui siège au comité, a une séance du conseil en matinée.

Merci de nous confirmer que ce nouvel horaire vous convient en répondant à ce courriel.

Cordialement,

Geneviève Arsenault
Technicienne en ressources humaines
MRC des Deux-Rives
450 555-0108, poste 221

De : Ressources humaines - MRC des Deux-Rives
Envoyé : 17 février 2026 14:02
À : Declan Okonkwo-Tremblay
Objet : Convocation entrevue - Ingénieur(e) de projets

Bonjour,

Nous avons le plaisir de vous convoquer à une entrevue pour le poste d’ingénieur(e) de projets le jeudi 5 mars 2026 à 9 h, au siège de la MRC. Veuillez confirmer votre présence.
""",
})

add({
    "key": "lni_annulation_entretien", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Lignes Nouvelles Île-de-France", "contact": "claire.dumas-kessler@lnidf.example.fr",
    "frm": ("Claire Dumas-Kessler", "claire.dumas-kessler@lnidf.example.fr"),
    "subject": "Annulation de l'entretien du 14 avril",
    "date": "2026-04-13 18:05 +0200", "mid": "outlook",
    "text": """\
Bonjour Monsieur Okonkwo-Tremblay,

Je suis au regret de devoir annuler notre entretien prévu demain mardi 14 avril à 10 h. Monsieur Reynaud est retenu par une réunion de crise sur le chantier de la ligne 18.

Le poste reste bien ouvert et votre candidature est toujours étudiée : je reviens vers vous d'ici la fin de semaine pour vous proposer une nouvelle date, a priori début mai.

Toutes mes excuses pour ce contretemps.

Bien cordialement,

Claire Dumas-Kessler
Chargée de recrutement - Direction des ressources humaines
Lignes Nouvelles Île-de-France
""",
})

add({
    "key": "dufresne_passe_en_visio", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Dufresne-Gauthier Construction", "contact": "steve@dg-construction.example.ca",
    "frm": ("Steve Gauthier", "steve@dg-construction.example.ca"),
    "subject": "Re: Poste de chargé de projet",
    "date": "2026-07-05 21:14 -0400", "mid": "apple",
    "thread": ["dufresne_on_aimerait_te_rencontrer", "dg-ok"],
    "text": """\
Declan, changement de plan pour demain : je vais être pogné sur le chantier à Laval toute la matinée. On garde 10 h mais on le fait en visio sur Teams à la place, Josée va t'envoyer le lien à soir.

Steve

Envoyé de mon iPhone

> Le 1 juil. 2026 à 07:55, Declan Okonkwo-Tremblay <declan.ot@example.ca> a écrit :
>
> Bonjour Steve,
> Merci! Lundi 6 juillet à 10 h à Terrebonne, c'est parfait pour moi.
> Au plaisir,
> Declan
""",
})

add({
    "key": "groupe_ressources_hydro_deplace", "kind": "interview_reschedule_or_cancel", "lang": "fr",
    "company": "Hydro-Rivières", "contact": "ma.tremblay@groupe-ressources.example.ca",
    "frm": ("Marc-André Tremblay", "ma.tremblay@groupe-ressources.example.ca"),
    "subject": "TR : Entrevue Hydro-Rivières - nouvelle date",
    "date": "2026-06-02 15:48 -0400", "mid": "outlook", "charset": "windows-1252", "cte": "8bit",
    "thread": ["groupe_ressources_hydrorivieres", "gri-ok"],
    "text": """\
Salut Declan,

Petit changement : Hydro-Rivières doit déplacer ton entrevue de vendredi. Patrice Nadeau est appelé en inspection à la centrale. Ils te proposent le mardi 9 juin à 10 h, même endroit. Je te transfère le courriel de Julie plus bas.

Ça te va? Réponds-moi et je confirme.

Marc-André

De : Julie Bergeron <julie.bergeron@hydro-rivieres.example.ca>
Envoyé : 2 juin 2026 15:31
À : Marc-André Tremblay <ma.tremblay@groupe-ressources.example.ca>
Objet : Entrevue M. Okonkwo-Tremblay - report

Bonjour Marc-André,

Nous devons reporter l’entrevue de M. Okonkwo-Tremblay prévue le 5 juin. Serait-il disponible le mardi 9 juin à 10 h?

Merci,
Julie
""",
})

# --- Spanish and German reschedules ---

add({
    "key": "metrosabana_reprogramacion", "kind": "interview_reschedule_or_cancel", "lang": "es",
    "company": "Empresa Metro Sabana", "contact": "seleccion@metrosabana.example.co",
    "frm": ("Selección - Empresa Metro Sabana", "seleccion@metrosabana.example.co"),
    "subject": "Reprogramación de entrevista - Proceso PE-2026-22",
    "date": "2026-05-27 08:14 -0500",
    "html": simple_html(
        ["Cordial saludo, señor Okonkwo-Tremblay:",
         "Por motivos de agenda del comité evaluador, la entrevista programada para el jueves 28 de mayo a las 2:00 p.m. se reprograma para el martes 2 de junio de 2026 a las 9:00 a.m.",
         "La entrevista se realizará de manera virtual a través de Microsoft Teams. El enlace le será enviado el día anterior.",
         "Le solicitamos confirmar la recepción de este mensaje respondiendo a este correo.",
         "Atentamente,"],
        font="Arial", size="11pt",
        signature=["Gerencia de Talento Humano", "Empresa Metro Sabana", "Carrera 9 No. 76-49, Bogotá D.C.",
                   "Antes de imprimir este correo piense en su compromiso con el medio ambiente."]),
})

add({
    "key": "brueckner_terminverschiebung", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "company": "Brückner Tunnelbau", "contact": "jana.albrecht@brueckner-tunnelbau.example.com",
    "frm": ("Jana Albrecht", "jana.albrecht@brueckner-tunnelbau.example.com"),
    "subject": "AW: Einladung zum Vorstellungsgespräch - Projektleiter Tunnelbau (m/w/d), Montréal",
    "date": "2026-04-20 13:47 +0200", "mid": "outlook", "charset": "windows-1252", "cte": "quoted-printable",
    "thread": ["personio_brueckner_einladung", "bt-zusage"],
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

leider muss ich unseren Termin am Mittwoch verschieben: Herr Brückner muss kurzfristig zur Abnahme der Tunnelvortriebsmaschine nach Schwanau.

Wäre Ihnen Freitag, der 24. April, zur gleichen Uhrzeit (16:00 Uhr MESZ / 10:00 Uhr Montréal) recht? Der Link zur Videokonferenz bleibt gleich.

Bitte geben Sie mir kurz Bescheid. Entschuldigen Sie die Umstände.

Mit freundlichen Grüßen

Jana Albrecht
Personalreferentin
Brückner Tunnelbau GmbH
Tel. +49 8251 555 0134

Von: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Gesendet: Dienstag, 14. April 2026 18:40
An: Jana Albrecht <jana.albrecht@brueckner-tunnelbau.example.com>
Betreff: Re: Einladung zum Vorstellungsgespräch - Projektleiter Tunnelbau (m/w/d), Montréal

Sehr geehrte Frau Albrecht,

vielen Dank für die Einladung, über die ich mich sehr freue. Den Termin am Mittwoch, 22. April, um 16:00 Uhr MESZ bestätige ich gerne. Ich bin unter der in meinen Unterlagen angegebenen Nummer erreichbar, falls es technische Probleme geben sollte.

Mit freundlichen Grüßen
Declan Okonkwo-Tremblay

Von: Brückner Tunnelbau GmbH <noreply@brueckner-tunnelbau.jobs.personio.de>
Gesendet: Dienstag, 14. April 2026 11:26
An: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Betreff: Einladung zum Vorstellungsgespräch - Projektleiter Tunnelbau (m/w/d), Montréal

Sehr geehrter Herr Okonkwo-Tremblay,

vielen Dank für Ihre Bewerbung als Projektleiter Tunnelbau (m/w/d) für unsere Baustelle in Montréal. Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch per Videokonferenz ein:
Mittwoch, 22. April 2026, 16:00 Uhr MESZ (10:00 Uhr in Montréal)
Gesprächspartner: Klaus Brückner (Technischer Geschäftsführer) und Jana Albrecht (Personal)

Wir freuen uns auf das Gespräch!
""",
})

add({
    "key": "ibv_termin_abgesagt", "kind": "interview_reschedule_or_cancel", "lang": "de",
    "company": "IBV Ingenieurbüro Vogt", "contact": "s.keller@ibv-vogt.example.com",
    "frm": ("Sandra Keller", "s.keller@ibv-vogt.example.com"),
    "subject": "AW: Einladung zum Gespräch - Projektleiter Straßenbahn (Paris)",
    "date": "2026-06-24 09:05 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "thread": ["<a0f4c2e9d7b84e3f@ibv-vogt.example.com>", "ibv-zusage"],
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

leider muss ich Ihnen den Termin am Freitag, 26.06., absagen: Herr Dr. Vogt ist erkrankt und fällt voraussichtlich bis Ende der Woche aus.

Als Ersatztermin würden wir Ihnen Dienstag, den 30.06.2026, um 11:00 Uhr in unserem Pariser Büro (14, rue de Provence) vorschlagen. Frau Lemaire wird ebenfalls teilnehmen.

Bitte teilen Sie mir mit, ob Ihnen der neue Termin passt.

Mit freundlichen Grüßen
i. A. Sandra Keller
Assistenz der Geschäftsführung

IBV Ingenieurbüro Vogt GmbH & Co. KG
Augustaanlage 32 | 68165 Mannheim
Tel. +49 621 555 0190

Am 15.06.2026 um 10:12 schrieb Declan Okonkwo-Tremblay <declan.ot@example.ca>:
> Sehr geehrte Frau Keller,
>
> vielen Dank für die Einladung zum Vorstellungsgespräch. Den Termin am
> Freitag, 26.06., um 11:00 Uhr in Paris nehme ich gerne wahr.
>
> Mit freundlichen Grüßen
> Declan Okonkwo-Tremblay
""",
})

# === missed_interview_notice ==================================================================

add({
    "key": "northline_waited_ten", "kind": "missed_interview_notice", "lang": "en",
    "company": "Northline Transit Partners", "contact": "derek.osei@northlinetp.example.ca",
    "frm": ("Derek Osei", "derek.osei@northlinetp.example.ca"),
    "subject": "This morning",
    "date": "2026-04-28 11:20 -0400", "mid": "outlook",
    "text": """\
Declan,

Hana and I waited for you at 10:00 at the field office this morning, and reception tried your cell at 10:15 with no answer. I hope everything is all right.

If something came up, send me a note by the end of the week and we'll see whether we can find another slot. We're aiming to wrap up interviews by May 8.

Derek Osei, P.Eng.
Project Director
Northline Transit Partners
M 416-555-0193
""",
})

add({
    "key": "portalder_did_not_join", "kind": "missed_interview_notice", "lang": "en",
    "company": "City of Port Alder", "contact": "lfitzgerald@portalder.example.ca",
    "frm": ("Lauren Fitzgerald", "lfitzgerald@portalder.example.ca"),
    "subject": "RE: Competition #2026-114 - today's interview",
    "date": "2026-05-20 09:41 -0700",
    "thread": ["portalder_competition_invite", "pa-confirm"],
    "text": """\
Hello Declan,

The panel was online for your interview at 9:00 a.m. this morning, but you did not join the Teams call. We waited 15 minutes and I also tried the phone number on your application.

If there were technical difficulties or an emergency, please contact me by Friday, May 22. After that date the panel will proceed with the remaining candidates.

Regards,

Lauren Fitzgerald
Human Resources Consultant
City of Port Alder
604-555-0115

-----Original Message-----
From: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Sent: May 8, 2026 2:14 PM
To: Lauren Fitzgerald <lfitzgerald@portalder.example.ca>
Subject: Re: Invitation to Interview - Competition #2026-114 Project Manager, Transit Capital

Hi Lauren, I confirm my attendance on May 20 at 9:00 a.m. PT. Thank you for the invitation.
Declan
""",
})

add({
    "key": "brightwater_tried_to_call", "kind": "missed_interview_notice", "lang": "en",
    "company": "Brightwater Staffing", "contact": "kyle@brightwaterstaffing.example.ca",
    "frm": ("Kyle Jorgensen", "kyle@brightwaterstaffing.example.ca"),
    "subject": "missed you",
    "date": "2026-03-19 10:22 -0600",
    "text": """\
hi declan, tried to call you twice at 10 for our phone interview re the calgary LRT project manager role, went to voicemail both times. left a msg. call me back when you can, i'm around till 4.

kyle

Kyle Jorgensen
Brightwater Staffing
403 555 0161
""",
})

add({
    "key": "ridgeback_site_walk_no_show", "kind": "missed_interview_notice", "lang": "en",
    "company": "Ridgeback Civil Constructors", "contact": "wkowalczyk@ridgebackcivil.example.ca",
    "frm": ("Wes Kowalczyk", "wkowalczyk@ridgebackcivil.example.ca"),
    "cc": [("Shauna Petrie", "spetrie@ridgebackcivil.example.ca")],
    "subject": "Site walk today",
    "date": "2026-07-14 08:03 -0400", "mid": "apple",
    "text": """\
Declan, we had you down for the 7am site walk at the Sheppard yard today followed by the interview with Shauna. You didn't show and your phone went to voicemail. Waited at the gate till 7:30.

Let Shauna know if you're still interested.

Wes

Sent from my iPhone
""",
})

add({
    "key": "ashby_gridtrace_noshow", "kind": "missed_interview_notice", "lang": "en",
    "company": "Gridtrace", "contact": "",
    "frm": ("Gridtrace", "no-reply@ashbyhq.com"),
    "subject": "We missed you today",
    "date": "2026-05-07 20:15 +0000", "mid": "ashbyhq.com",
    "html": ats_card(lang="en", title="Gridtrace", logo_src="https://app.ashbyhq.com/api/images/org-theme-logo/gridtrace.png",
                  logo_alt="Gridtrace", accent="#111827",
                  paras=["Hi Declan,",
                         "Our records show that you did not join your scheduled Technical Interview with Samir Haddad and Noor Qureshi on Thursday, May 7 at 1:00 PM MDT.",
                         "If something came up, you can request a new time using the button below within the next 5 days. After that, your application will be closed.",
                         "Gridtrace Recruiting"],
                  button=("Request a new time", trk("https://jobs.ashbyhq.com/gridtrace/interview/reschedule/", "gt-resched")),
                  footer=["Gridtrace Technologies, 1302 10 Ave SW, Calgary, AB", "This inbox is not monitored. Powered by Ashby"],
                  pixel=trk("https://ashbyhq.com/email/o/", "gt-open-2")),
})

add({
    "key": "tessier_attendu_ce_matin", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Tessier Lavoie Experts-conseils", "contact": "igagnon@tessierlavoie.example.ca",
    "frm": ("Isabelle Gagnon", "igagnon@tessierlavoie.example.ca"),
    "subject": "Entrevue de ce matin",
    "date": "2026-05-13 10:48 -0400", "charset": "iso-8859-1", "cte": "8bit", "hdr_charset": "iso-8859-1",
    "thread": ["tessier_convocation", "tl-confirm"],
    "text": """\
Bonjour Monsieur Okonkwo-Tremblay,

Nous vous avons attendu ce matin à 9 h 30 pour l'entrevue prévue à nos bureaux, M. Lavoie et moi-même, jusqu'à 10 h. Je vous ai également laissé un message vocal.

J'espère qu'il ne vous est rien arrivé de fâcheux. Si vous souhaitez toujours poursuivre le processus, merci de me contacter d'ici vendredi.

Cordialement,

Isabelle Gagnon
Conseillère en ressources humaines
Tessier Lavoie Experts-conseils inc.
514 555-0129, poste 2210
""",
})

add({
    "key": "fluvia_pas_connecte", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Fluvia", "contact": "lea@fluvia.example.ca",
    "frm": ("Léa Fournier", "lea@fluvia.example.ca"),
    "subject": "On s'est manqués?",
    "date": "2026-09-01 11:37 -0400", "mid": "gmail",
    "text": """\
Allo Declan,

Je t'ai attendu sur le Meet à 11 h pour notre entrevue, mais tu ne t'es pas connecté. Pas de stress, ça arrive! Peut-être un souci avec l'invitation?

Si tu es toujours intéressé, reprends un créneau dans mon agenda ou réponds-moi directement ici.

Léa
Cheffe des opérations, Fluvia
""",
})

add({
    "key": "lni_absence_entretien", "kind": "missed_interview_notice", "lang": "fr",
    "company": "Lignes Nouvelles Île-de-France", "contact": "claire.dumas-kessler@lnidf.example.fr",
    "frm": ("Claire Dumas-Kessler", "claire.dumas-kessler@lnidf.example.fr"),
    "subject": "Absence à l'entretien du 12 mai",
    "date": "2026-05-12 16:40 +0200", "mid": "outlook",
    "text": """\
Monsieur,

Nous avions convenu d'un entretien en visioconférence ce mardi 12 mai à 15 h (heure de Paris) pour le poste de Responsable d'opérations Génie civil. Monsieur Reynaud et moi-même vous avons attendu une vingtaine de minutes sans que vous ne vous connectiez.

Sans nouvelles de votre part d'ici le 15 mai, nous considérerons que vous ne souhaitez pas poursuivre le processus.

Cordialement,

Claire Dumas-Kessler
Chargée de recrutement - Direction des ressources humaines
Lignes Nouvelles Île-de-France
""",
})

add({
    "key": "altiplano_te_esperamos", "kind": "missed_interview_notice", "lang": "es",
    "company": "Constructora Altiplano", "contact": "rsalgado@altiplano.example.mx",
    "frm": ("Rodrigo Salgado", "rsalgado@altiplano.example.mx"),
    "subject": "RE: Invitación a entrevista - Gerente de Proyecto Línea 6",
    "date": "2026-05-19 10:34 -0600", "mid": "outlook",
    "thread": ["smartrecruiters_altiplano_entrevista", "alt-confirma"],
    "text": """\
Hola Declan,

Te estuvimos esperando en la videollamada de las 10:00 para la entrevista de Gerente de Proyecto de la Línea 6, pero no te conectaste. Te marqué al celular y no entró la llamada.

Si tuviste algún problema, escríbeme y vemos si podemos reagendar esta semana. Si no, cerramos el proceso el viernes.

Saludos,

Ing. Rodrigo Salgado
Director de Proyectos Ferroviarios
Constructora Altiplano
Tel. +52 55 5555 0121

De: Declan Okonkwo-Tremblay <declan.ot@example.ca>
Enviado: martes, 12 de mayo de 2026 14:02
Para: Rodrigo Salgado <rsalgado@altiplano.example.mx>
Asunto: Re: Invitación a entrevista - Gerente de Proyecto Línea 6

Estimado Ing. Salgado:

Muchas gracias por la invitación. Confirmo mi asistencia a la entrevista por Teams el martes 19 de mayo a las 10:00 a.m. (hora del centro de México). Quedo atento al enlace.

Saludos cordiales,
Declan Okonkwo-Tremblay

De: Constructora Altiplano <no-reply@smartrecruiters.com>
Enviado: martes, 12 de mayo de 2026 12:40
Para: declan.ot@example.ca
Asunto: Invitación a entrevista - Gerente de Proyecto Línea 6

Estimado Declan:

Gracias por su interés en Constructora Altiplano. Nos da gusto informarle que ha sido seleccionado para una entrevista para la posición de Gerente de Proyecto - Línea 6 del Tren Ligero.

Fecha: martes 19 de mayo de 2026
Hora: 10:00 a.m. (hora del centro de México)
Modalidad: videollamada por Microsoft Teams
""",
})

add({
    "key": "hydrokontor_vergeblich", "kind": "missed_interview_notice", "lang": "de",
    "company": "Hydrokontor Ingenieure", "contact": "s.kuehn@hydrokontor.example.com",
    "frm": ("Sebastian Kühn", "s.kuehn@hydrokontor.example.com"),
    "subject": "Unser Videointerview heute",
    "date": "2026-05-12 14:38 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hdr_charset": "iso-8859-1",
    "thread": ["hydrokontor_videointerview", "hk-zusage"],
    "text": """\
Sehr geehrter Herr Okonkwo-Tremblay,

Frau Dr. Reimers und ich haben Sie heute um 14:00 Uhr MESZ vergeblich im Teams-Meeting erwartet. Wir haben bis 14:25 Uhr gewartet.

Vielleicht ist bei der Zeitumrechnung etwas schiefgegangen. Wenn Sie weiterhin Interesse an der Position haben, melden Sie sich bitte bis Freitag bei mir, dann finden wir einen neuen Termin.

Mit freundlichen Grüßen

Sebastian Kühn
Human Resources
Hydrokontor Ingenieure GmbH
Telefon +49 40 555 0172
""",
})
