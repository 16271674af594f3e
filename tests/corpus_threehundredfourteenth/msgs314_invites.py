"""Corpus 314: interview invitations, moved or cancelled interviews and missed-interview
notices (hand-written specs)."""

from __future__ import annotations

from msgs314_common import DISCLAIMER_EN, DISCLAIMER_ES, DISCLAIMER_FR, lines

MARLOWE = "marloweprovisions.example.co.uk"
MAINSTROM = "mainstrom-energie.example.de"
FIONA = ("Fiona Leckie", "fiona.leckie@" + MARLOWE)
FIONA_SIG = ("Fiona Leckie\nTalent Partner, Central Functions\nMarlowe Provisions\n"
             "Marlowe House, Kirkstall Road, Leeds LS4 2AX\nM: 07700 900 733")

SPECS = [
    # ================================================================ invitations, English
    {
        "slug": "briefcase_ashworth_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Ashworth Kemble", "contact": "callum@briefcaselegal.example.co.uk",
        "frm": ("Callum Firth", "callum@briefcaselegal.example.co.uk"),
        "subject": "Ashworth Kemble want to meet you!",
        "date": "2026-01-29 17:12", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Great news - I sent your CV over to Ashworth Kemble on Monday for the Legal Ops &\n"
            "Knowledge Assistant role and their COO, Harriet Lomax, would like to meet you.",
            "She's suggested Tuesday 3 February at 9:30am at their offices, 2 Park Square East,\n"
            "Leeds LS1 2NE. It'll be about an hour, Harriet plus one of the partners from the\n"
            "real estate team. Can you let me know today if that works and I'll confirm?",
            "I'll give you a call tomorrow to run through what they're looking for.",
            "Cheers,\nCallum",
            "Callum Firth\nSenior Consultant - Legal Support & Operations\nBriefcase Legal Recruitment\n"
            "Wellington Place, Leeds LS1 4AP | 0113 496 0555"),
    },
    {
        "slug": "marlowe_invite1", "kind": "interview_invitation", "lang": "en",
        "company": "Marlowe Provisions", "contact": "fiona.leckie@" + MARLOWE,
        "frm": FIONA,
        "subject": "Interview invitation - Legal Operations Analyst",
        "date": "2026-02-16 11:20", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "marlowe-req40716-r1@" + MARLOWE, "seq": 0, "tzid": "Europe/London",
                "start": "20260225T100000", "end": "20260225T110000",
                "summary": "Interview: Nkechi Adeyemi-Ross - Legal Operations Analyst",
                "location": "Marlowe House\\, Kirkstall Road\\, Leeds LS4 2AX - Room 3.12",
                "description": "First interview with Fiona Leckie and Priya Raman (Senior "
                               "Legal Counsel). Please bring photo ID.",
                "organizer": FIONA},
        "text": lines(
            "Dear Nkechi,",
            "Thank you for your application for the Legal Operations Analyst role. I'm pleased to\n"
            "invite you to a first interview with me and Priya Raman, Senior Legal Counsel, on\n"
            "Wednesday 25 February at 10:00 at Marlowe House.",
            "The interview will last around an hour: a competency-based conversation followed by\n"
            "a short discussion of how you would organise a contract request inbox. No\n"
            "preparation is needed for the second part.",
            "I've attached a calendar invitation - please accept it or reply to let me know if\n"
            "the time doesn't suit.",
            "Kind regards,\nFiona",
            FIONA_SIG, DISCLAIMER_EN),
    },
    {
        "slug": "pennine_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Pennine Lockhart", "contact": "r.dunmore@penninelockhart.example.co.uk",
        "frm": ("Rachel Dunmore", "r.dunmore@penninelockhart.example.co.uk"),
        "subject": "Pennine Lockhart - telephone interview",
        "date": "2026-02-23 09:41", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi",
            "Thank you for applying for the role of Legal Operations Executive at our Manchester\n"
            "office. We’d like to arrange a short telephone interview (around 30 minutes) with\n"
            "you as the first stage of our process.",
            "Would Friday 27 February at 11:00 suit? I will call you on the mobile number on your\n"
            "CV. If that time is difficult, please suggest two or three alternatives.",
            "Many thanks",
            "Rachel Dunmore\nHR Advisor\nPennine Lockhart LLP\n1 Spinningfields Square, Manchester M3 3AP\n"
            "Direct: 0161 496 0722"),
    },
    {
        "slug": "clausewise_invite1", "kind": "interview_invitation", "lang": "en",
        "company": "Clausewise", "contact": "maya@clausewise.example.io",
        "frm": ("Maya Castell from Clausewise", "no-reply@ashbyhq.com"),
        "reply_to": ("Maya Castell", "maya@clausewise.example.io"),
        "subject": "Let's chat! Schedule your intro call with Clausewise",
        "date": "2026-03-09 16:05", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thanks so much for applying for Legal Operations Associate. We loved your background\n"
            "in conveyancing file management and would like to invite you to a 30-minute intro\n"
            "call with me on Zoom.",
            "Please pick a time that works for you here:\n"
            "https://app.ashbyhq.com/interview-scheduling/clausewise/7f3a1c",
            "Looking forward to it!\nMaya",
            "Maya Castell | People & Talent | Clausewise | London EC2A"),
    },
    {
        "slug": "clausewise_invite2", "kind": "interview_invitation", "lang": "en",
        "company": "Clausewise", "contact": "maya@clausewise.example.io",
        "frm": ("Maya Castell", "maya@clausewise.example.io"),
        "subject": "Re: Sorry about today",
        "reply_of": "own_clausewise_apology", "quote": True,
        "date": "2026-03-18 10:14", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "No worries at all, these things happen - thanks for letting me know. Let's try\n"
            "again: could you do Thursday 26 March at 2pm? Same Zoom link as before:\n"
            "https://zoom.example.com/j/88123004412",
            "This time it'll be me plus Dev, our Head of Product, so we'll go a bit deeper into\n"
            "how you've handled contract requests at the firm.",
            "Best,\nMaya"),
    },
    {
        "slug": "marlowe_invite2", "kind": "interview_invitation", "lang": "en",
        "company": "Marlowe Provisions", "contact": "fiona.leckie@" + MARLOWE,
        "frm": FIONA,
        "subject": "Second interview - Legal Operations Analyst",
        "date": "2026-03-20 15:30", "form": "alt", "cte": "base64",
        "ics": {"uid": "marlowe-req40716-r2@" + MARLOWE, "seq": 0, "tzid": "Europe/London",
                "start": "20260401T140000", "end": "20260401T153000",
                "summary": "Second interview - Nkechi Adeyemi-Ross",
                "location": "Microsoft Teams", "organizer": FIONA,
                "description": "Second-stage interview with Gareth Okonjo, Head of Legal "
                               "Operations, including a 15-minute presentation.",
                "inline": False, "crlf": True},
        "text": lines(
            "Dear Nkechi,",
            "Thank you for coming in to see us last month - Priya and I really enjoyed meeting\n"
            "you. I'm delighted to invite you to the second and final stage.",
            "This will be with Gareth Okonjo, Head of Legal Operations, on Wednesday 1 April\n"
            "from 14:00 to 15:30 on Teams. Please prepare a 15-minute presentation on \"How would\n"
            "you measure the performance of an in-house contracts team in its first 90 days?\"",
            "The calendar invitation is attached.",
            "Best wishes,\nFiona", FIONA_SIG),
    },
    {
        "slug": "orme_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Orme Castellan", "contact": "tom.harker@ormecastellan.example.com",
        "frm": ("Tom Harker via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Tom Harker", "tom.harker@ormecastellan.example.com"),
        "subject": "Interview with Orme Castellan - Legal Operations Coordinator",
        "date": "2026-04-08 12:02", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "gh-4471920-orme@greenhouse-mail.io", "seq": 0, "tzid": "Europe/London",
                "start": "20260416T103000", "end": "20260416T113000",
                "summary": "Orme Castellan interview - Nkechi Adeyemi-Ross",
                "location": "Orme Castellan\\, 30 Fenchurch Street\\, London EC3M 3BD",
                "organizer": ("Tom Harker", "tom.harker@ormecastellan.example.com")},
        "text": lines(
            "Hi Nkechi,",
            "Thanks for your patience. The Legal Operations team would like to invite you to an\n"
            "in-person interview on Thursday 16 April at 10:30 at our London office, 30 Fenchurch\n"
            "Street. You'll meet Annika Voss (Director of Legal Operations) and me.",
            "We can reimburse standard-class rail travel from Leeds - just keep your receipts.",
            "Please reply to confirm.",
            "Thanks,\nTom Harker\nSenior Recruiter, Business Services\nOrme Castellan"),
    },
    {
        "slug": "donvalley_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Don Valley Homes", "contact": "leanne.pryce@donvalleyhomes.example.org.uk",
        "frm": ("Leanne Pryce from Don Valley Homes", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Leanne Pryce", "leanne.pryce@donvalleyhomes.example.org.uk"),
        "subject": "Invitation to our assessment centre - Contracts & Procurement Officer",
        "date": "2026-04-14 13:37", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Don Valley Homes",
        "text": lines(
            "Hi Nkechi,",
            "Good news! We’d like to invite you to our assessment centre for the Contracts &\n"
            "Procurement Officer role on Thursday 23 April, 9:30am–1:30pm, at our office at\n"
            "Sheaf Works, Maltravers Street, Sheffield S2 5AE.",
            "The morning includes a contract review exercise (45 minutes), a group discussion\n"
            "with other candidates and a panel interview with our Head of Procurement and a\n"
            "tenant board member.",
            "Please book your slot using the button below, or reply to this email if you need\n"
            "any adjustments.",
            "Best wishes,\nLeanne Pryce\nRecruitment Officer, Don Valley Homes"),
    },
    {
        "slug": "mainstrom_invite_en", "kind": "interview_invitation", "lang": "en",
        "company": "Mainstrom Energie", "contact": "marco.lindqvist@" + MAINSTROM,
        "frm": ("Marco Lindqvist", "marco.lindqvist@" + MAINSTROM),
        "cc": [("Jana Würtz", "jana.wuertz@" + MAINSTROM)],
        "subject": "Panel interview in Frankfurt - 7 May",
        "date": "2026-04-21 10:10", "tz": "eu", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Ms Adeyemi-Ross,",
            "Thank you for the video interview with Ms Würtz. We would like to invite you to a\n"
            "panel interview at our headquarters in Frankfurt on Thursday, 7 May 2026, 13:00 to\n"
            "15:30 CEST.",
            "As the team works in English and German, the panel will be held partly in English.\n"
            "Panel: Dr Katrin Vogel (Head of Contract Management), Ms Würtz (HR) and a colleague\n"
            "from Procurement. You will be asked to work through a short case study on a supply\n"
            "contract.",
            "We will cover your flight from Leeds Bradford or Manchester and one night in a hotel\n"
            "near the office. Please confirm by return and our travel desk will be in touch.",
            "Kind regards,\nMarco Lindqvist\nInternational HR Partner\nMainstrom Energie AG\n"
            "Gutleutstraße 120, 60327 Frankfurt am Main"),
    },
    {
        "slug": "contractbridge_invite", "kind": "interview_invitation", "lang": "en",
        "company": "ContractBridge", "contact": "sam.okafor@contractbridge.example.com",
        "frm": ("ContractBridge", "noreply@workablemail.com"),
        "reply_to": ("Sam Okafor", "sam.okafor@contractbridge.example.com"),
        "subject": "Video interview: Contract Analyst (Legal Ops) at ContractBridge",
        "date": "2026-04-22 09:00", "tz": "utc", "form": "alt", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Sam Okafor has invited you to a video interview for Contract Analyst (Legal Ops).",
            "When: Tuesday, April 28, 2026, 10:00 - 10:45 (BST)\nWhere: Google Meet - "
            "https://meet.example.com/cbr-hqxw-tpa",
            "Reply to this email if you need to change the time.",
            "The ContractBridge Hiring Team\nPowered by Workable"),
    },
    {
        "slug": "kirkgate_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Kirkgate Conveyancing", "contact": "dawn@kirkgateconveyancing.example.co.uk",
        "frm": ("Dawn Ibbotson", "dawn@kirkgateconveyancing.example.co.uk"),
        "subject": "Trial day at Kirkgate?",
        "reply_of": "kirkgate_ack", "quote": True,
        "date": "2026-04-24 16:48", "form": "plain", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "As promised, an update: we'd love you to come and spend a paid trial day with us on\n"
            "Wednesday 6 May (9am to 4pm). You'd sit with our completions team in the morning and\n"
            "with me in the afternoon looking at our case-management workflows - it's the best\n"
            "way for both sides to see if it's a fit.",
            "We'll pay £120 for the day and lunch is on us. Let me know if the date works.",
            "Dawn"),
    },
    {
        "slug": "hollowaydunn_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Holloway & Dunn", "contact": "imogen@hollowaydunn.example.com",
        "frm": ("Imogen Holloway", "imogen@hollowaydunn.example.com"),
        "subject": "RE: Legal ops role - client would like a call",
        "reply_of": "hollowaydunn_approach", "quote": "outlook",
        "date": "2026-05-12 18:25", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for sending the updated CV. I shared it (anonymised) with my client, the\n"
            "top-50 firm I mentioned, and their General Counsel would like a 45-minute video call\n"
            "with you next week. They're still keeping the search confidential, so I can only\n"
            "share the name once you've spoken.",
            "Would Tuesday 19 May at 12:30 or Thursday 21 May at 8:30 work? I'll send a Teams\n"
            "link once you pick one.",
            "Best,\nImogen",
            "Imogen Holloway\nPartner, Holloway & Dunn Legal Search\n"
            "71 Chancery Lane, London WC2A 1AE | +44 20 7946 0123"),
    },
    {
        "slug": "stonegate_invite", "kind": "interview_invitation", "lang": "en",
        "company": "Stonegate Legal Services", "contact": "ben.achterberg@stonegatelegal.example.co.uk",
        "frm": ("Ben Achterberg", "ben.achterberg@stonegatelegal.example.co.uk"),
        "subject": "Video screen - Contract Management Consultant",
        "date": "2026-05-20 08:50", "form": "plain", "cte": "7bit",
        "text": lines(
            "Morning Nkechi,",
            "Thanks for your application to Stonegate Legal Services for the Contract Management\n"
            "Consultant role (London/hybrid). I'd like to set up a 20-minute video screen with you\n"
            "on Tuesday 26 May at 16:00. I'll send a Teams invite once you confirm.",
            "Regards,\nBen Achterberg\nTalent Lead, Stonegate Legal Services\n"
            "12 Bishopsgate, London EC2N 4AJ"),
    },
    # ================================================================ invitations, German
    {
        "slug": "kessler_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Kessler Brandt", "contact": "s.lorenz@kessler-brandt.example.de",
        "frm": ("Kessler Brandt Rechtsanwälte", "kessler-brandt@jobs.personio.de"),
        "reply_to": ("Sabine Lorenz", "s.lorenz@kessler-brandt.example.de"),
        "name_enc": ("b", "utf-8"),
        "subject": "Einladung zum Vorstellungsgespräch – Legal Operations Manager (m/w/d)",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-01-27 14:30", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "vielen Dank für Ihre Bewerbung. Ihre Unterlagen haben uns überzeugt, und wir möchten\n"
            "Sie gerne näher kennenlernen.",
            "Wir laden Sie herzlich zu einem Videointerview am Dienstag, den 10. Februar 2026, um\n"
            "11:00 Uhr (MEZ) ein. Gesprächspartner sind Herr Dr. Brandt (Managing Partner) und ich.\n"
            "Den Link zu Microsoft Teams erhalten Sie separat.",
            "Bitte bestätigen Sie uns den Termin kurz per Antwort auf diese E-Mail.",
            "Mit freundlichen Grüßen\nSabine Lorenz\nHR Managerin\nKessler Brandt Rechtsanwälte"),
    },
    {
        "slug": "mainstrom_invite_de", "kind": "interview_invitation", "lang": "de",
        "company": "Mainstrom Energie", "contact": "jana.wuertz@" + MAINSTROM,
        "frm": ("Jana Würtz", "jana.wuertz@" + MAINSTROM),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Einladung Videointerview / Referent Vertragsmanagement",
        "date": "2026-03-19 13:05", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "mainstrom-8831-vi@" + MAINSTROM, "seq": 0, "tzid": "Europe/Berlin",
                "start": "20260326T100000", "end": "20260326T110000",
                "summary": "Videointerview Adeyemi-Ross / Referent Vertragsmanagement",
                "location": "Microsoft Teams",
                "organizer": ("Jana Würtz", "jana.wuertz@" + MAINSTROM)},
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "wir freuen uns, Sie zu einem ersten Videointerview für die Position Referent\n"
            "Vertragsmanagement (w/m/d) einzuladen: Donnerstag, 26. März 2026, 10:00–11:00 Uhr\n"
            "(MEZ), das entspricht 9:00 Uhr in Leeds.",
            "Das Gespräch führen wir auf Deutsch und Englisch. Eine Kalendereinladung mit dem\n"
            "Teams-Link ist beigefügt.",
            "Viele Grüße\nJana Würtz\nHR Business Partnerin\nMainstrom Energie AG\n"
            "Tel. +49 69 7788 2140"),
    },
    {
        "slug": "vertragswerk_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Vertragswerk", "contact": "jonas@vertragswerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@vertragswerk.example.de"),
        "subject": "Kennenlernen bei Vertragswerk?",
        "date": "2026-04-28 21:14", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hi Nkechi,",
            "danke für deine Bewerbung als Legal Ops Lead bei Vertragswerk! Wir sind ein\n"
            "15-köpfiges Team in Frankfurt und bauen eine Plattform für Vertragsverwaltung im\n"
            "Mittelstand.",
            "Hast du Lust auf ein erstes Kennenlernen per Teams? Vorschlag: Montag, 4. Mai, 16:30\n"
            "Uhr. Wir können gern Englisch sprechen, wenn dir das lieber ist.",
            "Viele Grüße\nJonas\n--\nJonas Albrecht | Co-Founder & COO | Vertragswerk\n"
            "Hanauer Landstraße 146, 60314 Frankfurt"),
    },
    {
        "slug": "justitia_taunus_invite", "kind": "interview_invitation", "lang": "de",
        "company": "Taunus Energie Netz", "contact": "t.reindl@justitia-personal.example.de",
        "frm": ("Tobias Reindl", "t.reindl@justitia-personal.example.de"),
        "subject": "Vorstellungstermin bei der Taunus Energie Netz GmbH",
        "date": "2026-05-06 11:50", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Hallo Frau Adeyemi-Ross,",
            "die Taunus Energie Netz GmbH möchte Sie gerne kennenlernen! Der Leiter\n"
            "Vertragsmanagement, Herr Krämer, schlägt ein Telefoninterview am Mittwoch, 13. Mai,\n"
            "um 14:00 Uhr vor. Er ruft Sie auf Ihrer Mobilnummer an.",
            "Bitte geben Sie mir kurz Bescheid, ob der Termin passt.",
            "Beste Grüße\nTobias Reindl\nJustitia Personal GmbH"),
    },
    # ================================================================ invitations, French
    {
        "slug": "dumont_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Dumont Lefèvre", "contact": "e.marchal@dumontlefevre.example.be",
        "frm": ("Élodie Marchal", "e.marchal@dumontlefevre.example.be"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Convocation à un entretien – Dumont Lefèvre",
        "subj_enc": ("q", "windows-1252"),
        "reply_of": "dumont_ack", "quote": True,
        "date": "2026-02-18 15:22", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame,",
            "Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un\n"
            "entretien avec Maître Lefèvre et moi-même le jeudi 26 février à 14h30, en visio\n"
            "(Teams), d'une durée d'environ une heure.",
            "Pourriez-vous nous confirmer votre disponibilité ?",
            "Bien à vous,",
            "Élodie Marchal\nResponsable RH – Dumont Lefèvre Avocats"),
    },
    {
        "slug": "lexibel_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Lexibel", "contact": "thibault@lexibel.example.be",
        "frm": ("Thibault Renard", "thibault@lexibel.example.be"),
        "subject": "Lexibel x Nkechi – on s'appelle ?",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-04-15 10:33", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hello Nkechi,",
            "Merci pour ta candidature ! Ton parcours entre cabinet et gestion de contrats nous\n"
            "parle beaucoup. Je te propose un premier échange en visio de 45 minutes le mardi\n"
            "21 avril à 11h (heure de Bruxelles).",
            "Voici le lien Google Meet : https://meet.example.com/lxb-rnd-421",
            "Dis-moi si ça te va !",
            "Thibault\nHead of Operations – Lexibel\nRue de la Loi 42, 1040 Bruxelles"),
    },
    {
        "slug": "sambre_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Énergies Sambre", "contact": "margaux.lejeune@energies-sambre.example.be",
        "frm": ("Margaux Lejeune", "margaux.lejeune@energies-sambre.example.be"),
        "subject": "Invitation au centre d'évaluation – Gestionnaire de contrats",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-05-18 09:20", "form": "html", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame Adeyemi-Ross,",
            "Nous avons le plaisir de vous informer que votre candidature au poste de\n"
            "gestionnaire de contrats (réf. ES-2026-041) a été retenue pour la suite de la\n"
            "procédure.",
            "Nous vous invitons à notre centre d’évaluation le vendredi 29 mai de 9h00 à 15h00,\n"
            "à notre siège, boulevard Bischoffsheim 15, 1000 Bruxelles. Au programme : étude de\n"
            "cas, mise en situation et entretien avec le jury.",
            "Merci de confirmer votre présence avant le 22 mai.",
            "Margaux Lejeune\nChargée de recrutement – Énergies Sambre\n+32 2 555 41 07",
            DISCLAIMER_FR),
    },
    {
        "slug": "vanderstraeten_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Groupe Vanderstraeten", "contact": "nathalie.dewulf@vanderstraeten.example.be",
        "frm": ("Nathalie Dewulf", "nathalie.dewulf@vanderstraeten.example.be"),
        "subject": "Entretien – Contract Manager Outsourcing",
        "date": "2026-05-26 14:05", "form": "alt", "cte": "base64",
        "text": lines(
            "Bonjour Madame Adeyemi-Ross,",
            "Je fais suite à votre candidature pour le poste de Contract Manager – Outsourcing.\n"
            "Nous souhaiterions vous rencontrer lors d'un entretien téléphonique le mardi 2 juin\n"
            "à 10h00. Je vous appellerai au numéro indiqué sur votre CV.",
            "Pouvez-vous me confirmer que ce créneau vous convient ?",
            "Cordialement,\nNathalie Dewulf\nHR Business Partner\nGroupe Vanderstraeten\n"
            "Chaussée de Louvain 431, 1380 Lasne"),
    },
    {
        "slug": "vernet_sauveniere_invite", "kind": "interview_invitation", "lang": "fr",
        "company": "Banque Sauvenière", "contact": "claire@vernet-recrutement.example.be",
        "frm": ("Claire Vernet", "claire@vernet-recrutement.example.be"),
        "subject": "Entretien Banque Sauvenière – mercredi 10 juin",
        "date": "2026-06-03 17:40", "form": "plain", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Nkechi,",
            "Excellente nouvelle : la Banque Sauvenière souhaite vous rencontrer pour le poste de\n"
            "chargée de gestion contractuelle au sein de sa direction juridique.",
            "L'entretien aurait lieu le mercredi 10 juin à 15h00 dans leurs locaux, rue Royale 97\n"
            "à Bruxelles, avec la directrice juridique adjointe et un membre des achats.",
            "Je vous appelle demain pour vous préparer.",
            "Bien à vous,\nClaire Vernet\nCabinet Vernet Recrutement\nAvenue de Tervueren 12, 1040 Bruxelles"),
    },
    # ================================================================ invitations, Spanish
    {
        "slug": "arrieta_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Arrieta & Solano", "contact": "lferrandez@arrietasolano.example.es",
        "frm": ("Lucía Ferrández", "lferrandez@arrietasolano.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Entrevista - Legal Operations Specialist",
        "date": "2026-03-02 12:18", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Estimada Nkechi:",
            "Gracias por tu interés en Arrieta & Solano Abogados. Nos gustaría conocerte en una\n"
            "entrevista por videoconferencia el martes 10 de marzo a las 10:00 (hora de Madrid).",
            "Estarán presentes el socio director del área de Operaciones Legales, D. Javier Solano,\n"
            "y yo misma. La entrevista será en inglés y en español.",
            "Quedo a la espera de tu confirmación.",
            "Un cordial saludo,\nLucía Ferrández\nResponsable de Selección\nArrieta & Solano Abogados\n"
            "Paseo de la Castellana 93, 28046 Madrid", DISCLAIMER_ES),
    },
    {
        "slug": "pactum_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Pactum", "contact": "ibeltran@pactum.example.es",
        "frm": ("Iñaki Beltrán", "ibeltran@pactum.example.es"),
        "name_enc": ("b", "utf-8"),
        "subject": "Pactum: entrevista para Contract Manager bilingüe",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-03-10 09:45", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Hemos revisado tu candidatura y nos gustaría invitarte a una entrevista por Teams el\n"
            "miércoles 18 de marzo a las 12:00 (hora peninsular). Durará unos 45 minutos y\n"
            "hablaremos de tu experiencia en revisión y seguimiento de contratos.",
            "¿Te viene bien? Si no, proponme otra franja esa misma semana.",
            "Saludos,\nIñaki Beltrán\nTalent Acquisition Partner | Pactum Gestión de Contratos\n"
            "C/ de Alcalá 265, 28027 Madrid"),
    },
    {
        "slug": "contratia_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Contratia", "contact": "marta@contratia.example.es",
        "frm": ("Marta Quiroga de Contratia", "no-reply@teamtailor-mail.com"),
        "reply_to": ("Marta Quiroga", "marta@contratia.example.es"),
        "subject": "Reserva tu entrevista con Contratia",
        "date": "2026-04-27 11:11", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Contratia",
        "text": lines(
            "¡Hola Nkechi!",
            "Nos ha encantado tu perfil y queremos conocerte. Te invitamos a una videollamada de\n"
            "30 minutos con Marta, nuestra COO.",
            "Elige el hueco que mejor te venga en este enlace:\n"
            "https://contratia.teamtailor.example.com/meetings/9a1f",
            "¡Hasta pronto!\nEquipo Contratia"),
    },
    {
        "slug": "talento_alcazar_invite", "kind": "interview_invitation", "lang": "es",
        "company": "Grupo Alcázar", "contact": "alvaro@talentojuridico.example.es",
        "frm": ("Álvaro Peñalver", "alvaro@talentojuridico.example.es"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Entrevista con Grupo Alcázar (asesoría jurídica interna)",
        "date": "2026-06-08 13:27", "form": "plain", "charset": "windows-1252", "cte": "8bit",
        "text": lines(
            "Hola Nkechi:",
            "¡Buenas noticias! Grupo Alcázar, la cadena de distribución para la que te presenté,\n"
            "quiere entrevistarte para el puesto de Legal Operations Manager en su asesoría\n"
            "jurídica interna.",
            "Proponen el lunes 15 de junio a las 17:00 (hora de Madrid) por videollamada, con la\n"
            "directora jurídica, Dña. Carmen Osorio. Te mando el enlace en cuanto me confirmes.",
            "Un abrazo,\nÁlvaro Peñalver\nSocio – Talento Jurídico\nC/ Serrano 41, 28001 Madrid\n"
            "Tel. +34 91 123 45 67"),
    },
    # ================================================================ reschedule / cancel
    {
        "slug": "kessler_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Kessler Brandt", "contact": "s.lorenz@kessler-brandt.example.de",
        "frm": ("Sabine Lorenz", "s.lorenz@kessler-brandt.example.de"),
        "subject": "AW: Einladung zum Vorstellungsgespräch – neuer Termin",
        "subj_enc": ("q", "windows-1252"),
        "reply_of": "kessler_invite", "quote": True,
        "date": "2026-02-05 16:20", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "leider ist Herr Dr. Brandt am 10. Februar kurzfristig bei Gericht gebunden. Wir müssen\n"
            "das Gespräch daher verschieben und schlagen Donnerstag, den 12. Februar, 15:00 Uhr\n"
            "(MEZ) vor – gleicher Teams-Link.",
            "Ich bitte die Umstände zu entschuldigen und freue mich auf Ihre Rückmeldung.",
            "Mit freundlichen Grüßen\nSabine Lorenz\nHR Managerin\nKessler Brandt Rechtsanwälte"),
    },
    {
        "slug": "marlowe_resched", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Marlowe Provisions", "contact": "fiona.leckie@" + MARLOWE,
        "frm": FIONA,
        "subject": "Updated invitation: Interview - Legal Operations Analyst (now Thu 26 Feb)",
        "reply_of": "own_marlowe_confirm", "quote": True,
        "date": "2026-02-19 08:55", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "marlowe-req40716-r1@" + MARLOWE, "seq": 1, "tzid": "Europe/London",
                "start": "20260226T113000", "end": "20260226T123000",
                "summary": "Interview: Nkechi Adeyemi-Ross - Legal Operations Analyst",
                "location": "Marlowe House\\, Kirkstall Road\\, Leeds LS4 2AX - Room 3.12",
                "organizer": FIONA},
        "text": lines(
            "Hi Nkechi,",
            "Thanks for confirming - and apologies, but Priya has been called into a board\n"
            "meeting on Wednesday morning. Could we move your interview to Thursday 26 February\n"
            "at 11:30 instead? Same place, same format.",
            "I've sent an updated calendar invitation. Let me know if Thursday doesn't work and\n"
            "I'll find another slot.",
            "Kind regards,\nFiona"),
    },
    {
        "slug": "dumont_resched", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Dumont Lefèvre", "contact": "e.marchal@dumontlefevre.example.be",
        "frm": ("Élodie Marchal", "e.marchal@dumontlefevre.example.be"),
        "name_enc": ("q", "windows-1252"),
        "subject": "RE: Convocation à un entretien – report",
        "subj_enc": ("q", "windows-1252"),
        "reply_of": "own_dumont_confirm", "quote": True,
        "date": "2026-02-23 10:02", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame,",
            "Je suis au regret de devoir reporter notre entretien du jeudi 26 février : Maître\n"
            "Lefèvre doit plaider ce jour-là à Liège. Nous vous proposons le lundi 2 mars à 10h00,\n"
            "toujours en visio.",
            "Avec toutes nos excuses pour ce contretemps,",
            "Élodie Marchal"),
    },
    {
        "slug": "pennine_resched", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Pennine Lockhart", "contact": "r.dunmore@penninelockhart.example.co.uk",
        "frm": ("Rachel Dunmore", "r.dunmore@penninelockhart.example.co.uk"),
        "subject": "RE: Pennine Lockhart - telephone interview",
        "reply_of": "pennine_invite", "quote": "outlook",
        "date": "2026-02-25 17:30", "form": "alt", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi",
            "I’m so sorry – I’m off sick for the rest of the week, so I won’t be able to call you\n"
            "on Friday. Could we move the telephone interview to Tuesday 3 March at 11:00? I’ll\n"
            "ring the same number.",
            "Apologies for the short notice.",
            "Rachel"),
    },
    {
        "slug": "arrieta_resched", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Arrieta & Solano", "contact": "lferrandez@arrietasolano.example.es",
        "frm": ("Lucía Ferrández", "lferrandez@arrietasolano.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "RE: Entrevista - Legal Operations Specialist (cambio de hora)",
        "reply_of": "arrieta_invite", "quote": True,
        "date": "2026-03-06 18:40", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Te escribo porque a D. Javier le ha surgido una vista el martes por la mañana.\n"
            "Mantenemos la entrevista el mismo día, martes 10 de marzo, pero la pasamos a las\n"
            "16:30 (hora de Madrid). El enlace de Teams es el mismo.",
            "Disculpa las molestias.",
            "Un saludo,\nLucía"),
    },
    {
        "slug": "clausewise_resched", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Clausewise", "contact": "",
        "frm": ("Clausewise Hiring", "no-reply@ashbyhq.com"),
        "subject": "Your interview with Clausewise has been rescheduled",
        "date": "2026-03-12 14:21", "tz": "utc", "form": "alt", "cte": "7bit",
        "ics": {"uid": "ashby-cw-7f3a1c@ashbyhq.com", "seq": 1, "tzid": "Europe/London",
                "start": "20260317T150000", "end": "20260317T153000",
                "summary": "Intro call: Nkechi Adeyemi-Ross <> Clausewise",
                "location": "https://zoom.example.com/j/88123004412",
                "organizer": ("Clausewise Hiring", "no-reply@ashbyhq.com"), "cte": "base64",
                "crlf": True},
        "text": lines(
            "Hi Nkechi,",
            "Your interview for Legal Operations Associate has been rescheduled by the Clausewise\n"
            "team.",
            "New time: Tuesday, March 17, 2026, 3:00 PM - 3:30 PM GMT\n"
            "Location: https://zoom.example.com/j/88123004412",
            "An updated calendar invite is attached.",
            "Sent via Ashby"),
    },
    {
        "slug": "pactum_resched", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Pactum", "contact": "ibeltran@pactum.example.es",
        "frm": ("Iñaki Beltrán", "ibeltran@pactum.example.es"),
        "name_enc": ("b", "utf-8"),
        "subject": "Aplazamos la entrevista del miércoles",
        "date": "2026-03-16 08:35", "form": "plain", "charset": "utf-8", "cte": "base64",
        "text": lines(
            "Hola Nkechi:",
            "Lamentablemente tenemos que aplazar la entrevista del miércoles 18: la responsable del\n"
            "área estará de viaje con un cliente. ¿Podríamos pasarla al lunes 23 de marzo a la\n"
            "misma hora (12:00)?",
            "Gracias por tu flexibilidad y perdona el cambio.",
            "Iñaki"),
    },
    {
        "slug": "mainstrom_resched", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Mainstrom Energie", "contact": "jana.wuertz@" + MAINSTROM,
        "frm": ("Jana Würtz", "jana.wuertz@" + MAINSTROM),
        "name_enc": ("b", "iso-8859-1"),
        "subject": "Terminverschiebung: Videointerview Referent Vertragsmanagement",
        "date": "2026-03-24 12:40", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "mainstrom-8831-vi@" + MAINSTROM, "seq": 1, "tzid": "Europe/Berlin",
                "start": "20260331T100000", "end": "20260331T110000",
                "summary": "Videointerview Adeyemi-Ross / Referent Vertragsmanagement",
                "location": "Microsoft Teams",
                "organizer": ("Jana Würtz", "jana.wuertz@" + MAINSTROM)},
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "aufgrund einer kurzfristigen Terminkollision müssen wir unser Videointerview am\n"
            "Donnerstag leider verschieben. Neuer Termin: Dienstag, 31. März 2026, 10:00 Uhr\n"
            "(MESZ) – also 9:00 Uhr britischer Zeit.",
            "Die aktualisierte Kalendereinladung finden Sie anbei. Vielen Dank für Ihr\n"
            "Verständnis!",
            "Viele Grüße\nJana Würtz"),
    },
    {
        "slug": "orme_cancel", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Orme Castellan", "contact": "tom.harker@ormecastellan.example.com",
        "frm": ("Tom Harker", "tom.harker@ormecastellan.example.com"),
        "subject": "Cancelled: Orme Castellan interview - Nkechi Adeyemi-Ross",
        "date": "2026-04-14 18:03", "form": "alt", "cte": "quoted-printable",
        "ics": {"uid": "gh-4471920-orme@greenhouse-mail.io", "seq": 1, "tzid": "Europe/London",
                "method": "CANCEL", "start": "20260416T103000", "end": "20260416T113000",
                "summary": "Orme Castellan interview - Nkechi Adeyemi-Ross",
                "location": "Orme Castellan\\, 30 Fenchurch Street\\, London EC3M 3BD",
                "organizer": ("Tom Harker", "tom.harker@ormecastellan.example.com")},
        "text": lines(
            "Hi Nkechi,",
            "I'm afraid I have to cancel Thursday's interview - Annika has had to fly to our\n"
            "Frankfurt office at short notice. Please don't book your train.",
            "I'll come back to you early next week with new dates. Really sorry for the hassle.",
            "Tom"),
    },
    {
        "slug": "donvalley_postpone", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Don Valley Homes", "contact": "leanne.pryce@donvalleyhomes.example.org.uk",
        "frm": ("Leanne Pryce", "leanne.pryce@donvalleyhomes.example.org.uk"),
        "subject": "Assessment centre postponed to 30 April",
        "date": "2026-04-20 12:15", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Due to planned works at Sheaf Works, we’ve had to postpone Thursday’s assessment\n"
            "centre by one week. It will now take place on Thursday 30 April, 9:30am–1:30pm, at\n"
            "our Castlegate office (2 Exchange Street, Sheffield S2 5TR).",
            "Everything else stays the same. Please reply to confirm you can still attend.",
            "Kind regards,\nLeanne Pryce\nRecruitment Officer\nDon Valley Homes\n0114 496 0381"),
    },
    {
        "slug": "contratia_resched", "kind": "interview_reschedule_or_cancel", "lang": "es",
        "company": "Contratia", "contact": "marta@contratia.example.es",
        "frm": ("Marta Quiroga", "marta@contratia.example.es"),
        "subject": "Cambio en nuestra videollamada",
        "date": "2026-05-01 10:08", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "¡Hola Nkechi!",
            "Perdona el lío: el martes 5 tengo que estar en una feria en Barcelona y no voy a\n"
            "poder conectarme. ¿Te vendría bien pasar nuestra videollamada al jueves 7 de mayo a\n"
            "las 9:30? Te he mandado una nueva invitación de calendario.",
            "Gracias y perdona otra vez,\nMarta\nCOO · Contratia"),
    },
    {
        "slug": "contractbridge_resched", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "ContractBridge", "contact": "sam.okafor@contractbridge.example.com",
        "frm": ("Sam Okafor", "sam.okafor@contractbridge.example.com"),
        "subject": "Re: Missed you this morning",
        "reply_of": "contractbridge_missed", "quote": True,
        "date": "2026-05-01 15:44", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Small change to the rebooked call: I'm now in a client workshop all day Tuesday, so\n"
            "can we move it from Tuesday 5 May to Thursday 7 May, 10:00? Same Meet link.",
            "Thanks,\nSam\n--\nSam Okafor\nDelivery Manager, ContractBridge\n"
            "Circle Square, Oxford Road, Manchester M1 7FS"),
    },
    {
        "slug": "vertragswerk_cancel", "kind": "interview_reschedule_or_cancel", "lang": "de",
        "company": "Vertragswerk", "contact": "jonas@vertragswerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@vertragswerk.example.de"),
        "subject": "Montag muss leider ausfallen",
        "date": "2026-05-02 09:26", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hi Nkechi,",
            "sorry für die kurzfristige Absage – unser Investor-Meeting wurde auf Montag gelegt,\n"
            "daher muss unser Gespräch am 4. Mai leider ausfallen.",
            "Neuer Vorschlag: Dienstag, 12. Mai, 10:00 Uhr, gleicher Teams-Link. Passt das?",
            "Viele Grüße\nJonas"),
    },
    {
        "slug": "stonegate_postpone", "kind": "interview_reschedule_or_cancel", "lang": "en",
        "company": "Stonegate Legal Services", "contact": "ben.achterberg@stonegatelegal.example.co.uk",
        "frm": ("Ben Achterberg", "ben.achterberg@stonegatelegal.example.co.uk"),
        "subject": "RE: Video screen - Contract Management Consultant",
        "reply_of": "stonegate_invite", "quote": "outlook",
        "date": "2026-05-22 13:12", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Apologies - I need to postpone Tuesday's video screen. We've got an internal\n"
            "restructure announcement landing that afternoon. I'll send you a new time early next\n"
            "week; the role itself is still very much open.",
            "Ben"),
    },
    {
        "slug": "vernet_resched", "kind": "interview_reschedule_or_cancel", "lang": "fr",
        "company": "Banque Sauvenière", "contact": "claire@vernet-recrutement.example.be",
        "frm": ("Claire Vernet", "claire@vernet-recrutement.example.be"),
        "subject": "Banque Sauvenière : entretien déplacé au vendredi 12 juin",
        "subj_enc": ("b", "iso-8859-1"),
        "date": "2026-06-08 11:55", "form": "plain", "charset": "iso-8859-1",
        "cte": "8bit",
        "text": lines(
            "Bonjour Nkechi,",
            "La Banque Sauvenière me demande de déplacer votre entretien de mercredi : la\n"
            "directrice juridique adjointe sera en comité ce jour-là. Il aurait lieu le vendredi\n"
            "12 juin à 10h00, même adresse, rue Royale 97.",
            "Pouvez-vous me dire si cela vous convient ?",
            "Merci et à bientôt,\nClaire Vernet\nCabinet Vernet Recrutement"),
    },
    # ================================================================ missed interviews
    {
        "slug": "pennine_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Pennine Lockhart", "contact": "r.dunmore@penninelockhart.example.co.uk",
        "frm": ("Rachel Dunmore", "r.dunmore@penninelockhart.example.co.uk"),
        "subject": "Telephone interview this morning",
        "date": "2026-03-03 11:24", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi",
            "I tried to call you at 11:00 as arranged for your telephone interview, but there was\n"
            "no answer and it went to voicemail. I tried again at 11:10 and left a message.",
            "I hope everything is OK. If you are still interested in the role, please let me know\n"
            "and I’ll see whether we can find another time this week.",
            "Kind regards\nRachel Dunmore\nHR Advisor, Pennine Lockhart"),
    },
    {
        "slug": "arrieta_missed", "kind": "missed_interview_notice", "lang": "es",
        "company": "Arrieta & Solano", "contact": "lferrandez@arrietasolano.example.es",
        "frm": ("Lucía Ferrández", "lferrandez@arrietasolano.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "No hemos podido conectar contigo",
        "date": "2026-03-10 16:52", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Te hemos estado esperando en la sala de Teams desde las 16:30, pero no te has\n"
            "conectado. Te he llamado también al móvil sin éxito.",
            "¿Ha pasado algo? Si sigues interesada, dímelo y veré si D. Javier tiene otro hueco\n"
            "la semana que viene.",
            "Un saludo,\nLucía Ferrández\nArrieta & Solano Abogados"),
    },
    {
        "slug": "clausewise_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Clausewise", "contact": "maya@clausewise.example.io",
        "frm": ("Maya Castell", "maya@clausewise.example.io"),
        "subject": "Missed you on Zoom",
        "date": "2026-03-17 15:25", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I was on the Zoom for our 3pm intro call and waited about 20 minutes, but it looks\n"
            "like we didn't manage to connect. Hope all is well!",
            "If you'd still like to chat, just reply and we'll find another time.",
            "Maya"),
    },
    {
        "slug": "lexibel_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Lexibel", "contact": "thibault@lexibel.example.be",
        "frm": ("Thibault Renard", "thibault@lexibel.example.be"),
        "subject": "On t'a attendue ce matin",
        "date": "2026-04-21 11:40", "form": "plain", "cte": "quoted-printable",
        "text": lines(
            "Hello Nkechi,",
            "Je t'ai attendue sur Google Meet à 11h pour notre échange, mais tu ne t'es pas\n"
            "connectée. Peut-être un souci de fuseau horaire (11h à Bruxelles = 10h à Leeds) ?",
            "Pas de souci, dis-moi si tu veux qu'on refixe un créneau.",
            "Thibault"),
    },
    {
        "slug": "halberd_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Halberd Insurance", "contact": "priya.nandakumar@halberd.example.co.uk",
        "frm": ("Halberd Insurance Careers", "halberdinsurance@talent.icims.com"),
        "reply_to": ("Priya Nandakumar", "priya.nandakumar@halberd.example.co.uk"),
        "subject": "We were unable to reach you for your scheduled phone screen",
        "date": "2026-04-23 14:48", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Halberd Insurance",
        "text": lines(
            "Dear Nkechi,",
            "Your recruiter, Priya Nandakumar, attempted to call you today at 3:30 PM for your\n"
            "scheduled phone screen for Contract Manager, Legal (2026-1187) but was unable to\n"
            "reach you.",
            "If you would like to rebook, please reply to this email within 5 working days.",
            "Halberd Insurance Talent Acquisition"),
    },
    {
        "slug": "contractbridge_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "ContractBridge", "contact": "sam.okafor@contractbridge.example.com",
        "frm": ("Sam Okafor", "sam.okafor@contractbridge.example.com"),
        "subject": "Missed you this morning",
        "date": "2026-04-28 10:31", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "I was on Google Meet from 10:00 for our video interview but you didn't join. I know\n"
            "these things happen, so I've held a new slot for you: Tuesday 5 May at 10:00, same\n"
            "link. Let me know if that works.",
            "Sam"),
    },
    {
        "slug": "vertragswerk_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Vertragswerk", "contact": "jonas@vertragswerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@vertragswerk.example.de"),
        "subject": "Wir haben dich heute vermisst",
        "date": "2026-05-12 10:35", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hi Nkechi,",
            "wir saßen heute um 10 Uhr im Teams-Call und haben eine gute Viertelstunde auf dich\n"
            "gewartet – leider ohne Erfolg. Vielleicht ist bei der Terminänderung etwas\n"
            "durchgerutscht?",
            "Gib mir einfach Bescheid, ob du noch Interesse hast.",
            "Viele Grüße\nJonas"),
    },
    {
        "slug": "justitia_taunus_missed", "kind": "missed_interview_notice", "lang": "de",
        "company": "Taunus Energie Netz", "contact": "t.reindl@justitia-personal.example.de",
        "frm": ("Tobias Reindl", "t.reindl@justitia-personal.example.de"),
        "subject": "Telefoninterview Taunus Energie Netz – Sie waren nicht erreichbar",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-05-13 14:41", "form": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": lines(
            "Hallo Frau Adeyemi-Ross,",
            "Herr Krämer von der Taunus Energie Netz hat mich eben angerufen: Er hat Sie um\n"
            "14:00 Uhr zweimal auf dem Handy zu erreichen versucht, aber niemanden erreicht.",
            "Ist etwas dazwischengekommen? Bitte melden Sie sich kurz bei mir, damit ich mit dem\n"
            "Kunden einen neuen Termin abstimmen kann.",
            "Beste Grüße\nTobias Reindl\nJustitia Personal GmbH\nTel. +49 69 2475 310"),
    },
    {
        "slug": "vanderstraeten_missed", "kind": "missed_interview_notice", "lang": "fr",
        "company": "Groupe Vanderstraeten", "contact": "nathalie.dewulf@vanderstraeten.example.be",
        "frm": ("Nathalie Dewulf", "nathalie.dewulf@vanderstraeten.example.be"),
        "subject": "Notre entretien téléphonique de ce matin",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-06-02 10:28", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Madame Adeyemi-Ross,",
            "J'ai tenté de vous joindre à 10h00 comme convenu pour notre entretien téléphonique,\n"
            "sans succès, et je vous ai laissé un message vocal.",
            "Si vous souhaitez toujours poursuivre, merci de me proposer deux ou trois créneaux\n"
            "cette semaine.",
            "Cordialement,\nNathalie Dewulf\nGroupe Vanderstraeten"),
    },
    {
        "slug": "stonegate_missed", "kind": "missed_interview_notice", "lang": "en",
        "company": "Stonegate Legal Services", "contact": "ben.achterberg@stonegatelegal.example.co.uk",
        "frm": ("Ben Achterberg", "ben.achterberg@stonegatelegal.example.co.uk"),
        "subject": "Tried to call you",
        "date": "2026-06-02 16:20", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "I rang at 16:00 for our rescheduled screening call (as we agreed on the phone last\n"
            "Thursday) but couldn't get through - straight to voicemail both times.",
            "Can you drop me a line with a couple of times that suit this week?",
            "Thanks,\nBen Achterberg\nStonegate Legal Services"),
    },
]
