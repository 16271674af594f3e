"""other: her own sent mail, digests, newsletters, look-alike traps and private mail (52)."""

from __future__ import annotations

from msgs302_common import (
    BULK,
    DOMSTAD,
    DUSSAC_HUMAN,
    DUSSAC_RH,
    HTP,
    KP,
    MAARTJE,
    MARCEAU_HUMAN,
    ME,
    OUDE,
    RB_HUMAN,
    URIBARRI,
    ZUB_HUMAN,
    html_shell,
    list_headers,
    msg,
    sig,
)

K = "other"
ROS_SIG = sig("Rosalind Achterberg", "Paintings conservator | collections care",
              "+31 6 5550 3321")

OWN_EN: list[dict] = [
    msg(
        id="oudegracht_apply", kind=K, lang="en", frm=ME, to=[OUDE],
        date="2026-01-19 21:14", subject="Application Collections Assistant (vacancy 2026-03)",
        pdfs=[("CV_Rosalind_Achterberg_2026.pdf", [
            "Rosalind Achterberg - Curriculum vitae",
            "Paintings conservator, Utrecht",
            "2019-2026 Conservator, private studio and museum projects",
            "2016-2019 Assistant conservator, regional museum",
            "MA Conservation and Restoration of Cultural Heritage",
        ])],
        body="""
Dear selection committee,

Please find attached my CV and motivation letter for the position of Collections
Assistant at Museum Oudegracht.

After seven years as a paintings conservator, working on loans, condition reports and
collection moves, I would like to move into collections management. Your museum's plan to
re-house the stored collection in the coming two years is exactly the kind of project I
would like to contribute to.

I look forward to hearing from you.

Kind regards,
Rosalind Achterberg
"""
        + ROS_SIG,
    ),
    msg(
        id="lothian_apply", kind=K, lang="en", frm=ME,
        to=[("Lothian Heritage Trust recruitment", "jobs@lothianheritage.example.org.uk")],
        date="2026-02-14 17:40", subject="Collections Manager application - Rosalind Achterberg",
        pdfs=[("Achterberg_CV.pdf", [
            "Rosalind Achterberg, conservator",
            "Condition reporting, courier work, collection moves",
            "Languages: Dutch, English, German, French, some Spanish",
        ]), ("Achterberg_cover_letter.pdf", [
            "Dear Hiring Manager,",
            "I am applying for the role of Collections Manager at Lothian Heritage Trust.",
        ])],
        body="""
Dear Hiring Manager,

I have just submitted my application for the Collections Manager role through your
website, but the upload form kept rejecting my PDF, so I'm attaching my CV and cover
letter here as well, just in case.

With best wishes,
Rosalind Achterberg
""",
    ),
    msg(
        id="calder_move_req", kind=K, lang="en", frm=ME,
        to=[("Heritage Collections Recruitment", "heritage.recruitment@calder.example.ac.uk")],
        date="2026-03-03 08:55", reply="calder_invite",
        subject="Re: Interview Invitation - Collections Registrar (R-04417)",
        body="""
Dear recruitment team,

Thank you very much for the invitation; I'm delighted to have been shortlisted.

Would it be at all possible to move my interview on 12 March to the afternoon? I am
couriering a loan back from Antwerp that morning and the timing is tight. Any slot after
14:00 UK time would be ideal. If not, I will of course make 10:00 work.

Kind regards,
Rosalind Achterberg
""",
    ),
    msg(
        id="domstad_sorry", kind=K, lang="en", frm=ME, to=[DOMSTAD],
        date="2026-03-24 13:02", reply="domstad_missed", quote="domstad_missed",
        subject="Re: Your interview this morning",
        body="""
Dear Wouter,

I am so sorry about this morning. I had the interview in my diary for Thursday 26 March,
which I now see was my own mistake when copying it from your e-mail. I feel terrible
about keeping the committee waiting.

I am still very interested in the position and would gratefully accept the alternative
time on 31 March, if it is still available.

With apologies and kind regards,
Rosalind
""",
    ),
    msg(
        id="westerdok_apply", kind=K, lang="en", frm=ME,
        to=[("Ilse Terpstra", "ilse@galeriewesterdok.example.nl")], date="2026-04-13 10:20",
        subject="Application: Registrar / Gallery Manager",
        body="""
Dear Ms Terpstra,

I'm writing to apply for the Registrar / Gallery Manager position advertised on your
Instagram page. I have followed Galerie Westerdok's programme for years and would love to
help with the logistics of your fair participations.

My CV is attached. I am available from June.

Best regards,
Rosalind Achterberg
""",
    ),
    msg(
        id="av_thanks", kind=K, lang="en", frm=ME, to=[MAARTJE],
        cc=[("Pieter Oosting", "pieter.oosting@artvault.example.nl")],
        date="2026-04-24 19:30", reply="av_resched",
        subject="Thank you - Senior Registrar interview",
        body="""
Dear Maartje, dear Pieter,

Thank you both for this afternoon. I really enjoyed the tour of the storage halls and our
conversation about the new intake procedures; it confirmed how much I would like to be
part of the team.

If any further information would help, I'm happy to send it.

Kind regards,
Rosalind
""",
    ),
    msg(
        id="av_counter", kind=K, lang="en", frm=ME, to=[MAARTJE],
        date="2026-09-05 10:05", reply="av_offer_verbal", quote="av_offer_verbal",
        subject="Re: Your offer from Artvault Logistics",
        body="""
Dear Maartje,

Thank you so much, I'm thrilled. I have two questions before I can give you my answer:

1. Given my seven years of experience and the courier responsibilities in the role, would
   there be room to bring the monthly salary to EUR 4,950?
2. Could Artvault support the registrar certification course (about EUR 1,800) in my
   first year?

I'm very keen to make this work.

Best wishes,
Rosalind
""",
    ),
    msg(
        id="av_accept", kind=K, lang="en", frm=ME, to=[MAARTJE],
        date="2026-10-08 09:12", reply="av_contract",
        subject="Signed contract - Rosalind Achterberg",
        body="""
Dear Maartje,

Just to let you know that I have signed the contract in Inkflow this morning. I'm really
looking forward to starting on 1 November!

Could you let me know where and when to report on my first day, and whether I need to
bring anything for the security badge?

Warm regards,
Rosalind
""",
    ),
]

OTHER_EN: list[dict] = [
    msg(
        id="arden_cold", kind=K, lang="en", frm=("Fraser Lindsay", "fraser@ardenfraser.example.co.uk"),
        zone="UK", date="2026-02-20 12:32",
        subject="Registrar roles in Edinburgh",
        body="""
Hi Rosalind,

I hope you don't mind me getting in touch out of the blue. I run Arden Fraser, a small
recruitment practice specialising in museums, galleries and heritage in Scotland, and I
came across your profile on the conservators' register.

Clients of mine are increasingly looking for registrars with a hands-on conservation
background, and I wondered whether you might be open to opportunities in Edinburgh or
Glasgow later this year. No pressure at all; if it's of interest, just reply and tell me a
little about what you're looking for, and I'll keep you in mind.

Best regards,
Fraser
"""
        + sig("Fraser Lindsay", "Director | Arden Fraser Recruitment",
              "14 Queen Street, Edinburgh EH2 1JE", "+44 131 555 0187"),
    ),
    msg(
        id="digest_museumjobs", kind=K, lang="en",
        frm=("MuseumJobs Weekly", "digest@museumjobs.example.org"), system=True,
        zone="UK", date="2026-03-06 06:00",
        subject="Your weekly job alert: 14 new collections roles",
        headers=list_headers("MuseumJobs weekly alert <alerts.museumjobs.example.org>",
                             "https://museumjobs.example.org/unsubscribe?u=ra7781"),
        html=html_shell("MuseumJobs Weekly", """
<h1 style="font-size:22px">14 new roles matching "registrar"</h1>
<ul>
<li><a href="https://museumjobs.example.org/j/2231">Assistant Registrar</a> -
National Textile Museum, Manchester</li>
<li><a href="https://museumjobs.example.org/j/2236">Collections Officer (Loans)</a> -
Harbour Gallery, Bristol</li>
<li><a href="https://museumjobs.example.org/j/2240">Registrar, fixed term</a> -
City Art Collection, Glasgow</li>
</ul>
<h2 style="font-size:18px">Career clinic: what to do after a rejection</h2>
<p>Unfortunately, most applicants hear "no" far more often than "yes". Our columnist
explains how to ask for interview feedback and turn a rejection into your next
invitation to interview.</p>
<p style="font-size:11px">You receive this alert because you signed up at MuseumJobs.
<a href="https://museumjobs.example.org/unsubscribe?u=ra7781">Unsubscribe</a></p>
"""),
        body="""
MUSEUMJOBS WEEKLY - 14 new roles matching "registrar"

* Assistant Registrar - National Textile Museum, Manchester
  https://museumjobs.example.org/j/2231
* Collections Officer (Loans) - Harbour Gallery, Bristol
  https://museumjobs.example.org/j/2236
* Registrar, fixed term - City Art Collection, Glasgow
  https://museumjobs.example.org/j/2240

CAREER CLINIC: WHAT TO DO AFTER A REJECTION
Unfortunately, most applicants hear "no" far more often than "yes". Our columnist explains
how to ask for interview feedback and turn a rejection into your next invitation to
interview.

You receive this alert because you signed up at MuseumJobs.
Unsubscribe: https://museumjobs.example.org/unsubscribe?u=ra7781
""",
    ),
    msg(
        id="registrars_newsletter", kind=K, lang="en",
        frm=("Registrars' Network Europe", "newsletter@registrarsnetwork.example.eu"),
        system=True, date="2026-04-30 12:00",
        subject="The Registrar's Desk - April: courier rules, interview tips, conference",
        headers=list_headers("The Registrar's Desk <desk.registrarsnetwork.example.eu>",
                             "mailto:leave-desk@registrarsnetwork.example.eu"),
        html="auto",
        body="""
THE REGISTRAR'S DESK - April 2026

1. New courier guidelines
The working group has published its revised recommendations on when a courier is needed
for loans of works on paper. Comments are welcome until 31 May.

2. "Tell me about a loan that went wrong"
Members share the interview questions they were asked for registrar posts this year, and
how the hiring panel reacted to their answers. Plus: why a rejection is rarely personal.

3. Conference in Basel, 8-9 October
Registration is open. Early-bird rate until 15 June.

You are receiving this newsletter as a member of Registrars' Network Europe.
To unsubscribe, send an empty message to leave-desk@registrarsnetwork.example.eu
""",
    ),
    msg(
        id="podcast_invite", kind=K, lang="en",
        frm=("Jonah Whitfield", "jonah@collectionsuncovered.example.com"), zone="UK",
        date="2026-05-05 15:10", subject="Interview request for Collections Uncovered podcast",
        body="""
Hi Rosalind,

I host Collections Uncovered, a podcast about the people behind museum stores and
loans. A listener pointed me to your blog post about re-housing a collection of panel
paintings, and I'd love to interview you for an episode.

Recording is remote, about 45 minutes, any weekday in June that suits you. No prep
needed beyond having a decent microphone or headset.

Would you be up for it?

Cheers,
Jonah Whitfield
Collections Uncovered
""",
    ),
    msg(
        id="user_research", kind=K, lang="en",
        frm=("Hannah Okafor", "hannah.okafor@objektivcloud.example.com"), zone="UK",
        date="2026-05-19 10:44",
        subject="30-minute user interview about your collection software? (EUR 40 voucher)",
        html="auto",
        body="""
Hi Rosalind,

I'm a UX researcher at Objektiv Cloud. We're redesigning the loans module of our
collection-management system and would like to interview conservators and registrars who
use it daily.

The interview is a 30-minute video call where you show us how you prepare a loan
agreement. There are no right or wrong answers. As a thank-you we offer a EUR 40 book
voucher.

You can pick a time here: https://research.objektivcloud.example.com/book/hokafor

Thanks!
Hannah Okafor
UX Research, Objektiv Cloud
""",
    ),
    msg(
        id="parcel_delay", kind=K, lang="en",
        frm=("SwiftParcel", "no-reply@swiftparcel.example.nl"), date="2026-02-12 07:31",
        subject="Unfortunately your parcel is delayed", html_only=True, headers=BULK,
        body="""
Hello Rosalind,

Unfortunately your parcel 3SWP48812290NL is delayed due to high volumes at our sorting
centre. We expect to deliver it on Saturday 14 February between 09:00 and 13:00.

Track your parcel: https://track.swiftparcel.example.nl/3SWP48812290NL

We apologise for the inconvenience.
SwiftParcel customer service
""",
    ),
    msg(
        id="bank_position", kind=K, lang="en",
        frm=("Kanaalbank Investments", "statements@kanaalbank.example.nl"), system=True,
        date="2026-07-02 05:10", subject="Your quarterly position statement is ready",
        html="auto", headers=BULK,
        body="""
Dear Ms Achterberg,

Your position statement for the quarter ending 30 June 2026 is now available in the
Kanaalbank app and in online banking under Documents.

Your positions at a glance:
- Sustainable World Equity Fund: 41.220 units
- Green Bond Fund: 18.500 units

This message was sent automatically. Please do not reply.
Kanaalbank Investments
""",
    ),
    msg(
        id="landlord_edinburgh", kind=K, lang="en",
        frm=("Gordon McAlpine", "gordon@mcalpinelettings.example.co.uk"), zone="UK",
        date="2026-03-27 11:20", subject="Viewing: 2-bed flat, Bruntsfield Place",
        body="""
Hello Rosalind,

Thanks for your enquiry about the flat at 118/4 Bruntsfield Place. I can offer you a
viewing on Thursday 2 April at 6pm, or a video viewing over WhatsApp if you're still in
the Netherlands.

The flat is available from 1 May, rent GBP 1,350 pcm. Let me know which you'd prefer.

Regards,
Gordon McAlpine
McAlpine Lettings
0131 555 0769
""",
    ),
    msg(
        id="dentist_reminder", kind=K, lang="en",
        frm=("Tandartspraktijk Wittevrouwen", "noreply@mijntandarts.example.nl"),
        date="2026-04-27 09:00", subject="Reminder: your appointment on 30 April at 08:45",
        body="""
Dear Rosalind Achterberg,

This is a reminder of your appointment at Tandartspraktijk Wittevrouwen:

Thursday 30 April 2026, 08:45 - check-up and cleaning (dental hygienist)
Biltstraat 22, Utrecht

If you cannot make it, please cancel at least 24 hours in advance via the patient portal,
otherwise we may charge the appointment.

Kind regards,
Tandartspraktijk Wittevrouwen
""",
    ),
    msg(
        id="friend_rejection", kind=K, lang="en",
        frm=("Maya Lindgren", "maya.lindgren@example.se"), date="2026-05-08 22:47",
        subject="well, that's that",
        body="""
Hey Ros,

Just heard back from the Nationalmuseum job: it's a no. "We have decided to proceed with
candidates whose profiles more closely match our requirements", the usual line. After
three interviews! I'm gutted.

Wine this weekend when you're back from Amsterdam? I need to vent, and I want to hear how
your interview at the art-storage place went.

x Maya
""",
    ),
    msg(
        id="friend_fwd_invite", kind=K, lang="en",
        frm=("Tom Verbruggen", "tom.verbruggen@example.be"), date="2026-06-14 20:15",
        subject="Fwd: Interview invitation - Paper Conservator",
        fwd=msg(
            id="tom_inner", lang="en", frm=("Bodleigh Paper Museum",
                                            "hr@bodleighpaper.example.org.uk"),
            to=[("Tom Verbruggen", "tom.verbruggen@example.be")], zone="UK",
            date="2026-06-12 09:30", subject="Interview invitation - Paper Conservator",
            body="""
Dear Tom,

We are pleased to invite you to interview for the post of Paper Conservator on
Tuesday 23 June at 11:00 at the museum. Please prepare a short presentation on a recent
treatment.

Best wishes,
HR Team, Bodleigh Paper Museum
""",
        ),
        body="""
Hi Ros,

Look what came in! See the attached mail. You've done loads of these presentations: would
you have half an hour this week to look at my slides and do a mock interview with me?
I'll buy the coffee.

Tom
""",
    ),
    msg(
        id="course_refused", kind=K, lang="en",
        frm=("CPD Office - Calder University", "cpd@calder.example.ac.uk"), zone="UK",
        date="2026-06-23 14:05",
        subject="Your application: Preventive Conservation summer school",
        body="""
Dear Rosalind,

Thank you for applying for a place on the Preventive Conservation summer school
(13-24 July 2026).

Unfortunately the course is now fully booked and we are unable to offer you a place this
year. We have added you to the waiting list and will contact you if a place becomes
available. You will also receive priority booking for the 2027 course.

Best wishes,
CPD Office
Calder University
""",
    ),
    msg(
        id="htp_ooo", kind=K, lang="en", frm=HTP, zone="UK", date="2026-06-27 08:01",
        subject="Automatic reply: Re: Head of Registration search - update",
        reply="htp_relay_no", headers=[("Auto-Submitted", "auto-replied"),
                                       ("X-Auto-Response-Suppress", "All")],
        body="""
Thank you for your email. I am out of the office until Monday 13 July with limited access
to email. For urgent matters please contact my colleague Ewan Doig on
ewan@heritagetalent.example.co.uk.

Priya Ramsay
Heritage Talent Partners
""",
    ),
    msg(
        id="network_digest", kind=K, lang="en",
        frm=("Curatorlink", "notifications@curatorlink.example.com"),
        date="2026-07-15 07:45",
        subject="You appeared in 14 searches this week", html_only=True,
        headers=list_headers("Curatorlink notifications <notify.curatorlink.example.com>",
                             "https://curatorlink.example.com/settings/email"),
        body="""
Hi Rosalind,

You appeared in 14 searches this week, including by recruiters at 3 museums.

Your profile is 80% complete. Members with a full work history get up to 5x more interview
requests. Add your latest position to stand out.

Also new: 6 people viewed your article "Crates, climate and couriers".

Curatorlink - the network for museum professionals
Manage email settings: https://curatorlink.example.com/settings/email
""",
    ),
    msg(
        id="gps_tracker", kind=K, lang="en",
        frm=("TrackMate", "no-reply@trackmate.example.com"), zone="UTC",
        date="2026-08-09 18:22", subject="Your bike's position has changed",
        body="""
Hi Rosalind,

Your tracker "Gazelle blue" reported a new position at 20:21 local time:
Nieuwegracht 41, Utrecht (accuracy 12 m).

If you didn't move your bike, open the TrackMate app to see its live location and alert
the police.

TrackMate
""",
    ),
    msg(
        id="radio_interview", kind=K, lang="en",
        frm=("Saskia Verhaar", "saskia.verhaar@radiodomstad.example.nl"),
        date="2026-02-17 16:02", subject="Radio interview about the restored altarpiece?",
        body="""
Dear Rosalind,

I'm a producer at Radio Domstad's English-language culture programme "Canal Side". We're
doing an item next week on the altarpiece that has just gone back on display after its
restoration, and we heard you were part of the conservation team.

Would you be willing to give a short live interview in the studio on Tuesday 24 February
around 11:15? It would be about eight minutes, very relaxed.

Best wishes,
Saskia Verhaar
Producer, Canal Side - Radio Domstad
""",
    ),
    msg(
        id="webinar_signup", kind=K, lang="en",
        frm=("Heritage Careers Academy", "events@heritagecareers.example.org"), system=True,
        zone="UK", date="2026-01-29 12:00",
        subject="You're registered: Acing the panel interview (webinar, 5 Feb)",
        html="auto", headers=BULK,
        body="""
Hi Rosalind,

You're registered for our free webinar "Acing the panel interview: a guide for museum
professionals" on Thursday 5 February, 18:00-19:00 UK time.

Join link: https://heritagecareers.example.org/live/panel-interview
Add to calendar: https://heritagecareers.example.org/live/panel-interview.ics

See you there,
Heritage Careers Academy
""",
    ),
]

DE: list[dict] = [
    msg(
        id="rheinbogen_apply", kind=K, lang="de", frm=ME,
        to=[("Museum Rheinbogen Personal", "bewerbung@rheinbogen-museum.example.de")],
        date="2026-03-01 20:05", subject="Bewerbung als Registrar (m/w/d)",
        subj_enc=None, cs="utf-8", cte="8bit",
        body="""
Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbung als Registrar (m/w/d) im Museum Rheinbogen. Ich
habe sie zusätzlich über Ihr Bewerbungsportal eingereicht.

Als Gemälderestauratorin mit sieben Jahren Berufserfahrung habe ich zahlreiche Leihgaben
als Kurierin begleitet und Zustandsprotokolle erstellt. Nun möchte ich mich in Richtung
Sammlungsmanagement weiterentwickeln.

Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.

Mit freundlichen Grüßen
Rosalind Achterberg
""",
    ),
    msg(
        id="kp_apply", kind=K, lang="de", frm=ME, to=[KP],
        date="2026-05-03 18:44", subject="Bewerbung temporäre Einsätze Sammlungsbereich",
        cs="iso-8859-1", cte="quoted-printable",
        body="""
Sehr geehrte Frau Brunner

Auf Ihrer Website habe ich gesehen, dass Kulturpersonal Basel regelmässig temporäre
Stellen in Museen vermittelt. Ich bin ausgebildete Restauratorin und suche für den
Sommer und Herbst Einsätze im Bereich Registratur, Inventar oder Leihverkehr.

Meinen Lebenslauf finden Sie im Anhang. Ich spreche Deutsch, Englisch, Französisch und
Niederländisch.

Freundliche Grüsse
Rosalind Achterberg
""",
    ),
    msg(
        id="rb_thanks", kind=K, lang="de", frm=ME, to=[RB_HUMAN], date="2026-04-21 19:02",
        subject="Vielen Dank für das Gespräch", reply="rb_moved",
        body="""
Sehr geehrte Frau Weißenborn,

vielen Dank für das angenehme Gespräch heute und für die Führung durch das Depot. Bitte
richten Sie auch Herrn Dr. Kessler meinen Dank aus.

Die Stelle interessiert mich nach unserem Austausch noch mehr als zuvor. Sollten Sie noch
Unterlagen benötigen, lassen Sie es mich gerne wissen.

Mit freundlichen Grüßen
Rosalind Achterberg
""",
    ),
    msg(
        id="digest_kulturjobs", kind=K, lang="de",
        frm=("KulturJobs Rheinland", "alarm@kulturjobs-rheinland.example.de"), system=True,
        date="2026-04-06 06:30", subject="Ihr Stellenalarm: 9 neue Stellen für „Registrar“",
        subj_enc=("utf-8", "b"),
        headers=list_headers("Stellenalarm <stellenalarm.kulturjobs-rheinland.example.de>",
                             "https://kulturjobs-rheinland.example.de/abmelden?id=55120"),
        html="auto",
        body="""
Ihr Stellenalarm für „Registrar“ – 9 neue Stellen

- Registrar/in (befristet), Kunstsammlung am Rhein, Düsseldorf
- Sachbearbeitung Leihverkehr, Stadtmuseum Bonn
- Volontariat Sammlungsmanagement, Museum am Dom, Trier

Ratgeber: Absage erhalten – und jetzt?
Leider gehört eine Absage zu jeder Bewerbungsphase. Wir zeigen, wie Sie nach einem
Vorstellungsgespräch um Feedback bitten und was eine Einladung zum zweiten Gespräch
wirklich bedeutet.

Sie erhalten diese E-Mail, weil Sie einen Stellenalarm abonniert haben.
Abmelden: https://kulturjobs-rheinland.example.de/abmelden?id=55120
""",
    ),
    msg(
        id="wohnung_koeln", kind=K, lang="de",
        frm=("Hausverwaltung Brückner", "vermietung@brueckner-hv.example.de"),
        date="2026-04-09 12:45", subject="Besichtigungstermin Wohnung Severinstraße 88",
        name_enc=("iso-8859-1", "q"), subj_enc=("iso-8859-1", "q"),
        cs="iso-8859-1", cte="8bit",
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für Ihr Interesse an der 2-Zimmer-Wohnung in der Severinstraße 88, 3. OG.

Gerne können Sie die Wohnung am Samstag, 18. April, um 11:30 Uhr besichtigen. Bitte
bringen Sie eine Selbstauskunft und Ihre letzten drei Gehaltsnachweise mit.

Leider ist ein früherer Termin nicht möglich.

Mit freundlichen Grüßen
Frank Brückner
Hausverwaltung Brückner
""",
    ),
    msg(
        id="kurs_absage", kind=K, lang="de",
        frm=("Weiterbildung Museumsakademie", "weiterbildung@museumsakademie.example.de"),
        date="2026-05-22 10:10",
        subject="Ihre Anmeldung: Zertifikatskurs Registrarspraxis 2026",
        body="""
Sehr geehrte Frau Achterberg,

vielen Dank für Ihre Anmeldung zum Zertifikatskurs „Registrarspraxis“ (Herbst 2026).

Leider müssen wir Ihnen mitteilen, dass alle Plätze bereits vergeben sind und wir Ihnen
keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Platz 4) und
informieren Sie, sobald ein Platz frei wird.

Mit freundlichen Grüßen
Ihr Team der Museumsakademie
""",
    ),
    msg(
        id="paket_verspaetet", kind=K, lang="de",
        frm=("Paketblitz", "noreply@paketblitz.example.de"), date="2026-06-05 08:12",
        subject="Leider verzögert sich Ihre Sendung", html_only=True, headers=BULK,
        body="""
Hallo Rosalind Achterberg,

leider verzögert sich die Zustellung Ihrer Sendung 00340434 1888 2266 aus
Köln. Grund ist ein erhöhtes Sendungsaufkommen im Paketzentrum.

Neuer voraussichtlicher Zustelltermin: Dienstag, 9. Juni 2026.

Ihr Paketblitz-Team
""",
    ),
    msg(
        id="presse_anfrage", kind=K, lang="de",
        frm=("Lea Hoffmann", "l.hoffmann@kulturrundschau.example.de"),
        date="2026-07-14 13:37", subject="Interviewanfrage: Restaurierung auf Reisen",
        body="""
Liebe Frau Achterberg,

ich bin Redakteurin bei der Rheinischen Kulturrundschau und arbeite an einem Beitrag
über Kurierinnen und Kuriere, die Kunstwerke auf Reisen begleiten.

Hätten Sie Lust, mir dazu ein Interview zu geben? Am Telefon oder per Video, etwa 30
Minuten, gerne in der Woche ab dem 20. Juli. Ihr Name würde im Artikel nur mit Ihrem
Einverständnis genannt.

Herzliche Grüße
Lea Hoffmann
Redaktion Rheinische Kulturrundschau
""",
    ),
    msg(
        id="freundin_absage", kind=K, lang="de",
        frm=("Johanna Keller", "johanna.keller@example.de"), date="2026-06-18 21:33",
        subject="Absage vom Landesmuseum :(", cs="utf-8", cte="base64",
        body="""
Hi Ros,

kurzes Update von mir: Das Landesmuseum hat mir heute abgesagt. Nach zwei Gesprächen und
einem Probetag! „Wir haben uns für eine andere Kandidatin entschieden.“ Na toll.

Wie lief es bei dir in Köln? Drück dir die Daumen, dass wenigstens eine von uns beiden
einen Vertrag bekommt. Telefonieren wir am Wochenende?

Liebe Grüße
Johanna
""",
    ),
]

FR: list[dict] = [
    msg(
        id="dussac_apply", kind=K, lang="fr", frm=ME, to=[DUSSAC_RH], date="2026-05-05 22:10",
        subject="Candidature - Chargée des collections et du récolement",
        subj_enc=("utf-8", "q"),
        body="""
Madame, Monsieur,

Je vous prie de trouver ci-joint ma candidature au poste de chargé(e) des collections et
du récolement de la Fondation Dussac.

Restauratrice de peintures depuis sept ans, j'ai participé à plusieurs chantiers des
collections et récolements décennaux aux Pays-Bas. Je souhaite aujourd'hui mettre cette
expérience au service de la gestion des collections.

Je me tiens à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur,
mes salutations distinguées.

Rosalind Achterberg
""",
    ),
    msg(
        id="marceau_resched_req", kind=K, lang="fr", frm=ME, to=[MARCEAU_HUMAN],
        date="2026-06-11 08:30", subject="Demande de report - entretien du 16 juin",
        body="""
Bonjour Monsieur Carrère,

Merci beaucoup pour l'invitation à l'entretien du 16 juin. Serait-il possible de le
décaler à l'après-midi ou au lendemain ? J'accompagne ce matin-là le retour d'un prêt à
Anvers.

Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
Rosalind Achterberg
""",
    ),
    msg(
        id="dussac_decline", kind=K, lang="fr", frm=ME, to=[DUSSAC_HUMAN],
        date="2026-10-09 11:40", reply="dussac_promesse", quote="dussac_promesse",
        subject="Re: Promesse d'embauche à signer",
        body="""
Chère Madame Vasseur,

Je vous remercie sincèrement pour cette proposition et pour la confiance que la
Fondation Dussac m'accorde.

Après beaucoup d'hésitation, j'ai décidé d'accepter un autre poste à Amsterdam, plus
proche de ma famille. C'est une décision difficile, car j'ai été très touchée par
l'accueil de votre équipe. Je vous prie de bien vouloir transmettre mes remerciements à
Mme Dussac-Morel.

Avec mes meilleurs sentiments,
Rosalind Achterberg
""",
    ),
    msg(
        id="lettre_patrimoine", kind=K, lang="fr",
        frm=("Les Métiers du Patrimoine", "lettre@metiers-patrimoine.example.fr"),
        name_enc=("utf-8", "q"), system=True, date="2026-06-08 07:00",
        subject="La lettre des métiers du patrimoine - juin 2026",
        headers=list_headers("Lettre des metiers <lettre.metiers-patrimoine.example.fr>",
                             "https://metiers-patrimoine.example.fr/desinscription?c=8812"),
        html=html_shell("La lettre des métiers du patrimoine", """
<h1 style="font-size:22px">Offres de la semaine</h1>
<p>Régisseur·se des œuvres - Musée des Beaux-Arts, Rouen<br>
Chargé·e de récolement - Archives départementales, Lyon</p>
<h2 style="font-size:18px">Conseil carrière</h2>
<p>Malheureusement, un refus après entretien n'est jamais agréable. Nos conseils pour
rebondir et préparer votre prochaine convocation.</p>
<p style="font-size:11px"><a href="https://metiers-patrimoine.example.fr/desinscription?c=8812">
Se désinscrire</a></p>
""", lang="fr"),
        body="""
LA LETTRE DES MÉTIERS DU PATRIMOINE - juin 2026

Offres de la semaine
- Régisseur·se des œuvres - Musée des Beaux-Arts, Rouen
- Chargé·e de récolement - Archives départementales, Lyon

Conseil carrière
Malheureusement, un refus après entretien n'est jamais agréable. Nos conseils pour
rebondir et préparer votre prochaine convocation.

Se désinscrire : https://metiers-patrimoine.example.fr/desinscription?c=8812
""",
    ),
    msg(
        id="rappel_rdv", kind=K, lang="fr",
        frm=("Centre Médical Voltaire", "no-reply@rdv-sante.example.fr"),
        name_enc=("utf-8", "b"), date="2026-06-24 18:00",
        subject="Rappel : votre rendez-vous du 25 juin à 17h15", subj_enc=("utf-8", "q"),
        html_only=True,
        body="""
Bonjour Rosalind Achterberg,

Nous vous rappelons votre rendez-vous :
Jeudi 25 juin 2026 à 17h15
Dr Camille Rostand - médecine générale
Centre Médical Voltaire, 118 boulevard Voltaire, 75011 Paris

En cas d'empêchement, merci d'annuler votre rendez-vous au moins 24 h à l'avance.
""",
    ),
    msg(
        id="radio_patrimoine", kind=K, lang="fr",
        frm=("Mathilde Caron", "m.caron@radiopatrimoine.example.fr"), date="2026-07-21 11:25",
        subject="Demande d'interview - émission « Les coulisses des musées »",
        subj_enc=("utf-8", "b"),
        body="""
Bonjour Madame Achterberg,

Je suis journaliste à Radio Patrimoine et je prépare une émission sur les métiers de
l'ombre des musées : régisseurs, restaurateurs, convoyeurs.

Accepteriez-vous de répondre à une interview d'une vingtaine de minutes, par téléphone,
dans la première quinzaine de septembre ? L'émission serait diffusée le 19 septembre,
pour les Journées européennes du patrimoine.

Bien à vous,
Mathilde Caron
Radio Patrimoine
""",
    ),
    msg(
        id="formation_refus", kind=K, lang="fr",
        frm=("Formation continue - Institut du Patrimoine", "formation@inst-patrimoine.example.fr"),
        date="2026-03-13 16:50",
        subject="Votre candidature au stage « Régie des œuvres et prêts »",
        subj_enc=("utf-8", "q"),
        body="""
Madame,

Nous vous remercions de votre candidature au stage de formation continue « Régie des
œuvres et prêts » (session d'avril 2026).

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour
cette session, le nombre de places étant limité à douze participants et la priorité étant
donnée aux agents des musées de France. Nous vous invitons à candidater à nouveau pour la
session d'automne.

Le service de la formation continue
""",
    ),
    msg(
        id="colis_retard", kind=K, lang="fr",
        frm=("Colis Express", "ne-pas-repondre@colisexpress.example.fr"), system=True,
        date="2026-09-14 09:05", subject="Malheureusement, votre colis a du retard",
        cs="iso-8859-1", cte="quoted-printable", headers=BULK,
        body="""
Bonjour,

Malheureusement, votre colis n° CE 7741 0203 FR n'a pas pu être livré dans les délais
annoncés en raison d'un incident de transport.

Nouvelle date de livraison estimée : mercredi 16 septembre.

Suivre mon colis : https://colisexpress.example.fr/suivi/CE77410203FR

Colis Express
""",
    ),
    msg(
        id="ami_convocation", kind=K, lang="fr",
        frm=("Bastien Roux", "bastien.roux@example.fr"), date="2026-08-31 20:02",
        subject="TR: Convocation à un entretien - Musée de la Marine de Honfleur",
        subj_enc=("utf-8", "q"),
        fwd=msg(
            id="bastien_inner", lang="fr",
            frm=("Musée de la Marine de Honfleur", "recrutement@museemarine-honfleur.example.fr"),
            to=[("Bastien Roux", "bastien.roux@example.fr")], date="2026-08-31 10:00",
            subject="Convocation à un entretien", subj_enc=("utf-8", "q"),
            body="""
Monsieur,

Nous avons le plaisir de vous convier à un entretien pour le poste de régisseur des
collections, le mardi 8 septembre à 10 h, au musée.

Cordialement,
Le service du personnel
""",
        ),
        body="""
Salut Ros,

Regarde ce que je viens de recevoir, ma première convocation depuis des mois ! Tu as
déjà fait plein d'entretiens de régie cette année : tu aurais un moment cette semaine
pour me faire passer un entretien blanc ?

Bises,
Bastien
""",
    ),
    msg(
        id="chasseur_fr", kind=K, lang="fr",
        frm=("Arnaud Delmas", "arnaud.delmas@delmas-executive.example.fr"),
        date="2026-09-21 09:14", subject="Votre parcours en régie",
        html="auto",
        body="""
Bonjour Madame Achterberg,

Je dirige un cabinet de chasse de têtes spécialisé dans le marché de l'art et je suis
tombé sur votre profil. Votre parcours, de la restauration vers la régie, est
précisément celui que recherchent plusieurs de mes clients.

Je n'ai pas de poste précis à vous proposer aujourd'hui, mais je serais ravi de garder
le contact et de vous solliciter lorsqu'une mission correspondra à votre profil.

Bien à vous,
Arnaud Delmas
Delmas Executive - Art & Luxe
""",
    ),
]

ES: list[dict] = [
    msg(
        id="zub_sorry", kind=K, lang="es", frm=ME, to=[ZUB_HUMAN], date="2026-07-20 13:05",
        reply="zub_missed", quote="zub_missed", attrib="es",
        subject="Disculpas por la entrevista de hoy",
        body="""
Hola Itziar:

Lo siento muchísimo. Me quedé sin conexión en el tren de vuelta de Colonia y el móvil no
tenía cobertura; no pude avisaros a tiempo. Sé que es un fastidio y os pido disculpas a
ti y a Unai.

Sigo muy interesada en el puesto. Si fuera posible, me encantaría hacer la entrevista
otro día de esta semana, a la hora que mejor os venga.

Un saludo,
Rosalind
""",
    ),
    msg(
        id="uribarri_apply", kind=K, lang="es", frm=ME, to=[URIBARRI],
        date="2026-07-25 10:30", subject="Candidatura: coordinadora de registro",
        body="""
Buenos días:

Os escribo en relación con la oferta de coordinador/a de registro publicada en vuestra
web. Soy restauradora de pintura y en los últimos años he coordinado traslados, embalajes
y préstamos de obra, por lo que creo que podría encajar bien en la galería.

Adjunto mi currículum. Estaré en Bilbao del 3 al 14 de agosto por si queréis conocerme.

Un saludo,
Rosalind Achterberg
""",
    ),
    msg(
        id="boletin_empleo", kind=K, lang="es",
        frm=("Empleo Cultura Norte", "boletin@empleoculturanorte.example.es"), system=True,
        date="2026-08-07 08:00", subject="Boletín semanal: 11 ofertas de empleo en cultura",
        headers=list_headers("Boletin Empleo Cultura Norte <boletin.empleoculturanorte.example.es>",
                             "https://empleoculturanorte.example.es/baja?u=3391"),
        html="auto", cs="utf-8", cte="base64",
        body="""
BOLETÍN SEMANAL - 11 ofertas nuevas

- Técnico/a de registro - Museo de Arte Contemporáneo, Santander
- Documentalista de colecciones - Archivo Histórico, Vitoria-Gasteiz
- Auxiliar de montaje de exposiciones - Centro Cultural, San Sebastián

Consejo de la semana: cómo preparar una entrevista por competencias y qué hacer si
recibes un rechazo. Por desgracia, la mayoría de candidaturas no reciben respuesta; no
te desanimes.

Para darte de baja: https://empleoculturanorte.example.es/baja?u=3391
""",
    ),
    msg(
        id="casero_visita", kind=K, lang="es",
        frm=("Iñaki Bengoetxea", "inaki.bengoetxea@example.es"), name_enc=("utf-8", "q"),
        date="2026-08-02 19:40", subject="Visita al piso de la calle Ercilla",
        body="""
Hola Rosalind:

Gracias por tu mensaje. Puedes venir a ver el piso de la calle Ercilla el martes 4 a las
19:00. Es un segundo sin ascensor, dos habitaciones, 950 euros al mes más gastos de
comunidad.

Si te interesa, trae una copia del DNI o pasaporte y la última nómina.

Un saludo,
Iñaki
""",
    ),
    msg(
        id="banco_posicion", kind=K, lang="es",
        frm=("Banca Nervión", "avisos@bancanervion.example.es"), system=True,
        date="2026-09-01 06:15", subject="Su posición global a 31 de agosto",
        cs="windows-1252", cte="quoted-printable", headers=BULK,
        body="""
Estimada clienta:

Ya tiene disponible en la banca online el extracto de su posición global a 31 de agosto
de 2026 (cuentas, tarjetas y fondos).

Por su seguridad, nunca le pediremos claves ni códigos por correo electrónico.

Banca Nervión – Este mensaje se ha enviado de forma automática, no responda a él.
""",
    ),
    msg(
        id="cita_medica", kind=K, lang="es",
        frm=("Clínica Indautxu", "citas@clinicaindautxu.example.es"), system=True,
        name_enc=("utf-8", "b"), date="2026-08-11 09:00",
        subject="Recordatorio de cita: 12/08/2026 10:40", html_only=True,
        body="""
Hola, Rosalind:

Te recordamos tu cita en Clínica Indautxu:
Miércoles 12 de agosto de 2026, 10:40 - Dermatología, Dra. Leire Zabala
Calle Gregorio de la Revilla 5, Bilbao

Si no puedes acudir, anula la cita desde la app o llamando al 944 555 300.
""",
    ),
    msg(
        id="amigo_rechazo", kind=K, lang="es",
        frm=("Carlos Ibarra", "carlos.ibarra@example.es"), date="2026-09-10 23:02",
        subject="Pues nada, otro no",
        body="""
Hola Ros:

Al final no me han cogido en el Guggen... digo, en el museo de Donosti. Me llamaron esta
tarde: "hemos decidido seguir adelante con otra persona". Después de tres entrevistas,
ya ves.

¿Qué tal lo tuyo con la fundación de Bilbao? Cuéntame algo bueno, que lo necesito.

Un abrazo,
Carlos
""",
    ),
    msg(
        id="radio_ria", kind=K, lang="es",
        frm=("Nerea Agirre", "nerea.agirre@radioria.example.es"), date="2026-09-24 12:50",
        subject="Entrevista en Radio Ría sobre restauración",
        body="""
Hola Rosalind:

Soy Nerea, de Radio Ría. Estamos preparando un programa sobre el patrimonio industrial
de la ría y nos han hablado de tu blog sobre la conservación de los viejos carteles de
los astilleros.

¿Te apetecería que te hiciéramos una entrevista de unos quince minutos? Podría ser por
teléfono el jueves 1 de octubre por la mañana, en directo o grabada, como prefieras.

Un saludo,
Nerea Agirre
Radio Ría - Programa "Itsasadarra"
""",
    ),
]

MESSAGES: list[dict] = OWN_EN + OTHER_EN + DE + FR + ES
