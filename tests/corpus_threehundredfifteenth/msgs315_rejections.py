"""Rejections (31): every kind of "no", from HR people, ATS systems, agencies and head-hunters."""

from __future__ import annotations

MESSAGES: list[dict] = [
    # ---------------------------------------------------------------- German
    {
        "id": "zs_rej", "kind": "rejection", "lang": "de", "company": "Zillertaler Sennerei",
        "contact": "hannes.rieder@zillertaler-sennerei.example.at",
        "date": "2026-01-30 11:42 +0100",
        "frm": ("Hannes Rieder", "hannes.rieder@zillertaler-sennerei.example.at"),
        "subject": "Ihre Bewerbung als Mitarbeiter Qualitätssicherung",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Sehr geehrter Herr Oberholzer,

danke für Ihr Interesse an unserer Sennerei und die Unterlagen, die Sie uns
Mitte Jänner geschickt haben.

Wir haben lange überlegt, uns am Ende aber für eine Bewerberin entschieden,
die bereits mehrere Jahre in einer Käserei in der Qualitätssicherung tätig war.
Ihre Erfahrung in der Küche schätzen wir sehr, für diese Stelle war sie aber
leider nicht ausschlaggebend.

Ich wünsche Ihnen für Ihren Wechsel in die QS alles Gute und viel Erfolg.

Freundliche Grüße aus dem Zillertal
Hannes Rieder
Betriebsleitung
Zillertaler Sennerei
Dorfstraße 14, 6280 Zell am Ziller
""",
    },
    {
        "id": "ak_rej", "kind": "rejection", "lang": "de", "company": "Alpenkost Handel",
        "contact": "", "date": "2026-02-17 07:05 +0000",
        "frm": ("Alpenkost Handel Karriere", "alpenkost@taleo.net"),
        "subject": "Ihre Bewerbung: Qualitätsmanager/in Lebensmittel (Req. 26-0114)",
        "html": True, "brand": "Alpenkost Karriere", "colour": "#b22222",
        "footer": "Alpenkost Handel GmbH · Zentrale Wals-Siezenheim · Diese Nachricht wurde "
                  "automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.",
        "text": """\
Guten Tag Matthias Oberholzer,

vielen Dank für Ihre Bewerbung als Qualitätsmanager/in Lebensmittel
(Req. 26-0114) und das Interesse an Alpenkost.

Nach sorgfältiger Prüfung aller Unterlagen müssen wir Ihnen leider mitteilen,
dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht berücksichtigen
können. Diese Entscheidung ist keine Bewertung Ihrer Person.

Gerne speichern wir Ihr Profil in unserem Talentpool, sofern Sie dem im
Bewerberportal zustimmen.

Mit freundlichen Grüßen
Ihr Recruiting-Team von Alpenkost
""",
    },
    {
        "id": "fp_rej_bergbaeck", "kind": "rejection", "lang": "de", "company": "Bergbäck",
        "contact": "markus.pichler@flexpersonal.example.at",
        "date": "2026-02-25 16:20 +0100",
        "frm": ("Markus Pichler", "markus.pichler@flexpersonal.example.at"),
        "subject": "Rückmeldung Bergbäck",
        "parent": "fp_inv_bergbaeck", "quote": "de",
        "text": """\
Servus Herr Oberholzer,

ich hab heute Mittag mit Frau Haas von Bergbäck telefoniert. Sie war vom
Gespräch angetan, hat sich aber für einen Kandidaten entschieden, der schon
aus einer Großbäckerei kommt und die IFS-Audits dort betreut hat. Für Sie
ist die Stelle damit leider vom Tisch.

Ich melde mich, sobald ich etwas Passendes für Sie habe - es kommen gerade
einige Anfragen aus der Lebensmittelproduktion rein.

Beste Grüße
Markus Pichler
Personalberatung
FlexPersonal Tirol | Südtiroler Platz 6 | 6020 Innsbruck
T +43 512 300 44 17
""",
    },
    {
        "id": "bw_rej", "kind": "rejection", "lang": "de", "company": "Brotwerk Linz",
        "contact": "s.wimmer@brotwerk-linz.example.at",
        "date": "2026-03-11 14:03 +0100",
        "frm": ("Sandra Wimmer – Brotwerk Linz", "s.wimmer@brotwerk-linz.example.at"),
        "name_enc": ("q", "windows-1252"),
        "subject": "Absage – Hygiene- und Qualitätsbeauftragte/r",
        "subj_enc": ("q", "windows-1252"),
        "charset": "windows-1252", "html_only": True, "html_cte": "quoted-printable",
        "html": """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="font-family:Calibri,sans-serif">
<p>Sehr geehrter Herr Oberholzer,</p>
<p>herzlichen Dank für Ihre Bewerbung als „Hygiene- und Qualitätsbeauftragte/r“ in
unserer Backstube in Linz-Urfahr.</p>
<p>Wir haben sehr viele Zuschriften erhalten. Leider können wir Sie bei der
Besetzung dieser Stelle nicht berücksichtigen, da wir uns für Kandidatinnen und
Kandidaten entschieden haben, deren Erfahrung in der industriellen Backwarenproduktion
unserem Anforderungsprofil näher kommt.</p>
<p>Ihre Unterlagen werden gemäß DSGVO nach sechs Monaten gelöscht.</p>
<p>Mit freundlichen Grüßen<br>
Sandra Wimmer<br>
Personalabteilung – Brotwerk Linz<br>
Hafenstraße 31 · 4020 Linz · Tel. +43 732 77 18 20</p>
</body></html>
""",
        "text": "",
    },
    {
        "id": "gr_rej", "kind": "rejection", "lang": "de", "company": "Gruber Fleischwaren",
        "contact": "t.lindner@gruber-fleisch.example.de",
        "date": "2026-03-20 10:31 +0100",
        "frm": ("Lindner, Theresa", "t.lindner@gruber-fleisch.example.de"),
        "subject": "AW: Verschiebung Telefoninterview QS-Leitung Schlachtung",
        "parent": "gr_cancel", "quote": "outlook_de", "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

wie angekündigt melde ich mich nochmals bei Ihnen. Leider nicht mit der
Nachricht, die Sie sich erhofft haben: Die Position der QS-Leitung
Schlachtung wurde inzwischen intern mit einem langjährigen Mitarbeiter aus
unserem Zerlegebetrieb besetzt. Das Telefoninterview wird daher nicht mehr
stattfinden und wir schließen das Verfahren für Sie ab.

Wir bedauern das sehr und danken Ihnen für Ihre Geduld.

Mit freundlichen Grüßen

Theresa Lindner
Personalreferentin
Gruber Fleischwaren GmbH & Co. KG
Schlachthofstraße 9, 81369 München
Tel. +49 89 7601 2240

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet.
""",
    },
    {
        "id": "bm_rej", "kind": "rejection", "lang": "de", "company": "Backhaus Mair",
        "contact": "jasmin.leitgeb@backhaus-mair.example.at",
        "date": "2026-04-14 09:12 +0200",
        "frm": ("Jasmin Leitgeb", "jasmin.leitgeb@backhaus-mair.example.at"),
        "subject": "Re: Neuer Termin für unser Videogespräch",
        "parent": "bm_inv2", "quote": "de", "cte": "base64",
        "text": """\
Hallo Herr Oberholzer,

noch einmal danke für das offene Gespräch am 31. März und dass Sie sich
so kurzfristig Zeit genommen haben.

Wir haben uns die Entscheidung nicht leicht gemacht. Am Ende haben wir die
Stelle als Qualitätsbeauftragter für unsere Filialen an eine Kollegin
vergeben, die bereits ein Hygienemanagement für mehrere Standorte
aufgebaut hat. Wir können Ihnen daher leider keine Zusage geben.

Alles Gute für Ihren weiteren Weg!

Jasmin Leitgeb
HR Business Partnerin | Backhaus Mair
Ignaz-Harrer-Straße 50, 5020 Salzburg
""",
    },
    {
        "id": "ic_rej", "kind": "rejection", "lang": "de", "company": "Isar Catering Gruppe",
        "contact": "", "date": "2026-04-20 06:48 -0700",
        "frm": ("Isar Catering Gruppe", "isarcatering@myworkday.com"),
        "subject": "Update zu Ihrer Bewerbung – Qualitätsmanager Hygiene (m/w/d)",
        "subj_enc": ("b", "utf-8"),
        "html": True, "brand": "Isar Catering Gruppe", "colour": "#003b6f",
        "footer": "Bitte antworten Sie nicht auf diese automatisch generierte E-Mail. "
                  "Datenschutz: karriere.isar-catering.example.de/datenschutz",
        "text": """\
Hallo Matthias,

vielen Dank für Ihr Interesse an der Position Qualitätsmanager Hygiene
(m/w/d) bei der Isar Catering Gruppe.

Wir haben uns Ihre Bewerbung genau angesehen. Derzeit werden wir jedoch mit
anderen Bewerberinnen und Bewerbern fortfahren, deren Qualifikationen besser
zu den Anforderungen der Position passen.

Bitte werfen Sie weiterhin einen Blick auf unsere Karriereseite - wir würden
uns über eine erneute Bewerbung freuen.

Beste Grüße
Talent Acquisition | Isar Catering Gruppe
""",
    },
    {
        "id": "st_rej", "kind": "rejection", "lang": "de", "company": "Salzach Feinkost",
        "contact": "a.steiner@steiner-search.example.at",
        "date": "2026-05-28 18:02 +0200",
        "frm": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
        "subject": "Salzach Feinkost – Rückmeldung des Klienten",
        "subj_enc": ("q", "utf-8"),
        "text": """\
Lieber Herr Oberholzer,

leider habe ich keine guten Nachrichten. Die Geschäftsführung von Salzach
Feinkost hat sich nach den Zweitgesprächen für einen anderen Kandidaten
entschieden. Ich leite Ihnen die Nachricht von Frau Brandstätter unten
weiter, damit Sie die Begründung aus erster Hand haben.

Ich halte Sie selbstverständlich für weitere Mandate im Bereich
Qualitätsmanagement auf dem Radar.

Herzliche Grüße
Andreas Steiner

Dr. Andreas Steiner
Geschäftsführender Partner
Steiner Executive Search | Getreidegasse 21 | 5020 Salzburg
""",
        "fwd": {
            "id": "st_rej_inner", "date": "2026-05-28 15:40 +0200",
            "frm": ("Elisabeth Brandstätter", "e.brandstaetter@salzach-feinkost.example.at"),
            "to": ("Dr. Andreas Steiner", "a.steiner@steiner-search.example.at"),
            "subject": "Kandidat Oberholzer",
            "text": """\
Lieber Andreas,

danke für die Vorstellung von Herrn Oberholzer. Fachlich und menschlich
hat er uns gut gefallen, für die Leitung der QS fehlt uns aber die
Erfahrung mit Lieferantenaudits. Wir gehen mit Herrn K. weiter.

Bitte richte ihm unseren Dank aus.

Liebe Grüße
Elisabeth
""",
        },
    },
    {
        "id": "go_rej", "kind": "rejection", "lang": "de", "company": "Gewürzhaus Ostschweiz",
        "contact": "reto.ammann@gewuerzhaus-ost.example.ch",
        "date": "2026-06-10 08:55 +0200",
        "frm": ("Reto Ammann", "reto.ammann@gewuerzhaus-ost.example.ch"),
        "subject": "Stelle Qualitätssicherung: Entscheid",
        "subj_enc": ("q", "iso-8859-1"),
        "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Grüezi Herr Oberholzer

Besten Dank nochmals für das Gespräch, das wir nach dem verpassten Anruf
doch noch führen konnten.

Wir haben uns entschieden, die Stelle in der Qualitätssicherung mit einer
internen Kandidatin aus unserem Labor zu besetzen. Wir müssen Ihnen deshalb
leider eine Absage erteilen.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Freundliche Grüsse

Reto Ammann
Leiter Personal
Gewürzhaus Ostschweiz AG
Rorschacher Strasse 150, 9000 St. Gallen
+41 71 244 60 10
""",
    },
    {
        "id": "fm_rej", "kind": "rejection", "lang": "de", "company": "Frischmarkt",
        "contact": "", "date": "2026-06-22 09:00 +0000",
        "frm": ("Frischmarkt Karriere", "no-reply@smartrecruiters.com"),
        "subject": "Ihre Bewerbung bei Frischmarkt – Referent Qualitätssicherung Obst & Gemüse",
        "html": True, "brand": "Frischmarkt", "colour": "#5a9e1b",
        "text": """\
Hallo Matthias Oberholzer,

wir möchten Ihnen einen aktuellen Stand zu Ihrer Bewerbung als Referent
Qualitätssicherung Obst & Gemüse (München) geben.

Aufgrund einer internen Umstrukturierung unserer QS-Abteilung wurde die
Stelle bis auf Weiteres auf Eis gelegt. Das Auswahlverfahren wird deshalb
nicht fortgesetzt, und wir werden Ihre Bewerbung nicht weiter verfolgen.
Das verschobene Assessment-Center entfällt ersatzlos.

Wir bedauern diese Entwicklung und danken Ihnen für Ihre Zeit.

Freundliche Grüße
Ihr Frischmarkt Recruiting Team

Diese E-Mail wurde über SmartRecruiters versendet.
""",
    },
    {
        "id": "pd_rej", "kind": "rejection", "lang": "de", "company": "Prüflabor Donau",
        "contact": "b.hofstaetter@prueflabor-donau.example.at",
        "date": "2026-07-07 13:37 +0200",
        "frm": ("Birgit Hofstätter", "b.hofstaetter@prueflabor-donau.example.at"),
        "name_enc": ("b", "utf-8"),
        "subject": "Auswahlverfahren Prüftechniker/in Lebensmittelmikrobiologie",
        "cte": "8bit",
        "text": """\
Sehr geehrter Herr Oberholzer,

ich muss Ihnen leider mitteilen, dass wir das Auswahlverfahren für die
Stelle Prüftechniker/in Lebensmittelmikrobiologie ausgesetzt haben. Der
Auftrag, für den die Stelle geschaffen werden sollte, wurde vom Kunden
storniert. Wir werden das Verfahren daher mit Ihnen nicht weiterführen.

Sollte die Stelle zu einem späteren Zeitpunkt neu ausgeschrieben werden,
würden wir uns über eine erneute Bewerbung freuen. Das verpasste
Videogespräch spielt dabei keine Rolle.

Mit freundlichen Grüßen
Mag. Birgit Hofstätter
Personal & Organisation
Prüflabor Donau GmbH
Industriezeile 47, 4020 Linz
""",
    },
    {
        "id": "su_rej", "kind": "rejection", "lang": "de", "company": "Speckhof Unterrainer",
        "contact": "petra.unterrainer@speckhof-unterrainer.example.it",
        "date": "2026-07-09 17:14 +0200",
        "frm": ("Speckhof Unterrainer – Personal", "personal@speckhof-unterrainer.example.it"),
        "name_enc": ("q", "utf-8"),
        "reply_to": ("Petra Unterrainer", "petra.unterrainer@speckhof-unterrainer.example.it"),
        "subject": "Ihre Bewerbung HACCP-Verantwortlicher Bozen",
        "charset": "iso-8859-1", "cte": "8bit",
        "text": """\
Sehr geehrter Herr Oberholzer,

vielen Dank für Ihre Bewerbung als HACCP-Verantwortlicher in unserem Werk in
Bozen-Süd.

Nach Durchsicht aller Unterlagen haben wir uns entschieden, Sie nicht in die
engere Auswahl aufzunehmen. Für die Stelle ist die Zweisprachigkeit
(Deutsch/Italienisch) auf muttersprachlichem Niveau unerlässlich.

Bei Fragen erreichen Sie mich direkt unter der Antwortadresse.

Mit freundlichen Grüßen
Petra Unterrainer
Personalleitung
Speckhof Unterrainer, Schlachthofstraße 3, I-39100 Bozen
""",
    },
    {
        "id": "fp_rej_unnamed", "kind": "rejection", "lang": "de", "company": "FlexPersonal Tirol",
        "contact": "markus.pichler@flexpersonal.example.at",
        "date": "2026-08-03 11:09 +0200",
        "frm": ("Markus Pichler", "markus.pichler@flexpersonal.example.at"),
        "subject": "AW: Vorstellung Lebensmittelproduzent Hall",
        "parent": "fp_missed", "quote": "outlook_de",
        "text": """\
Hallo Herr Oberholzer,

danke für Ihre Erklärung. Unser Kunde möchte den Einsatz als
QS-Mitarbeiter in der Frühschicht trotzdem mit einer anderen Person
besetzen, weil er sofort jemanden braucht. Der Einsatz kommt für Sie
damit leider nicht zustande.

Ihre Daten bleiben bei uns im Pool, ich melde mich bei passenden Stellen.

Grüße
Markus Pichler
FlexPersonal Tirol
""",
    },
    {
        "id": "gm_rej", "kind": "rejection", "lang": "de", "company": "Gewürzmühle Rapp",
        "contact": "n.seidl@gewuerzmuehle-rapp.example.de",
        "date": "2026-08-18 15:26 +0200",
        "frm": ("Nina Seidl", "n.seidl@gewuerzmuehle-rapp.example.de"),
        "subject": "Ihr Vorstellungsgespräch bei der Gewürzmühle Rapp",
        "html": True, "charset": "utf-8", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

herzlichen Dank, dass Sie am 4. August bei uns in Unterföhring waren und
sich die Zeit für das ausführliche Gespräch und den Rundgang durch die
Mühle genommen haben.

Nach reiflicher Überlegung haben wir uns entschlossen, die Position der
Qualitätsbeauftragten anderweitig zu besetzen. Ausschlaggebend war die
Erfahrung einer Mitbewerberin mit Pestizid-Rückstandsanalytik bei
Rohgewürzen.

Wir danken Ihnen für Ihr Vertrauen und wünschen Ihnen viel Erfolg.

Mit freundlichen Grüßen
Nina Seidl
Personalentwicklung
Gewürzmühle Rapp GmbH · Feringastraße 12 · 85774 Unterföhring
""",
    },
    {
        "id": "fe_rej", "kind": "rejection", "lang": "de", "company": "Feinkost Ebner",
        "contact": "k.moser@feinkost-ebner.example.at",
        "date": "2026-09-15 10:45 +0200",
        "frm": ("Katharina Moser", "k.moser@feinkost-ebner.example.at"),
        "subject": "Ihre Bewerbung als Qualitätsmanager Catering",
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """\
Sehr geehrter Herr Oberholzer,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an
einer Tätigkeit in unserem Cateringbetrieb in Salzburg-Liefering.

Leider müssen wir Ihnen mitteilen, dass wir uns für Bewerber entschieden
haben, deren Profil unseren Anforderungen noch etwas genauer entspricht.
Bitte sehen Sie von Rückfragen zu den Gründen ab.

Mit freundlichen Grüßen
i. A. Katharina Moser
Feinkost Ebner – Catering & Events
Münchner Bundesstraße 120 · 5020 Salzburg

--
Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den
bezeichneten Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat
dieser E-Mail oder dessen Vertreter sein sollten, beachten Sie bitte, dass
jede Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder
Weitergabe des Inhalts dieser E-Mail unzulässig ist. Firmenbuch FN 203318 d,
Landesgericht Salzburg. Preise in € zzgl. USt.
""",
    },
    # ---------------------------------------------------------------- English
    {
        "id": "vm_rej", "kind": "rejection", "lang": "en", "company": "Veromart Europe",
        "contact": "", "date": "2026-03-30 13:01 +0000",
        "frm": ("Veromart Europe", "veromart@myworkday.com"),
        "subject": "Your application for Quality Assurance Specialist – Fresh Food (JR-40312)",
        "html": True, "brand": "Veromart Careers", "colour": "#1d4f91",
        "footer": "This is an automated message. Replies to this mailbox are not monitored.",
        "text": """\
Dear Matthias,

Thank you for your interest in the Quality Assurance Specialist - Fresh
Food position (JR-40312) in Munich.

After careful review, we have decided to move forward with candidates
whose experience more closely matches the requirements of this role.

We encourage you to create a job alert on our careers site so that you
hear about future openings in Quality & Food Safety.

Kind regards,
Veromart Europe Talent Acquisition
""",
    },
    {
        "id": "bg_rej", "kind": "rejection", "lang": "en", "company": "Brenner Meat Group",
        "contact": "", "date": "2026-04-28 21:14 -0400",
        "frm": ("Brenner Meat Group Recruiting", "brennermeat-noreply@icims.com"),
        "subject": "Update regarding Food Safety Coordinator (Req 7731)",
        "text": """\
Dear Matthias Oberholzer,

Thank you for applying for the Food Safety Coordinator position at our
Rosenheim plant (Req 7731).

We are writing to let you know that this requisition has been cancelled
following a change in our production planning. As a result we will not
proceed with any applications for this role, including yours.

We appreciate the time you invested and hope you will consider Brenner Meat
Group again in the future.

Regards,
Talent Acquisition Team
Brenner Meat Group

Please do not reply to this message. This mailbox is not monitored.
""",
    },
    {
        "id": "sf_rej", "kind": "rejection", "lang": "en", "company": "Spicefield",
        "contact": "laura.keller@spicefield.example.ch",
        "date": "2026-05-12 16:33 +0200",
        "frm": ("Laura Keller via Greenhouse", "no-reply@greenhouse-mail.io"),
        "reply_to": ("Laura Keller", "laura.keller@spicefield.example.ch"),
        "subject": "Spicefield - Quality Assurance Lead",
        "html": True,
        "text": """\
Hi Matthias,

Thanks again for meeting the panel last week and for the thoughtful case
study on allergen cross-contact in our blending line.

I'm sorry to tell you that we won't be moving forward with your candidacy
for the Quality Assurance Lead role. The team felt that for this position
we need someone who has already led a GFSI certification from start to
finish.

It was a genuine pleasure getting to know you, and your kitchen background
came through as a real strength. I'd be glad to stay in touch.

Best,
Laura Keller
Talent Partner, Spicefield
""",
    },
    {
        "id": "ct_rej", "kind": "rejection", "lang": "en", "company": "Cateron Group",
        "contact": "", "date": "2026-06-03 10:20 +0000",
        "frm": ("Cateron Group", "no-reply@hire.lever.co"),
        "subject": "Food Safety & Hygiene Manager at Cateron Group",
        "html": True, "brand": "Cateron Group",
        "text": """\
Hi Matthias,

Thank you for your interest in the Food Safety & Hygiene Manager role at
Cateron Group.

We wanted to let you know that the position has now been filled. We
appreciate the time you took to apply and to speak with our team.

We'll keep your details on file and may reach out if a suitable opening
comes up.

All the best,
The Cateron Group Talent Team
""",
    },
    {
        "id": "nb_rej", "kind": "rejection", "lang": "en", "company": "Helvetia Dairy Ingredients",
        "contact": "owen.marsh@northbridge-talent.example.co.uk",
        "date": "2026-07-21 12:08 +0100",
        "frm": ("Owen Marsh", "owen.marsh@northbridge-talent.example.co.uk"),
        "subject": "RE: Helvetia Dairy Ingredients - feedback",
        "parent": "nb_missed", "quote": "outlook_en",
        "text": """\
Hi Matthias,

I've now had feedback from Helvetia Dairy Ingredients after your call with
their Head of Quality on Tuesday.

Unfortunately they've decided not to take your application further. They
liked your hands-on approach, but for the QA Supervisor role they want
someone who has worked under BRCGS in a powder plant. I know that's
disappointing after the back and forth with the scheduling.

Happy to talk it through if useful, and I'll keep you in mind for
anything closer to your profile.

Kind regards,
Owen Marsh
Senior Consultant - Food & Beverage
Northbridge Talent | 41 Carver Street, Sheffield S1 4FS
+44 114 496 0732
""",
    },
    {
        "id": "ql_rej", "kind": "rejection", "lang": "en", "company": "Qualisure Labs",
        "contact": "d.novak@qualisure.example.de",
        "date": "2026-09-21 09:41 +0200",
        "frm": ("Dana Novak", "d.novak@qualisure.example.de"),
        "subject": "Re: Video screen - rescheduled",
        "parent": "ql_move", "quote": "en",
        "text": """\
Hi Matthias,

Thank you for the video screen on 3 September. We've now completed all
screens for the Sensory & QA Technician role.

I'm afraid we've decided not to progress your application to the next
stage. The final shortlist came down to people with accredited lab
experience under ISO 17025.

Thanks again for your time and good luck with your search.

Dana
--
Dana Novak | People & Talent | Qualisure Labs
Landsberger Str. 302, 80687 Munich
""",
    },
    # ---------------------------------------------------------------- French
    {
        "id": "bmb_rej", "kind": "rejection", "lang": "fr", "company": "Boulangeries Mont-Blanc",
        "contact": "rh@boulangeries-montblanc.example.fr",
        "date": "2026-06-15 11:30 +0200",
        "frm": ("Service RH Boulangeries Mont-Blanc", "rh@boulangeries-montblanc.example.fr"),
        "subject": "Votre candidature – Responsable qualité hygiène",
        "subj_enc": ("q", "windows-1252"),
        "charset": "windows-1252", "cte": "quoted-printable",
        "text": """\
Bonjour Monsieur Oberholzer,

Nous revenons vers vous au sujet de votre candidature au poste de
responsable qualité hygiène pour nos points de vente du bassin annécien.

Après étude attentive de votre dossier, nous sommes au regret de vous
informer que votre candidature n'a pas été retenue. L'entretien annulé le
4 juin ne sera donc pas reprogrammé.

Nous vous remercions de l'intérêt porté à notre enseigne et vous
souhaitons pleine réussite dans vos recherches.

Cordialement,

Émilie Duret
Ressources humaines
Boulangeries Mont-Blanc SAS
12 avenue de Genève, 74000 Annecy
""",
    },
    {
        "id": "tl_rej", "kind": "rejection", "lang": "fr", "company": "Traiteur Lac & Montagne",
        "contact": "", "date": "2026-07-02 08:15 +0000",
        "frm": ("Traiteur Lac & Montagne", "no-reply@recruitee.com"),
        "subject": "Votre candidature chez Traiteur Lac & Montagne",
        "html": True, "brand": "Traiteur Lac & Montagne", "colour": "#7a4b2a",
        "text": """\
Bonjour Matthias,

Merci d'avoir postulé au poste d'Animateur qualité / HACCP chez Traiteur
Lac & Montagne.

Nous avons reçu de nombreuses candidatures de grande qualité. Nous avons
malheureusement décidé de poursuivre le processus avec d'autres profils
plus proches de nos besoins actuels.

Nous conservons votre candidature dans notre vivier et ne manquerons pas
de vous recontacter si une opportunité correspondant à votre profil se
présente.

Bien à vous,
L'équipe recrutement
""",
    },
    {
        "id": "es_rej", "kind": "rejection", "lang": "fr", "company": "Épices du Semnoz",
        "contact": "j.perrier@epices-semnoz.example.fr",
        "date": "2026-08-20 17:48 +0200",
        "frm": ("Julien Perrier", "j.perrier@epices-semnoz.example.fr"),
        "subject": "Suite à notre entretien",
        "parent": "es_move", "quote": "fr", "cte": "8bit",
        "text": """\
Bonjour Matthias,

Merci encore pour votre venue à Seynod et pour l'échange très riche avec
notre responsable de production.

Je suis désolé de vous annoncer que nous ne donnerons pas suite à votre
candidature. Nous avons choisi une personne ayant déjà piloté des audits
IFS Food dans une entreprise d'épices, ce qui était prioritaire pour nous
cette année.

Votre parcours de chef est atypique et intéressant, et je vous souhaite
sincèrement de trouver rapidement le poste qui vous correspond.

Bien cordialement,
Julien Perrier
Responsable RH – Épices du Semnoz
""",
    },
    {
        "id": "ca_rej", "kind": "rejection", "lang": "fr", "company": "Cabinet Alpes Recrutement",
        "contact": "sophie.garnier@alpes-recrutement.example.fr",
        "date": "2026-09-04 14:22 +0200",
        "frm": ("Sophie Garnier", "sophie.garnier@alpes-recrutement.example.fr"),
        "subject": "Poste de technicien qualité (client confidentiel)",
        "charset": "windows-1252", "cte": "8bit",
        "text": """\
Bonjour Matthias,

Je reviens vers vous concernant le poste de technicien qualité que je vous
avais présenté pour un industriel de la région de Rumilly, dont je ne peux
pas citer le nom.

Mon client a finalement décidé de ne pas retenir votre candidature : il
privilégie un profil issu de l'industrie laitière avec une première
expérience en laboratoire.

Je reste attentive aux opportunités qui pourraient vous correspondre.

Bien à vous,
Sophie Garnier
Consultante senior – Cabinet Alpes Recrutement
3 rue Royale, 74000 Annecy – 04 50 00 18 27
""",
    },
    {
        "id": "sc_rej", "kind": "rejection", "lang": "fr", "company": "Salaisons du Chéran",
        "contact": "", "date": "2026-10-01 09:03 +0200",
        "frm": ("Salaisons du Chéran", "ne-pas-repondre@salaisons-cheran.example.fr"),
        "name_enc": ("b", "utf-8"),
        "subject": "Poste pourvu – Technicien qualité salaison",
        "subj_enc": ("b", "utf-8"),
        "text": """\
Madame, Monsieur,

Vous avez postulé au poste de technicien qualité salaison à Alby-sur-Chéran
et nous vous en remercions.

Nous vous informons que ce poste a été pourvu en interne. Nous ne sommes
donc pas en mesure de donner une suite favorable à votre candidature.

Ce message est envoyé automatiquement, merci de ne pas y répondre.

La Direction des ressources humaines
Salaisons du Chéran
""",
    },
    # ---------------------------------------------------------------- Spanish
    {
        "id": "pt_rej", "kind": "rejection", "lang": "es", "company": "Panaderías Turia",
        "contact": "", "date": "2026-07-14 12:00 +0000",
        "frm": ("Panaderías Turia", "noreply@workablemail.com"),
        "subject": "Tu candidatura para Técnico/a de Calidad y Seguridad Alimentaria",
        "subj_enc": ("q", "utf-8"),
        "html": True, "brand": "Panaderías Turia", "colour": "#c0792c",
        "text": """\
Hola Matthias:

Gracias por tu interés en el puesto de Técnico/a de Calidad y Seguridad
Alimentaria en Panaderías Turia.

Tras revisar con detenimiento todas las candidaturas, lamentamos
comunicarte que en esta ocasión no vamos a seguir adelante con la tuya.
Hemos optado por perfiles con experiencia previa en obrador industrial.

Te deseamos mucha suerte en tu búsqueda.

Un saludo,
El equipo de Personas de Panaderías Turia
""",
    },
    {
        "id": "cdt_rej", "kind": "rejection", "lang": "es", "company": "Cárnicas del Túria",
        "contact": "m.sanchis@carnicas-turia.example.es",
        "date": "2026-08-25 13:19 +0200",
        "frm": ("Marta Sanchis", "m.sanchis@carnicas-turia.example.es"),
        "subject": "RE: Entrevista no realizada",
        "parent": "cdt_missed", "quote": "es", "charset": "iso-8859-1", "cte": "quoted-printable",
        "text": """\
Buenos días, Matthias:

Gracias por tu explicación y por la entrevista que finalmente pudimos
hacer el jueves por teléfono.

Lamentablemente, hemos decidido no continuar con tu candidatura para el
puesto de responsable de APPCC en la sala de despiece. Buscamos a alguien
con experiencia directa en mataderos y un nivel de castellano técnico más
alto para tratar con los inspectores veterinarios.

Te agradecemos el tiempo dedicado y te deseamos mucha suerte.

Marta Sanchis
Responsable de Selección
Cárnicas del Túria, S.L. · Polígono Fuente del Jarro, Paterna (Valencia)
""",
    },
    {
        "id": "sa_rej", "kind": "rejection", "lang": "es", "company": "Supermercados Albufera",
        "contact": "r.ferrer@albufera-super.example.es",
        "date": "2026-09-18 16:40 +0200",
        "frm": ("Rocío Ferrer – Supermercados Albufera", "r.ferrer@albufera-super.example.es"),
        "name_enc": ("q", "utf-8"),
        "subject": "Re: Agradecimiento por la entrevista",
        "parent": "sa_own_thanks", "quote": "es",
        "text": """\
Estimado Matthias:

Te agradecemos el mensaje y el interés mostrado durante todo el proceso.

Te escribimos para comunicarte que, tras la última ronda de entrevistas, el
puesto de Auditor/a de Calidad en tienda se ha cubierto con otra persona.
Por este motivo no podemos avanzar con tu candidatura.

Guardaremos tu currículum para futuras vacantes del departamento de
Calidad, si nos das tu consentimiento.

Atentamente,
Rocío Ferrer
Departamento de Calidad – Selección
Supermercados Albufera
""",
    },
    {
        "id": "lt_rej", "kind": "rejection", "lang": "es", "company": "Levante Talento ETT",
        "contact": "", "date": "2026-09-29 10:05 +0200",
        "frm": ("Levante Talento ETT", "notificaciones@levantetalento.example.es"),
        "reply_to": ("Levante Talento ETT", "notificaciones@levantetalento.example.es"),
        "subject": "Estado de tu candidatura: Operario/a de control de calidad (ref. VLC-2291)",
        "text": """\
Hola, Matthias:

Te informamos de que el proceso de selección para la oferta "Operario/a de
control de calidad" (ref. VLC-2291) en una empresa del sector
agroalimentario de l'Horta Sud ha finalizado.

En esta ocasión tu candidatura no ha sido seleccionada por la empresa
cliente. Seguiremos teniendo en cuenta tu perfil para otras ofertas.

Este es un mensaje automático. Por favor, no respondas a este correo.

Levante Talento ETT
""",
    },
    {
        "id": "eb_rej", "kind": "rejection", "lang": "es", "company": "Especias Bellver",
        "contact": "jorge.bellver@especias-bellver.example.es",
        "date": "2026-10-06 19:02 +0200",
        "frm": ("Jorge Bellver", "jorge.bellver@especias-bellver.example.es"),
        "subject": "Proceso de selección técnico de calidad",
        "cte": "base64",
        "text": """\
Hola Matthias,

Te escribo personalmente porque quería explicarte la situación. Hemos
tenido que suspender el proceso de selección para el técnico de calidad:
la ampliación de la planta de Alzira se ha retrasado a 2027 y ahora mismo
no podemos incorporar a nadie.

Por eso no vamos a seguir adelante con las entrevistas, tampoco con la
tuya. Siento mucho las molestias después de todo lo que hablamos.

Un abrazo,
Jorge Bellver
Gerente
Especias Bellver · Camí Reial 88 · 46600 Alzira
""",
    },
]
