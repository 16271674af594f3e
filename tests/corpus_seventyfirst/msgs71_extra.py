"""Forwarded mail and a long reply chain (3): the new text decides, not what is quoted below it."""

from msgs71_common import M

M("interview_invitation", "agency_forwarded_client", "en",
  ("Olwethu Mabaso", "olwethu@spekboom-search.example.co.za"),
  "Fwd: Interview - Senior Electrical Engineer (Grid) - Nia Oyelaran-Brandt", "2026-08-06 09:48 +0200",
  """Hi Nia

See below from the client - they'd like to see you for a technical interview! Please confirm the slot directly with me and I'll lock it in. Good luck!!

Olwethu
Spekboom Search | Durban
031 555 0147

---------- Forwarded message ---------
From: Deon Pretorius <deon.pretorius@drakensberg-hydro.example.co.za>
Date: Wed, 5 Aug 2026 at 16:22
Subject: Interview - Senior Electrical Engineer (Grid) - Nia Oyelaran-Brandt
To: Olwethu Mabaso <olwethu@spekboom-search.example.co.za>

Hi Olwethu

Thanks for sending Nia's CV. We'd like to invite her for a technical interview with myself and our protection engineer on Tuesday 11 August at 10:00 at our Pietermaritzburg office (or Teams if she's still in Cape Town).

Regards
Deon Pretorius
Engineering Manager
Drakensberg Hydro Power""",
  company="Drakensberg Hydro Power", contact="olwethu@spekboom-search.example.co.za", fmt="qp")

M("other", "friend_forwards_job_ad", "en", ("Kemi Adeyemi", "kemi.adeyemi@example.com"),
  "Fwd: Vacancy: Programme Manager - Green Hydrogen (Windhoek)", "2026-09-01 12:12 +0100",
  """Saw this and thought of you o! Apply before it closes. The MD is my ex-colleague, I can put in a word.

K

---------- Forwarded message ---------
From: Namibia Energy Jobs <jobs-digest@namenergyjobs.example.com.na>
Date: Tue, 1 Sep 2026 at 08:00
Subject: Vacancy: Programme Manager - Green Hydrogen (Windhoek)

Vacancy: Programme Manager - Green Hydrogen
Location: Windhoek, Namibia
Closing date: 25 September 2026
Requirements: BEng/BSc Eng, 10 years' experience, project management certification, experience with lender's engineers.
Apply: https://namenergyjobs.example.com.na/v/2219""",
  contact="kemi.adeyemi@example.com")

M("rejection", "london_long_chain", "en", ("Oliver Hartley", "oliver.hartley@blackfriars-advisory.example.co.uk"),
  "RE: Final round - Energy Transition Associate Director", "2026-09-24 15:58 +0100",
  """Hi Nia,

Thank you again for coming in for the final round and for the excellent case presentation.

I'm afraid that after a lot of debate the partners have decided to offer the role to another candidate, whose UK transaction advisory experience tipped the balance. I know this is disappointing after such a long process, and I'm sorry not to have better news.

Do keep in touch - I'd be glad to hear how your search goes.

Best,
Oliver

Oliver Hartley | Associate Director, People
Blackfriars Advisory LLP
1 Bridge Street, London EC4V 6JA | +44 20 5550 1234

From: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Sent: 17 September 2026 18:02
To: Oliver Hartley <oliver.hartley@blackfriars-advisory.example.co.uk>
Subject: RE: Final round - Energy Transition Associate Director

Dear Oliver, thank you for today - I enjoyed meeting the partners. Kind regards, Nia

From: Oliver Hartley <oliver.hartley@blackfriars-advisory.example.co.uk>
Sent: 09 September 2026 11:15
To: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Subject: Final round - Energy Transition Associate Director

Hi Nia,
Great news - we'd like to invite you to the final round on Thursday 17 September at 14:00 at our London office. You'll present a 20-minute case on financing a 300 MW wind farm, followed by a panel interview with two partners.
Best, Oliver

From: Oliver Hartley <oliver.hartley@blackfriars-advisory.example.co.uk>
Sent: 26 August 2026 09:30
To: Nia Oyelaran-Brandt <nia.ob@example.co.za>
Subject: Energy Transition Associate Director

Dear Nia, thank you for your application, which we have received. We'll be in touch shortly.
Oliver

This email is confidential and may be privileged. Blackfriars Advisory LLP is a limited liability partnership registered in England and Wales (OC123456).""",
  company="Blackfriars Advisory", contact="oliver.hartley@blackfriars-advisory.example.co.uk",
  parent="nia-blackfriars-0917@example.co.za",
  refs=["bfa-0826-ack@blackfriars-advisory.example.co.uk", "bfa-0909-final@blackfriars-advisory.example.co.uk"],
  fmt="alt")
