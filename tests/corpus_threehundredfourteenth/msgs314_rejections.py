"""Corpus 314: rejections, from blunt to very soft, direct and relayed (hand-written specs)."""

from __future__ import annotations

from msgs314_common import DISCLAIMER_DE, DISCLAIMER_EN, DISCLAIMER_ES, lines

SPECS = [
    # ================================================================ English
    {
        "slug": "briefcase_ashworth_reject", "kind": "rejection", "lang": "en",
        "company": "Ashworth Kemble", "contact": "callum@briefcaselegal.example.co.uk",
        "frm": ("Callum Firth", "callum@briefcaselegal.example.co.uk"),
        "subject": "Re: Ashworth Kemble want to meet you!",
        "reply_of": "briefcase_ashworth_invite", "quote": True,
        "date": "2026-02-09 12:06", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "I've had feedback from Harriet at Ashworth Kemble. They really liked you and said\n"
            "your conveyancing experience came across well, but they've decided to go with a\n"
            "candidate who has already run a legal ops function, so it's a no this time I'm\n"
            "afraid.",
            "Don't be disheartened - it was close, and I've got a couple of other roles I want to\n"
            "talk to you about. Free for a call on Wednesday?",
            "Callum"),
    },
    {
        "slug": "balfour_reject", "kind": "rejection", "lang": "en",
        "company": "Balfour Ruthven", "contact": "",
        "frm": ("Balfour Ruthven", "no-reply@hire.lever.co"),
        "subject": "Your application to Balfour Ruthven",
        "date": "2026-02-10 16:31", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Balfour Ruthven",
        "text": lines(
            "Hi Nkechi,",
            "Thank you for taking the time to apply for the Matter Management Analyst role at\n"
            "Balfour Ruthven.",
            "We received a large number of strong applications, and after careful consideration\n"
            "we have decided to move forward with candidates whose experience more closely\n"
            "matches the requirements of this role.",
            "We appreciate your interest in the firm and wish you every success in your search.",
            "Best,\nThe Balfour Ruthven Talent Team"),
    },
    {
        "slug": "craigleith_reject", "kind": "rejection", "lang": "en",
        "company": "Craigleith University", "contact": "",
        "frm": ("Craigleith University Recruitment", "craigleith@taleo.net"),
        "subject": "Contracts Officer (Research & Innovation) - Job ID 26-0114",
        "date": "2026-02-20 10:44", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for your interest in the position of Contracts Officer (Research &\n"
            "Innovation) at Craigleith University.",
            "The selection panel has now completed shortlisting. We regret to inform you that\n"
            "you have not been shortlisted for interview on this occasion.",
            "We would encourage you to continue to look at our vacancies and wish you well for\n"
            "the future.",
            "Human Resources\nCraigleith University"),
    },
    {
        "slug": "hallamgate_reject", "kind": "rejection", "lang": "en",
        "company": "Hallamgate University", "contact": "",
        "frm": ("Hallamgate University HR", "no-reply@hallamgate.example.ac.uk"),
        "subject": "Legal Services Coordinator (HGU0417) - outcome",
        "date": "2026-03-04 09:05", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Ms Adeyemi-Ross",
            "Thank you for your recent application for the post of Legal Services Coordinator in\n"
            "the Office of the University Solicitor.",
            "We are writing to let you know that the post has now been filled, and we are\n"
            "therefore unable to take your application further.",
            "Thank you for your interest in working at Hallamgate University.",
            "Yours sincerely\nHuman Resources"),
    },
    {
        "slug": "pennine_reject", "kind": "rejection", "lang": "en",
        "company": "Pennine Lockhart", "contact": "r.dunmore@penninelockhart.example.co.uk",
        "frm": ("Rachel Dunmore", "r.dunmore@penninelockhart.example.co.uk"),
        "subject": "Legal Operations Executive - update",
        "date": "2026-03-20 14:02", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi",
            "Thank you for getting back to me and for your patience over the last few weeks.",
            "I wanted to let you know that we have now filled the Legal Operations Executive\n"
            "position with an internal candidate from our Leeds office, so we won’t be taking\n"
            "the process any further.",
            "I’m sorry this is disappointing news. I’d be happy to keep your CV on file for\n"
            "future vacancies if you’d like.",
            "Kind regards\nRachel Dunmore\nHR Advisor\nPennine Lockhart LLP", DISCLAIMER_EN),
    },
    {
        "slug": "clausewise_reject", "kind": "rejection", "lang": "en",
        "company": "Clausewise", "contact": "maya@clausewise.example.io",
        "frm": ("Maya Castell", "maya@clausewise.example.io"),
        "subject": "Re: Sorry about today",
        "reply_of": "clausewise_invite2", "quote": True,
        "date": "2026-04-14 17:20", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thank you again for your time with Dev and me, and for the take-home task - the\n"
            "intake form you designed was really thoughtful.",
            "It was a tough decision, but we've decided not to move forward with your\n"
            "application. We're at a stage where we need someone who has already implemented a\n"
            "CLM tool end to end, and the other finalist had that.",
            "I'd genuinely love to stay in touch as we grow.",
            "All the best,\nMaya"),
    },
    {
        "slug": "orme_reject", "kind": "rejection", "lang": "en",
        "company": "Orme Castellan", "contact": "tom.harker@ormecastellan.example.com",
        "frm": ("Tom Harker via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Tom Harker", "tom.harker@ormecastellan.example.com"),
        "subject": "Update on the Legal Operations Coordinator role",
        "date": "2026-05-05 11:15", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I promised you new dates, and I'm sorry that instead I have to share some\n"
            "disappointing news. Following a review of the London business services budget, the\n"
            "Legal Operations Coordinator role has been put on hold indefinitely, so we will not\n"
            "be proceeding with your application.",
            "This has nothing to do with your candidacy. If the role is reopened I'll let you\n"
            "know personally.",
            "Best regards,\nTom Harker\nSenior Recruiter, Orme Castellan"),
    },
    {
        "slug": "halberd_reject", "kind": "rejection", "lang": "en",
        "company": "Halberd Insurance", "contact": "",
        "frm": ("Halberd Insurance Careers", "halberdinsurance@talent.icims.com"),
        "subject": "Halberd Insurance: Your application for Contract Manager, Legal (2026-1187)",
        "date": "2026-05-06 19:02", "tz": "-0400", "form": "html", "cte": "base64",
        "brand": "Halberd Insurance",
        "text": lines(
            "Dear Nkechi Adeyemi-Ross,",
            "Thank you for your interest in the Contract Manager, Legal position at Halberd\n"
            "Insurance. After reviewing your application, we have decided to pursue other\n"
            "candidates at this time.",
            "Your profile will remain in our talent community and we encourage you to apply for\n"
            "future openings that match your skills.",
            "Sincerely,\nHalberd Insurance Talent Acquisition"),
    },
    {
        "slug": "donvalley_reject", "kind": "rejection", "lang": "en",
        "company": "Don Valley Homes", "contact": "leanne.pryce@donvalleyhomes.example.org.uk",
        "frm": ("Leanne Pryce", "leanne.pryce@donvalleyhomes.example.org.uk"),
        "subject": "Contracts & Procurement Officer - assessment centre outcome",
        "date": "2026-05-08 15:10", "form": "alt", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for attending our assessment centre last week. The panel were impressed by\n"
            "your contract review exercise and your contribution to the group discussion.",
            "Unfortunately, on this occasion you have not been successful. The panel felt that\n"
            "another candidate’s public-sector procurement experience (PCR 2015 and the new\n"
            "Procurement Act) was a closer fit for the role.",
            "If you would like detailed feedback, I’d be happy to arrange a call.",
            "Kind regards,\nLeanne Pryce\nRecruitment Officer\nDon Valley Homes"),
    },
    {
        "slug": "kirkgate_reject", "kind": "rejection", "lang": "en",
        "company": "Kirkgate Conveyancing", "contact": "dawn@kirkgateconveyancing.example.co.uk",
        "frm": ("Dawn Ibbotson", "dawn@kirkgateconveyancing.example.co.uk"),
        "subject": "After your trial day",
        "date": "2026-05-12 17:55", "form": "plain", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "Thank you so much for last Wednesday - the completions team loved having you, and\n"
            "your notes on our file-closing checklist are already in use!",
            "It's been a really hard call, but we've offered the role to someone who can start\n"
            "straight away, as our current compliance lead leaves at the end of May. I'm sorry\n"
            "it isn't better news.",
            "Your payment for the trial day will go through on Friday.",
            "Warm wishes,\nDawn"),
    },
    {
        "slug": "contractbridge_reject", "kind": "rejection", "lang": "en",
        "company": "ContractBridge", "contact": "",
        "frm": ("ContractBridge", "noreply@workablemail.com"),
        "subject": "Update on your application for Contract Analyst (Legal Ops)",
        "date": "2026-05-20 12:00", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "We are writing to let you know that ContractBridge has suspended the recruitment\n"
            "process for Contract Analyst (Legal Ops) following the loss of a major client\n"
            "contract. As a result we are closing all open applications for this role.",
            "We're sorry for any disappointment and thank you for the time you invested in our\n"
            "process.",
            "The ContractBridge Hiring Team"),
    },
    {
        "slug": "airevalley_reject", "kind": "rejection", "lang": "en",
        "company": "Aire Valley Water", "contact": "janet.moorhouse@airevalleywater.example.co.uk",
        "frm": ("Janet Moorhouse", "janet.moorhouse@airevalleywater.example.co.uk"),
        "subject": "Commercial Contracts Assistant",
        "date": "2026-06-01 10:20", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for your interest in the Commercial Contracts Assistant role at Aire Valley\n"
            "Water.",
            "I’m sorry to let you know that you haven’t been shortlisted for interview. We\n"
            "received over 140 applications and the panel has had to make some very difficult\n"
            "choices.",
            "Best regards,\nJanet Moorhouse\nHR Business Partner, Aire Valley Water", DISCLAIMER_EN),
    },
    {
        "slug": "hollowaydunn_reject", "kind": "rejection", "lang": "en",
        "company": "Holloway & Dunn", "contact": "imogen@hollowaydunn.example.com",
        "frm": ("Imogen Holloway", "imogen@hollowaydunn.example.com"),
        "subject": "Feedback from my client",
        "date": "2026-06-02 08:40", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hi Nkechi,",
            "I've now heard back from the General Counsel. She enjoyed your conversation, but\n"
            "the firm has decided to proceed with another candidate who is already based in\n"
            "London, given how much of the role is on site.",
            "I know that's frustrating after the time you've put in. Let's keep talking - I have\n"
            "a couple of northern in-house mandates coming up in the autumn.",
            "Best,\nImogen\nHolloway & Dunn Legal Search"),
    },
    {
        "slug": "stonegate_reject", "kind": "rejection", "lang": "en",
        "company": "Stonegate Legal Services", "contact": "ben.achterberg@stonegatelegal.example.co.uk",
        "frm": ("Ben Achterberg", "ben.achterberg@stonegatelegal.example.co.uk"),
        "subject": "Contract Management Consultant",
        "date": "2026-06-16 09:12", "form": "plain", "cte": "7bit",
        "text": lines(
            "Hi Nkechi,",
            "Thanks for speaking with me last week. Having reviewed all the screening calls, we\n"
            "won't be taking your application to the next stage - the client-facing side of this\n"
            "role needs more direct experience of managing outsourced contract portfolios.",
            "We'll keep your details on file and I'd be glad to hear from you again in future.",
            "Kind regards,\nBen Achterberg\nTalent Lead, Stonegate Legal Services"),
    },
    {
        "slug": "brightwater_reject", "kind": "rejection", "lang": "en",
        "company": "Brightwater Energy", "contact": "",
        "frm": ("Brightwater Energy", "noreply@smartrecruiters.com"),
        "subject": "Brightwater Energy - Contracts Manager (Legal) application",
        "date": "2026-09-15 13:33", "tz": "utc", "form": "alt", "cte": "base64",
        "text": lines(
            "Dear Nkechi,",
            "Thank you for applying for the Contracts Manager (Legal) vacancy in Manchester and\n"
            "for your patience while we reviewed applications.",
            "Unfortunately we will not be progressing your application further. Due to the\n"
            "volume of applications we are not able to provide individual feedback.",
            "We wish you the very best in your career.",
            "Brightwater Energy Talent Team"),
    },
    # ================================================================ German
    {
        "slug": "kessler_reject", "kind": "rejection", "lang": "de",
        "company": "Kessler Brandt", "contact": "s.lorenz@kessler-brandt.example.de",
        "frm": ("Sabine Lorenz", "s.lorenz@kessler-brandt.example.de"),
        "subject": "Ihre Bewerbung als Legal Operations Manager (m/w/d)",
        "date": "2026-02-24 13:15", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Sehr geehrte Frau Adeyemi-Ross,",
            "nochmals vielen Dank für das angenehme Gespräch am 12. Februar und Ihr Interesse an\n"
            "unserer Kanzlei.",
            "Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, die bereits\n"
            "Erfahrung mit deutschen Kanzleisoftware-Systemen mitbringt. Wir bedauern, Ihnen\n"
            "keine positivere Nachricht geben zu können.",
            "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.",
            "Mit freundlichen Grüßen\nSabine Lorenz\nHR Managerin\nKessler Brandt Rechtsanwälte\n"
            "Bockenheimer Landstraße 51, 60325 Frankfurt am Main", DISCLAIMER_DE),
    },
    {
        "slug": "falkenried_reject", "kind": "rejection", "lang": "de",
        "company": "Falkenried Versicherung", "contact": "",
        "frm": ("Falkenried Versicherung", "noreply@softgarden.io"),
        "subject": "Ihre Bewerbung: Vertragsmanager/in Einkauf (Legal)",
        "date": "2026-03-03 08:20", "form": "html", "charset": "iso-8859-1",
        "cte": "quoted-printable", "brand": "Falkenried Versicherung",
        "text": lines(
            "Guten Tag Frau Adeyemi-Ross,",
            "vielen Dank für Ihre Bewerbung und die Zeit, die Sie sich dafür genommen haben.",
            "Leider müssen wir Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren\n"
            "Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Wertung\n"
            "Ihrer Qualifikation.",
            "Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.",
            "Freundliche Grüße\nPersonalmarketing & Recruiting\nFalkenried Versicherung"),
    },
    {
        "slug": "vertragswerk_reject", "kind": "rejection", "lang": "de",
        "company": "Vertragswerk", "contact": "jonas@vertragswerk.example.de",
        "frm": ("Jonas Albrecht", "jonas@vertragswerk.example.de"),
        "subject": "Re: Wir haben dich heute vermisst",
        "reply_of": "vertragswerk_missed", "quote": True,
        "date": "2026-05-26 18:02", "form": "plain", "charset": "utf-8", "cte": "8bit",
        "text": lines(
            "Hi Nkechi,",
            "danke, dass wir das Gespräch letzte Woche doch noch nachholen konnten, und danke\n"
            "für deine Offenheit.",
            "Wir haben lange überlegt, uns aber am Ende für eine Kandidatin entschieden, die schon\n"
            "in Frankfurt lebt und sofort vor Ort starten kann. Für uns als kleines Team ist das\n"
            "gerade entscheidend.",
            "Ich wünsche dir ganz viel Erfolg und melde mich, falls sich bei uns etwas Neues\n"
            "ergibt.",
            "Viele Grüße\nJonas"),
    },
    {
        "slug": "justitia_taunus_reject", "kind": "rejection", "lang": "de",
        "company": "Taunus Energie Netz", "contact": "t.reindl@justitia-personal.example.de",
        "frm": ("Tobias Reindl", "t.reindl@justitia-personal.example.de"),
        "subject": "Rückmeldung Taunus Energie Netz",
        "subj_enc": ("q", "utf-8"),
        "date": "2026-06-03 10:45", "form": "plain", "charset": "utf-8", "cte": "quoted-printable",
        "text": lines(
            "Hallo Frau Adeyemi-Ross,",
            "leider habe ich keine guten Nachrichten von der Taunus Energie Netz: Die Stelle im\n"
            "Vertragsmanagement wurde inzwischen intern besetzt, ein Kollege aus dem Einkauf\n"
            "wechselt in das Team. Der Prozess ist damit für alle externen Kandidaten beendet.",
            "Herr Krämer hat sich ausdrücklich für das nachgeholte Telefonat bedankt.",
            "Beste Grüße\nTobias Reindl\nJustitia Personal GmbH"),
    },
    {
        "slug": "justitia_unnamed_reject", "kind": "rejection", "lang": "de",
        "company": "Justitia Personal", "contact": "t.reindl@justitia-personal.example.de",
        "frm": ("Tobias Reindl", "t.reindl@justitia-personal.example.de"),
        "subject": "Ihr Profil bei meinem Mandanten (Chemie, Rhein-Main)",
        "date": "2026-08-18 15:10", "form": "alt", "charset": "utf-8", "cte": "quoted-printable",
        "text": lines(
            "Hallo Frau Adeyemi-Ross,",
            "der Vollständigkeit halber: Mein Mandant aus der chemischen Industrie, bei dem ich\n"
            "Sie im Juni vorgestellt hatte, hat sich nun zurückgemeldet und sich gegen eine\n"
            "weitere Berücksichtigung Ihrer Bewerbung entschieden – gesucht wird jemand mit\n"
            "deutschem Syndikusrechtsanwalt-Hintergrund.",
            "Da Sie inzwischen ohnehin eine neue Stelle antreten, sollte das kein Beinbruch sein.\n"
            "Alles Gute für den Start!",
            "Beste Grüße\nTobias Reindl\nJustitia Personal GmbH"),
    },
    # ================================================================ French
    {
        "slug": "dumont_reject", "kind": "rejection", "lang": "fr",
        "company": "Dumont Lefèvre", "contact": "e.marchal@dumontlefevre.example.be",
        "frm": ("Élodie Marchal", "e.marchal@dumontlefevre.example.be"),
        "name_enc": ("q", "windows-1252"),
        "subject": "RE: Convocation à un entretien – report",
        "subj_enc": ("q", "windows-1252"),
        "reply_of": "dumont_resched", "quote": True,
        "date": "2026-03-16 17:05", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame,",
            "Nous vous remercions pour l'entretien du 2 mars et pour l'intérêt que vous portez à\n"
            "notre cabinet.",
            "Après mûre réflexion, nous sommes au regret de vous informer que nous ne donnerons pas\n"
            "une suite favorable à votre candidature. Nous avons retenu un profil disposant d'une\n"
            "expérience plus longue du droit belge.",
            "Nous vous souhaitons plein succès dans vos recherches.",
            "Élodie Marchal\nResponsable RH – Dumont Lefèvre Avocats"),
    },
    {
        "slug": "lexibel_reject", "kind": "rejection", "lang": "fr",
        "company": "Lexibel", "contact": "",
        "frm": ("Lexibel", "noreply@recruitee.com"),
        "subject": "Ta candidature chez Lexibel",
        "date": "2026-05-04 09:00", "tz": "utc", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Nkechi,",
            "Merci pour le temps que tu as consacré à notre processus de recrutement pour le poste\n"
            "de Legal Ops Specialist.",
            "Après réflexion, nous avons décidé de ne pas poursuivre avec ta candidature. Nous\n"
            "avons reçu de nombreux profils très intéressants et le choix a été difficile.",
            "Nous te souhaitons le meilleur pour la suite !",
            "L'équipe Lexibel"),
    },
    {
        "slug": "sambre_reject", "kind": "rejection", "lang": "fr",
        "company": "Énergies Sambre", "contact": "margaux.lejeune@energies-sambre.example.be",
        "frm": ("Margaux Lejeune", "margaux.lejeune@energies-sambre.example.be"),
        "subject": "Gestionnaire de contrats (réf. ES-2026-041) – suite de la procédure",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-06-12 14:30", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Madame Adeyemi-Ross,",
            "Nous vous remercions pour votre participation à notre centre d’évaluation du 29 mai.",
            "À la suite d’une réorganisation de notre direction juridique, le poste de\n"
            "gestionnaire de contrats a été supprimé. Nous ne sommes donc malheureusement pas en\n"
            "mesure de donner suite à votre candidature.",
            "Nous vous prions d’agréer, Madame, nos salutations distinguées.",
            "Margaux Lejeune\nChargée de recrutement – Énergies Sambre"),
    },
    {
        "slug": "vanderstraeten_reject", "kind": "rejection", "lang": "fr",
        "company": "Groupe Vanderstraeten", "contact": "nathalie.dewulf@vanderstraeten.example.be",
        "frm": ("Nathalie Dewulf", "nathalie.dewulf@vanderstraeten.example.be"),
        "subject": "Votre candidature – Contract Manager Outsourcing",
        "subj_enc": ("b", "utf-8"),
        "date": "2026-06-22 11:18", "form": "alt", "cte": "base64",
        "text": lines(
            "Bonjour Madame Adeyemi-Ross,",
            "Merci pour notre échange téléphonique de la semaine dernière.",
            "Nous avons le regret de vous informer que nous avons finalement retenu une autre\n"
            "candidature, plus proche des exigences du poste, notamment pour la maîtrise du\n"
            "néerlandais.",
            "Nous conservons votre CV dans notre base et ne manquerons pas de revenir vers vous si\n"
            "une opportunité correspondant à votre profil se présente.",
            "Cordialement,\nNathalie Dewulf\nGroupe Vanderstraeten"),
    },
    {
        "slug": "vernet_sauveniere_reject", "kind": "rejection", "lang": "fr",
        "company": "Banque Sauvenière", "contact": "claire@vernet-recrutement.example.be",
        "frm": ("Claire Vernet", "claire@vernet-recrutement.example.be"),
        "subject": "Retour de la Banque Sauvenière",
        "date": "2026-06-24 18:30", "form": "plain", "charset": "iso-8859-1", "cte": "8bit",
        "text": lines(
            "Bonjour Nkechi,",
            "J'ai eu ce matin le retour de la Banque Sauvenière après votre entretien du 12 juin.\n"
            "Elles ont beaucoup apprécié votre rigueur, mais ont choisi de poursuivre avec une\n"
            "candidate ayant déjà travaillé dans le secteur bancaire.",
            "Je suis désolée de ne pas vous apporter une meilleure nouvelle. Je reste bien sûr à\n"
            "votre disposition pour d'autres missions.",
            "Bien à vous,\nClaire Vernet\nCabinet Vernet Recrutement"),
    },
    {
        "slug": "vernet_unnamed_reject", "kind": "rejection", "lang": "fr",
        "company": "Cabinet Vernet Recrutement", "contact": "claire@vernet-recrutement.example.be",
        "frm": ("Claire Vernet", "claire@vernet-recrutement.example.be"),
        "subject": "Mission juriste contrats – retour client",
        "date": "2026-09-10 10:04", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Bonjour Nkechi,",
            "Je reviens vers vous concernant la mission de juriste contrats pour mon client du\n"
            "secteur pharmaceutique (dont je ne peux toujours pas citer le nom).",
            "Le client a décidé de ne pas retenir votre candidature : il privilégie finalement\n"
            "un profil avec une expérience en droit des marchés publics belges.",
            "Merci encore pour votre confiance,\nClaire Vernet\nCabinet Vernet Recrutement"),
    },
    # ================================================================ Spanish
    {
        "slug": "arrieta_reject", "kind": "rejection", "lang": "es",
        "company": "Arrieta & Solano", "contact": "lferrandez@arrietasolano.example.es",
        "frm": ("Lucía Ferrández", "lferrandez@arrietasolano.example.es"),
        "name_enc": ("q", "iso-8859-1"),
        "subject": "Proceso de selección Legal Operations Specialist",
        "date": "2026-04-01 13:45", "form": "plain", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Estimada Nkechi:",
            "Gracias por la entrevista que finalmente pudimos celebrar la semana pasada.",
            "Lamentamos comunicarte que hemos decidido continuar el proceso con otros candidatos\n"
            "cuyo perfil se ajusta más a lo que buscamos en este momento, especialmente en\n"
            "derecho español.",
            "Te deseamos mucha suerte en tu búsqueda.",
            "Un cordial saludo,\nLucía Ferrández\nResponsable de Selección\nArrieta & Solano Abogados",
            DISCLAIMER_ES),
    },
    {
        "slug": "pactum_reject", "kind": "rejection", "lang": "es",
        "company": "Pactum", "contact": "ibeltran@pactum.example.es",
        "frm": ("Iñaki Beltrán", "ibeltran@pactum.example.es"),
        "name_enc": ("b", "utf-8"),
        "subject": "Novedades sobre la vacante de Contract Manager",
        "date": "2026-04-07 10:30", "form": "alt", "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Te escribo con una noticia que no es la que esperábamos. Tras la entrevista del 23 de\n"
            "marzo, la dirección ha decidido congelar la vacante de Contract Manager bilingüe\n"
            "hasta el año que viene, por lo que no vamos a continuar con el proceso.",
            "Siento mucho no poder darte mejores noticias; si la posición se reabre, te lo haré\n"
            "saber.",
            "Un saludo,\nIñaki Beltrán\nPactum Gestión de Contratos"),
    },
    {
        "slug": "contratia_reject", "kind": "rejection", "lang": "es",
        "company": "Contratia", "contact": "",
        "frm": ("Contratia", "no-reply@teamtailor-mail.com"),
        "subject": "Tu candidatura en Contratia",
        "date": "2026-05-20 16:45", "tz": "utc", "form": "html", "cte": "quoted-printable",
        "brand": "Contratia",
        "text": lines(
            "Hola Nkechi:",
            "Gracias de verdad por el tiempo que has dedicado a conocernos.",
            "Después de valorar todas las candidaturas, hemos decidido seguir adelante con otra\n"
            "persona para el puesto de Legal Operations Lead.",
            "Te deseamos lo mejor,\nEl equipo de Contratia"),
    },
    {
        "slug": "talento_unnamed_reject", "kind": "rejection", "lang": "es",
        "company": "Talento Jurídico", "contact": "alvaro@talentojuridico.example.es",
        "frm": ("Álvaro Peñalver", "alvaro@talentojuridico.example.es"),
        "name_enc": ("b", "windows-1252"),
        "subject": "Respuesta de mi cliente (sector asegurador)",
        "subj_enc": ("q", "windows-1252"),
        "date": "2026-07-20 12:05", "form": "plain", "charset": "windows-1252",
        "cte": "quoted-printable",
        "text": lines(
            "Hola Nkechi:",
            "Te cuento: la aseguradora para la que te presenté en junio (todavía no puedo darte\n"
            "el nombre) me ha confirmado que no va a seguir adelante con tu candidatura. Buscan a\n"
            "alguien con colegiación en España.",
            "Una pena, porque tu perfil me parecía muy bueno. Seguimos en contacto.",
            "Un abrazo,\nÁlvaro\nTalento Jurídico"),
    },
    {
        "slug": "meseta_reject", "kind": "rejection", "lang": "es",
        "company": "Energía Meseta", "contact": "",
        "frm": ("Energía Meseta", "energiameseta@myworkday.com"),
        "subject": "Actualización de tu candidatura (R-2291)",
        "subj_enc": ("q", "iso-8859-1"),
        "date": "2026-09-22 07:15", "tz": "utc", "form": "alt", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": lines(
            "Estimada Nkechi:",
            "Gracias por tu interés en la vacante Técnico/a de Gestión Contractual (R-2291).",
            "Tras revisar detenidamente tu candidatura, lamentamos informarte de que no has sido\n"
            "seleccionada para continuar en el proceso.",
            "Te animamos a seguir consultando nuestras ofertas.",
            "Atentamente,\nSelección y Desarrollo de Talento\nEnergía Meseta"),
    },
]
