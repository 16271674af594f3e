"""Fifth corpus: rejections, each written by hand in its own voice (see make_fifth.py)."""

K = "rejection"
KIM = "kim.novak@example.org"

MESSAGES = [
    {
        "slug": "mobile_oneliner_logistics", "kind": K, "lang": "en", "company": "Haulwise Logistics",
        "contact": "dan.whitcombe@haulwise-logistics.example.com",
        "frm": ("Dan Whitcombe", "dan.whitcombe@haulwise-logistics.example.com"),
        "subject": "Re: Ops Analyst - checking in", "date": "Mon, 09 Mar 2026 18:41:07 +0000", "reply": True,
        "cte": "7bit",
        "text": """Hi Kim - thanks for your time but we wont be moving forward. Best of luck w the search

Dan

Sent from my iPhone

> On 9 Mar 2026, at 10:14, Kim Novak <kim.novak@example.org> wrote:
>
> Hi Dan,
>
> I hope you had a good weekend. I wanted to check in on the Operations Analyst
> role we discussed on the 2nd. I'm still very interested and happy to provide
> anything else you need.
>
> Best,
> Kim
""",
    },
    {
        "slug": "workday_pursue_others", "kind": K, "lang": "en", "company": "Brennart Manufacturing Group", "contact": "",
        "frm": ("Brennart Manufacturing Group", "brennart@myworkday.com"),
        "subject": "Your application for Process Engineer II (R-10432)", "date": "Wed, 11 Mar 2026 07:02:55 -0500",
        "fmt": "html", "cte": "quoted-printable",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<table width="640" style="font-family:Helvetica,Arial;font-size:13px"><tr><td><img src="https://brennart.wd5.myworkdayjobs.example.com/logo.png" alt="Brennart Manufacturing Group"></td></tr>
<tr><td>Dear Kim,<br><br>Thank you for your interest in the position&nbsp;<b>Process Engineer II&nbsp;(R-10432)</b> at Brennart Manufacturing Group.<br><br>
We appreciate the time you took to apply. After careful consideration, we have decided to pursue other candidates whose background more closely aligns with the requirements of this role.<br><br>
We encourage you to continue to visit our&nbsp;<a href="https://brennart.wd5.myworkdayjobs.example.com/External">Careers site</a>&nbsp;and apply to other opportunities that match your skills.<br><br>
Regards,<br>Talent Acquisition<br>Brennart Manufacturing Group</td></tr>
<tr><td style="font-size:10px;color:#888">This email was sent from an unmonitored mailbox. Please do not reply.<br>Brennart Manufacturing Group is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.</td></tr></table>
</body></html>
""",
    },
    {
        "slug": "after_final_round_remote_first", "kind": K, "lang": "en", "company": "Driftwood",
        "contact": "ines.okafor@driftwood.example.net",
        "frm": ("Ines Okafor", "ines.okafor@driftwood.example.net"),
        "subject": "Driftwood - Senior Backend Engineer", "date": "Fri, 13 Mar 2026 16:20:00 +0100",
        "fmt": "alt", "html_style": "gmail",
        "text": """Hi Kim,

I'd have preferred to do this over a call, but our timezones keep fighting us, so here goes.

Thank you for the time you put into the final round on Tuesday - the system design session with Raj and Mia was one of the better ones we've had this quarter. It was a genuinely close call, but we've decided to offer the role to another candidate whose experience with event-sourced billing systems is a closer fit for what the team is building in the next six months.

A couple of notes from the panel, in case they're useful: your debugging walkthrough was excellent; the team would have liked to hear more about how you'd approach migrations at scale.

I'm sorry this isn't better news. If you're open to it, I'd like to reach out when we open the platform roles later this year.

Warmly,
Ines

--
Ines Okafor
Head of Engineering, Driftwood
We're remote-first: UTC-5 to UTC+3
""",
    },
    {
        "slug": "takehome_greenhouse_game_studio", "kind": K, "lang": "en", "company": "Pixel Harbor Games",
        "contact": "jess.moreau@pixelharbor.example.com",
        "frm": ("Pixel Harbor Games", "no-reply@us.greenhouse-mail.io"),
        "reply_to": ("Jess Moreau", "jess.moreau@pixelharbor.example.com"),
        "subject": "Following up on your Gameplay Programmer application", "date": "Tue, 17 Mar 2026 21:13:40 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

Thanks so much for completing the take-home exercise for the Gameplay Programmer role - we know these take real time, and the team genuinely appreciated the effort (the camera-shake tuning was a nice touch!).

After reviewing all of the submissions, we've decided not to progress your application to the onsite stage. The reviewers felt the core loop was solid, but the brief asked for a data-driven ability system and that part was quite light.

We'd love to stay in touch as Pixel Harbor grows. Feel free to reply to this email if you have any questions.

Cheers,
Jess Moreau
Talent Partner | Pixel Harbor Games
""",
    },
    {
        "slug": "law_firm_shant_progress", "kind": K, "lang": "en", "company": "Ashcombe Reid",
        "contact": "harriet.lowe@ashcombereid.example.com",
        "frm": ("Lowe, Harriet", "harriet.lowe@ashcombereid.example.com"),
        "subject": "Ashcombe Reid LLP - Trainee Solicitor 2028 intake", "date": "Thu, 19 Mar 2026 12:05:09 +0000",
        "fmt": "alt", "html_style": "outlook", "charset": "windows-1252",
        "text": """Dear Kim,

Thank you for attending our assessment centre on 12 March and for the considerable effort you put into the written exercise and the partner interview.

We have now reviewed all candidates and I regret to inform you that we shan’t be progressing your application for a training contract on this occasion. The standard this year was exceptionally high and the decisions were finely balanced.

Should you wish to receive feedback on your performance at the assessment centre, please let me know and I will arrange a short call.

We wish you every success in your future career.

Kind regards

Harriet Lowe
Graduate Recruitment Manager
Ashcombe Reid LLP | 14 Carver Street | London EC4A 2BB
T: +44 (0)20 7946 0312

Ashcombe Reid LLP is a limited liability partnership registered in England and Wales (OC401122) and is authorised and regulated by the Solicitors Regulation Authority (SRA no. 600112). A list of members is available at our registered office. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it from your system. You should not copy it or use it for any purpose nor disclose its contents to any other person.
""",
    },
    {
        "slug": "indian_not_shortlisted", "kind": K, "lang": "en", "company": "Veltrix Infotech",
        "contact": "priya.raghavan@veltrix-infotech.example.com",
        "frm": ("Priya Raghavan", "priya.raghavan@veltrix-infotech.example.com"),
        "subject": "Regarding your candidature - QA Lead", "date": "Mon, 23 Mar 2026 10:47:31 +0530",
        "cte": "7bit",
        "text": """Dear Kim,

Greetings from Veltrix Infotech!!

This is with reference to your candidature for the position of QA Lead (Job Code VX/QA/0326) and the technical discussion held on 18th March.

We regret to inform you that your profile has not been shortlisted for the further rounds of the selection process. The panel was looking for a candidate having more exposure in performance testing tools.

We thank you for the interest shown in our organisation and wish you all the best for your future endeavours. Your profile will be retained in our database for suitable openings.

Thanks & Regards,
Priya Raghavan
Sr. Executive - Talent Acquisition
Veltrix Infotech Pvt. Ltd. | Tower B, 6th Floor, Cyber Park, Pune 411014
Mob: +91 98220 00000

DISCLAIMER: The information contained in this e-mail message and/or attachments to it may contain confidential or privileged information. If you are not the intended recipient, any dissemination, use, review, distribution, printing or copying of the information contained in this e-mail message and/or attachments to it are strictly prohibited.
""",
    },
    {
        "slug": "aussie_gone_with_another", "kind": K, "lang": "en", "company": "Southern Cross Freight",
        "contact": "bec.tran@scfreight.example.com",
        "frm": ("Bec Tran", "bec.tran@scfreight.example.com"),
        "subject": "Re: Fleet Planner role", "date": "Wed, 25 Mar 2026 15:58:02 +1100", "reply": True,
        "text": """Hi Kim,

Thanks heaps for coming in on Monday and for being so flexible with the time change. The team really enjoyed meeting you.

Unfortunately we've gone with another candidate who had a bit more hands-on experience with linehaul scheduling, so we won't be taking your application further this time around. Honestly it was close.

All the best with the search, I'm sure something will come up soon.

Cheers,
Bec

Bec Tran | People & Culture Advisor
Southern Cross Freight
Ph 03 9000 0417
""",
    },
    {
        "slug": "charity_filled_internally", "kind": K, "lang": "en", "company": "Open Harvest Foundation",
        "contact": "tomasz.nowicki@openharvest.example.org",
        "frm": ("Tomasz Nowicki", "tomasz.nowicki@openharvest.example.org"),
        "subject": "Programme Officer (Food Security) - update", "date": "Fri, 27 Mar 2026 09:30:00 +0000",
        "text": """Dear Kim,

Thank you for applying for the Programme Officer role with Open Harvest and for your patience while we completed the process.

I wanted to let you know personally that the position has now been filled by an internal candidate, a colleague who has been covering the role on secondment since January. This means we will not be taking any external applications further.

I realise this is disappointing, particularly as your experience with the Malawi grain-storage project was so relevant. We do hope you'll consider applying to Open Harvest again in future.

With best wishes,

Tomasz Nowicki
Head of Programmes
Open Harvest Foundation - Registered charity no. 1188230
Our office is closed on Fridays afternoons; I may be slow to reply.
""",
    },
    {
        "slug": "bank_role_on_hold_lever", "kind": K, "lang": "en", "company": "Northgate Bank", "contact": "",
        "frm": ("Northgate Bank", "no-reply@hire.lever.co"),
        "subject": "An update on the Data Engineer role at Northgate Bank", "date": "Tue, 31 Mar 2026 13:00:12 +0000",
        "fmt": "alt", "html_style": "table",
        "text": """Hi Kim,

We wanted to let you know where things stand with the Data Engineer (Payments) position.

Following a review of our 2026 hiring plan, this requisition has been put on hold and we will not be proceeding with hiring for it at this time. As a result, we are closing all open applications, including yours.

This is no reflection on your experience, and we're sorry to deliver this news after you have invested time in our process. If the role reopens, you're welcome to reapply.

Best wishes,
Northgate Bank Talent Team

You're receiving this email because you applied to a job at Northgate Bank. Powered by Lever.
""",
    },
    {
        "slug": "school_keep_on_file", "kind": K, "lang": "en", "company": "Westbrook Academy",
        "contact": "recruitment@westbrookacademy.example.org",
        "frm": ("Westbrook Academy HR", "recruitment@westbrookacademy.example.org"),
        "subject": "Teacher of Mathematics (MPS/UPS) - Application Outcome", "date": "Thu, 02 Apr 2026 16:45:18 +0100",
        "fmt": "alt", "html_style": "outlook",
        "text": """Dear Ms Novak

Re: Teacher of Mathematics, Ref WBA/0412

Thank you for your interest in the above post. We received a very high number of applications and the shortlisting panel met on Tuesday.

Unfortunately on this occasion you have not been shortlisted for interview. We will keep your details on file and may contact you should a suitable vacancy arise within the Trust over the next six months.

May we take this opportunity to thank you for the interest you have shown in Westbrook Academy.

Yours sincerely

Mrs J. Ambrose
HR Officer, on behalf of the Headteacher
Westbrook Academy | part of the Meridian Learning Trust
Westbrook Academy is committed to safeguarding and promoting the welfare of children and young people and expects all staff to share this commitment.
""",
    },
    {
        "slug": "agency_relay_exclamations", "kind": K, "lang": "en", "company": "Corvane Robotics",
        "contact": "chloe@brightpath-talent.example.com",
        "frm": ("Chloe Barnes", "chloe@brightpath-talent.example.com"),
        "subject": "Corvane feedback :(", "date": "Fri, 03 Apr 2026 11:02:44 +0100",
        "text": """Hi Kim!!

Just got off the phone with the hiring manager at Corvane Robotics. Sadly they've decided NOT to move forward with you for the Robotics Software Engineer position :( They went with someone with a lot more ROS2 production experience, which honestly was the one thing we were worried about!!

They did say your C++ round was really strong and they'd be open to seeing you again for a more junior opening down the line!

Don't be discouraged, I have two other clients I think you'd be perfect for - can we chat Monday?!

Chloe x

Chloe Barnes | Senior Consultant - Engineering
Brightpath Talent | M: 07700 900417
""",
    },
    {
        "slug": "dutch_english_chosen_for", "kind": K, "lang": "en", "company": "Van Dijk Logistiek",
        "contact": "m.vandenberg@vandijk-logistiek.example.net",
        "frm": ("Marloes van den Berg", "m.vandenberg@vandijk-logistiek.example.net"),
        "subject": "Your application Supply Chain Analyst", "date": "Mon, 06 Apr 2026 10:10:10 +0200",
        "text": """Dear Kim,

Thank you for your patience and for the nice conversation of last week with me and Sander.

Unfortunately we have decided not to continue with your application. We have chosen for a candidate that matches the profile a bit more, especially on the knowledge of warehouse management systems and the Dutch language.

We wish you a lot of success with your search and maybe we meet again in the future.

With kind regards,

Marloes van den Berg
Recruiter | Van Dijk Logistiek B.V.
Havenweg 12, 3089 Rotterdam
T +31 10 000 1234
""",
    },
    {
        "slug": "italian_english_concluded", "kind": K, "lang": "en", "company": "Marchetti Meccanica",
        "contact": "selezione@marchettimeccanica.example.com",
        "frm": ("Ufficio Selezione - Marchetti Meccanica", "selezione@marchettimeccanica.example.com"),
        "subject": "Selection process - Quality Engineer", "date": "Wed, 08 Apr 2026 14:22:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Dear Kim Novak,

we thank you for the interest demonstrated in our company and for the time dedicated to the interviews.

With this mail we inform you that the selection process for the position of Quality Engineer has been concluded with another profile, more in line with the needs of our plant in Brescia.

We will keep your CV in our archive for possible future occasions, in respect of the GDPR (Reg. UE 2016/679).

Best regards

Dott.ssa Chiara Lombardi
Ufficio Selezione e Sviluppo
Marchetti Meccanica S.p.A. - Via dell'Industria 8 - 25100 Brescia
Questa e-mail è riservata. Se l'avete ricevuta per errore vi preghiamo di cancellarla.
""",
    },
    {
        "slug": "successfactors_odd_format", "kind": K, "lang": "en", "company": "Halden Bank", "contact": "",
        "frm": ("Halden Bank Careers", "careers-noreply@halden.successfactors.example.com"),
        "subject": "Halden Bank: Application Status - Junior Credit Risk Analyst", "date": "Thu, 09 Apr 2026 02:14:51 +0000",
        "fmt": "html", "cte": "base64",
        "html": """<html><body><font face="Arial" size="2">Dear Kim Novak ,<br><br>
<br>Thank you for applying for the position of Junior Credit Risk Analyst (Job Req ID : 48213 ) .<br><br>
We regret to inform you that after careful review your application will not be considered further in the selection process .<br>
<br><br>Please note that you may still view the status of your applications by logging onto the Career Site : <a href="https://career5.successfactors.example.com/career?company=haldenbank&amp;loginFlowRequired=true">click here</a><br><br>
<br>Kind regards ,<br><br>Halden Bank HR Services<br><br>
<br><font color="#999999">*** This is an automatically generated email, please do not reply ***</font></font></body></html>
""",
    },
    {
        "slug": "update_signature_only", "kind": K, "lang": "en", "company": "Loomcraft",
        "contact": "marta.quist@loomcraft.example.com",
        "frm": ("Marta Quist", "marta.quist@loomcraft.example.com"),
        "subject": "Update", "date": "Fri, 10 Apr 2026 17:59:03 -0400",
        "text": """Hi Kim, thanks for your time last week, but we've decided not to move ahead. Appreciate you and all the best!

Marta

--
Marta Quist | People Ops | Loomcraft
""",
    },
    {
        "slug": "ashby_keep_info", "kind": K, "lang": "en", "company": "Tessellate",
        "contact": "owen.park@tessellate.example.com",
        "frm": ("Tessellate", "no-reply@ashbyhq.com"),
        "reply_to": ("Owen Park", "owen.park@tessellate.example.com"),
        "subject": "Your application to Tessellate", "date": "Mon, 13 Apr 2026 19:31:26 +0000",
        "fmt": "alt", "html_style": "table", "cte": "base64",
        "text": """Hi Kim,

Thank you for your interest in the Product Designer role at Tessellate and for taking the time to speak with us.

We've reviewed your application carefully and have decided not to move forward with your candidacy at this time. We know this isn't the news you were hoping for.

We'll keep your information on file and may reach out if a role opens up that's a better match.

Best,
Owen Park
Recruiting @ Tessellate
""",
    },
    {
        "slug": "taleo_latin1_wrapped", "kind": K, "lang": "en", "company": "Kessler Chemicals", "contact": "",
        "frm": ("Kessler Chemicals Recruiting", "do-not-reply@kessler.taleo.net"),
        "subject": "Kessler Chemicals - Your Job Submission 2600381", "date": "Tue, 14 Apr 2026 06:00:03 -0500",
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """Dear Kim,

Thank you for your interest in the Lab Technician III - 2600381 position at
Kessler Chemicals. We have reviewed your qualifications and, although your
background is impressive, we have decided to consider other candidates who
more closely meet the requirements of the position.

We appreciate your interest in Kessler Chemicals and wish you success in your
career search.

Sincerely,

Kessler Chemicals Human Resources

*Please do not reply to this message; replies to this address are not
monitored. Kessler Chemicals © 2026
""",
    },
    {
        "slug": "outlook_chain_soft_alignment", "kind": K, "lang": "en", "company": "Greystone Freightways",
        "contact": "angela.morris@greystonefreight.example.com",
        "frm": ("Morris, Angela", "angela.morris@greystonefreight.example.com"),
        "subject": "RE: Thank you - Transport Analyst interview", "date": "Wed, 15 Apr 2026 14:40:22 -0500",
        "reply": True, "fmt": "alt", "html_style": "outlook",
        "text": """Kim,

Thanks again for the thoughtful note and for meeting with the team. I appreciate your patience as we worked through the process.

After a lot of discussion we've decided to pursue other candidates whose background more closely aligns with what the team needs right now, particularly on the carrier-contracting side. I want to be clear that this was a difficult decision.

I'd be glad to keep in touch, and I'll let you know if anything opens up that fits better.

Best regards,
Angela Morris
Sr. Talent Acquisition Partner | Greystone Freightways
O: 312-555-0148

From: Kim Novak <kim.novak@example.org>
Sent: Thursday, April 9, 2026 4:12 PM
To: Morris, Angela <angela.morris@greystonefreight.example.com>
Subject: Thank you - Transport Analyst interview

Hi Angela,

Thank you for arranging today's interview. I enjoyed meeting Rob and Kwame and learning about the new cross-dock in Joliet. I'm excited about the role and look forward to hearing about next steps.

Best,
Kim

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient.
""",
    },
    {
        "slug": "behoerde_formal", "kind": K, "lang": "de", "company": "Landesamt für Verkehr und Straßenbau Nordwest",
        "contact": "brigitte.kaiser@lvs-nordwest.test",
        "frm": ("Kaiser, Brigitte (LVS)", "brigitte.kaiser@lvs-nordwest.test"),
        "subject": "Ihre Bewerbung als Sachbearbeiterin/Sachbearbeiter (m/w/d), Kennziffer 2026-114",
        "date": "Thu, 16 Apr 2026 10:03:27 +0200", "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Sehr geehrte Frau Novak,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an einer Tätigkeit im Landesamt für Verkehr und Straßenbau Nordwest.

Nach sorgfältiger Prüfung aller eingegangenen Bewerbungen müssen wir Ihnen leider mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen konnten. Die Entscheidung erfolgte unter Beachtung der Grundsätze der Bestenauslese gemäß Art. 33 Abs. 2 GG.

Ihre Bewerbungsunterlagen werden nach Ablauf von sechs Monaten nach Abschluss des Verfahrens gemäß den datenschutzrechtlichen Bestimmungen vernichtet.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Im Auftrag

Brigitte Kaiser
Referat Z 2 - Personal
Landesamt für Verkehr und Straßenbau Nordwest
Dienstgebäude: Am Wall 4, 26122 Oldenburg
Tel.: 0441 000-2114
""",
    },
    {
        "slug": "game_studio_casual_de", "kind": K, "lang": "de", "company": "Kobold Interactive",
        "contact": "lena@kobold-interactive.example.com",
        "frm": ("Lena Vogt", "lena@kobold-interactive.example.com"),
        "subject": "Kurzes Update von uns", "date": "Fri, 17 Apr 2026 16:02:40 +0200",
        "text": """Hey Kim,

danke nochmal für das nette Gespräch letzte Woche, hat echt Spaß gemacht!

Leider haben wir uns am Ende für jemand anderen entschieden - die Person bringt schon zwei geshippte Titel mit Unreal mit, und das war für dieses Projekt ausschlaggebend. Ist uns ehrlich nicht leicht gefallen.

Wenn du magst, halten wir Kontakt - wir wachsen gerade und es kommen sicher noch weitere Stellen.

Liebe Grüße aus Leipzig
Lena

Lena Vogt · People & Culture · Kobold Interactive
""",
    },
    {
        "slug": "personio_engere_wahl", "kind": K, "lang": "de", "company": "Spedition Hartmann",
        "contact": "s.brandt@spedition-hartmann.example.com",
        "frm": ("Spedition Hartmann GmbH & Co. KG", "no-reply@mail.personio.de"),
        "reply_to": ("Sabine Brandt", "s.brandt@spedition-hartmann.example.com"),
        "subject": "Ihre Bewerbung als Disponent (m/w/d) Nahverkehr", "date": "Mon, 20 Apr 2026 08:15:00 +0200",
        "fmt": "alt", "cte": "base64", "html_style": "table",
        "text": """Sehr geehrte/r Kim Novak,

vielen Dank für Ihr Interesse an der Position Disponent (m/w/d) Nahverkehr und die Zeit, die Sie in Ihre Bewerbung investiert haben.

Nach eingehender Prüfung Ihrer Unterlagen haben wir uns entschieden, andere Bewerberinnen und Bewerber in die engere Wahl zu nehmen, deren Profil noch besser zu den Anforderungen passt.

Diese Entscheidung ist keine Bewertung Ihrer Qualifikation. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Freundliche Grüße
Sabine Brandt
Personalabteilung
Spedition Hartmann GmbH & Co. KG
""",
    },
    {
        "slug": "bank_intern_besetzt_chain", "kind": K, "lang": "de", "company": "Mittelrhein Kreditbank",
        "contact": "j.albers@mittelrhein-kreditbank.example.com",
        "frm": ("Jonas Albers", "j.albers@mittelrhein-kreditbank.example.com"),
        "subject": "AW: Rückfrage zum Stand meiner Bewerbung", "date": "Tue, 21 Apr 2026 13:27:55 +0200", "reply": True,
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """Hallo Frau Novak,

danke für Ihre Nachfrage und entschuldigen Sie die lange Funkstille.

Leider muss ich Ihnen mitteilen, dass wir die Position der Referentin Meldewesen inzwischen intern besetzt haben. Wir werden das Verfahren daher nicht fortsetzen.

Das tut mir gerade nach dem guten Fachgespräch mit Herrn Scholz sehr leid. Ich würde mich freuen, wenn Sie sich bei einer passenden Ausschreibung erneut bei uns melden.

Beste Grüße
Jonas Albers
Personalreferent
Mittelrhein Kreditbank eG | Rheinallee 20 | 55116 Mainz

Am 14.04.2026 um 09:14 schrieb Kim Novak <kim.novak@example.org>:
> Sehr geehrter Herr Albers,
>
> ich wollte mich kurz nach dem Stand des Verfahrens erkundigen. Das Gespräch
> am 31. März hat mir sehr gefallen und ich bin weiterhin sehr interessiert.
>
> Viele Grüße
> Kim Novak
""",
    },
    {
        "slug": "bilingual_de_en_maschinenbau", "kind": K, "lang": "de", "company": "Lindqvist Maschinenbau",
        "contact": "karriere@lindqvist-maschinenbau.example.com",
        "frm": ("Lindqvist Maschinenbau Karriere", "karriere@lindqvist-maschinenbau.example.com"),
        "subject": "Ihre Bewerbung / Your application - Embedded Software Engineer", "date": "Wed, 22 Apr 2026 11:11:11 +0200",
        "fmt": "alt", "html_style": "outlook",
        "text": """(English version below)

Liebe Kim Novak,

herzlichen Dank für Ihre Bewerbung und die Gespräche mit unserem Team in Ulm.

Nach reiflicher Überlegung haben wir uns für eine andere Kandidatin entschieden. Wir bedauern, Ihnen keine positivere Nachricht geben zu können.

Mit freundlichen Grüßen
Anja Petersen, HR Business Partner

---

Dear Kim Novak,

Thank you very much for your application and for the conversations with our team in Ulm.

After careful consideration we have decided in favour of another candidate. We regret that we cannot give you more positive news.

Kind regards
Anja Petersen, HR Business Partner

Lindqvist Maschinenbau GmbH · Sitz Ulm · HRB 70011 · Geschäftsführer: P. Lindqvist
""",
    },
    {
        "slug": "cabinet_avocats_formel", "kind": K, "lang": "fr", "company": "Delacroix Avocats Associés",
        "contact": "recrutement@delacroix-avocats.example.com",
        "frm": ("Delacroix Avocats Associés - Recrutement", "recrutement@delacroix-avocats.example.com"),
        "subject": "Votre candidature - Juriste droit social", "date": "Thu, 23 Apr 2026 17:40:09 +0200",
        "charset": "windows-1252", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Madame,

Nous avons bien étudié votre candidature au poste de juriste en droit social et nous vous remercions de l’intérêt que vous portez à notre cabinet.

Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Service Recrutement
Delacroix Avocats Associés – AARPI
12, rue de Tilsitt – 75008 Paris

Ce message et ses pièces jointes sont confidentiels et établis à l’attention exclusive de leurs destinataires.
""",
    },
    {
        "slug": "petit_studio_tutoiement", "kind": K, "lang": "fr", "company": "Papillon Noir",
        "contact": "julien@papillon-noir.example.net",
        "frm": ("Julien", "julien@papillon-noir.example.net"),
        "subject": "Re: candidature dev Godot", "date": "Fri, 24 Apr 2026 22:48:12 +0200", "reply": True,
        "text": """Salut Kim,

Bon, je vais être direct : on a choisi quelqu'un d'autre pour le poste. Ton profil était vraiment top mais on avait besoin de quelqu'un qui connaît déjà Godot sur le bout des doigts, on n'a pas le temps de former en ce moment (on sort la démo en juin, c'est la folie).

Désolé, et merci encore d'avoir pris le temps de faire le petit test !

Julien
Papillon Noir - studio indé, Nantes

Le mer. 22 avr. 2026 à 10:03, Kim Novak <kim.novak@example.org> a écrit :
> Bonjour Julien,
> Je voulais savoir si vous aviez pu regarder le test ?
> Bonne journée,
> Kim
""",
    },
    {
        "slug": "teamtailor_non_retenue", "kind": K, "lang": "fr", "company": "Le Bon Fret", "contact": "",
        "frm": ("Le Bon Fret", "notifications@mail.teamtailor.example.com"),
        "subject": "Votre candidature chez Le Bon Fret", "date": "Mon, 27 Apr 2026 09:00:41 +0200",
        "fmt": "html", "cte": "base64",
        "html": """<!DOCTYPE html><html><body style="font-family:'Helvetica Neue',Arial;color:#222">
<div style="max-width:560px;margin:auto;padding:32px">
<p>Bonjour Kim,</p>
<p>Merci pour l'intérêt que vous portez à Le Bon Fret et pour votre candidature au poste de <strong>Chargé·e d'exploitation transport</strong>.</p>
<p>Nous avons le regret de vous annoncer que votre candidature n'a pas été retenue pour la suite du processus. Nous avons reçu de nombreux profils de qualité et avons dû faire des choix difficiles.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>L'équipe Talents<br>Le Bon Fret</p>
<hr style="border:none;border-top:1px solid #eee">
<p style="font-size:11px;color:#999">Cet e-mail a été envoyé automatiquement, merci de ne pas y répondre. <a href="https://lebonfret.teamtailor.example.com/connect/unsubscribe">Gérer mes données</a></p>
</div></body></html>
""",
    },
    {
        "slug": "apres_entretien_final_chaine", "kind": K, "lang": "fr", "company": "Banque Solène",
        "contact": "claire.martin@banque-solene.example.com",
        "frm": ("MARTIN Claire", "claire.martin@banque-solene.example.com"),
        "subject": "RE: Entretien final - Analyste conformité", "date": "Tue, 28 Apr 2026 18:05:33 +0200", "reply": True,
        "fmt": "alt", "html_style": "outlook",
        "text": """Bonjour Kim,

Merci encore pour votre disponibilité lors de l'entretien final avec M. Girard et moi-même.

Malgré les qualités de votre parcours, nous avons décidé de poursuivre avec un autre candidat dont l'expérience en lutte anti-blanchiment correspond davantage à nos besoins immédiats. La décision a été difficile.

Je reste à votre disposition si vous souhaitez un retour plus détaillé.

Bien cordialement,

Claire Martin
Chargée de recrutement | Banque Solène
01 40 00 12 34

De : Kim Novak <kim.novak@example.org>
Envoyé : jeudi 23 avril 2026 19:20
À : MARTIN Claire <claire.martin@banque-solene.example.com>
Objet : Entretien final - Analyste conformité

Bonjour Claire,
Merci pour l'entretien de ce matin, j'ai beaucoup apprécié nos échanges.
Bien à vous,
Kim Novak
""",
    },
    {
        "slug": "banco_formal_usted", "kind": K, "lang": "es", "company": "Banco Ribera",
        "contact": "seleccion@bancoribera.example.com",
        "frm": ("Selección de Personal - Banco Ribera", "seleccion@bancoribera.example.com"),
        "subject": "Proceso de selección: Gestor/a de Banca Personal", "date": "Wed, 29 Apr 2026 12:30:00 +0200",
        "charset": "iso-8859-1", "cte": "quoted-printable", "hcharset": "iso-8859-1",
        "text": """Estimada Kim:

Le agradecemos sinceramente el interés mostrado por formar parte de Banco Ribera y el tiempo dedicado a nuestro proceso de selección.

Lamentamos comunicarle que, en esta ocasión, su candidatura no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos para futuras vacantes que se ajusten a su perfil, de acuerdo con nuestra política de privacidad.

Le deseamos mucho éxito en su carrera profesional.

Atentamente,

Departamento de Selección de Personal
Banco Ribera, S.A. - Paseo de la Castellana 000, 28046 Madrid

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.
""",
    },
    {
        "slug": "estudio_informal_reñido", "kind": K, "lang": "es", "company": "Pulpo Games",
        "contact": "nacho@pulpogames.example.com",
        "frm": ("Nacho Ferrer", "nacho@pulpogames.example.com"),
        "subject": "lo del puesto de tech artist", "date": "Thu, 30 Apr 2026 20:14:09 +0200",
        "text": """Hola Kim!

Te escribo para contarte que al final nos hemos decantado por otro perfil. Ha estado muy reñido, de verdad, pero buscábamos a alguien con más experiencia en shaders para móvil.

Nos encantó la prueba que hiciste y si te parece te tenemos en cuenta para lo próximo que abramos, que seguro que es pronto.

Un abrazo y mucho ánimo!!
Nacho

--
Pulpo Games · Valencia
Enviado desde mi móvil
""",
    },
    {
        "slug": "agencia_vacante_cerrada", "kind": K, "lang": "es", "company": "Logística Andina",
        "contact": "paola.rios@talentia-rh.example.com",
        "frm": ("Paola Ríos", "paola.rios@talentia-rh.example.com"),
        "subject": "Actualización: vacante Analista de Inventarios", "date": "Mon, 04 May 2026 10:45:00 -0500",
        "text": """Hola Kim, ¿cómo estás?

Te comento que el cliente, Logística Andina, decidió cerrar la vacante de Analista de Inventarios por una reestructuración interna, así que lamentablemente el proceso no va a continuar para ningún candidato.

Quedé muy contenta con tu perfil y lo tengo presente para otras búsquedas similares que estamos manejando. Cualquier cosa me escribes.

Saludos cordiales,

Paola Ríos
Consultora Senior de Reclutamiento
Talentia RH | Bogotá
Cel. +57 300 000 0000
""",
    },
]
