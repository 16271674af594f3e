"""Corpus 282: the 31 rejections, each written by hand."""

from __future__ import annotations

from msgs282_common import (
    CAND,
    CAND_NAME,
    ME,
    ats_card,
    blockquote,
    button,
    esc,
    html_page,
    mso,
    on_wrote,
    outlook_block,
    outlook_html,
    paras,
    quote,
    spec,
)

K = "rejection"
AUTO = {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}

MESSAGES: list[dict] = []
add = MESSAGES.append

# 1 -------------------------------------------------------------------------------------------
_t = """Sehr geehrter Herr Achterberg-Nwosu,

vielen Dank für Ihr Interesse an der Leinetal Handelslogistik und für die Zeit, die Sie in Ihre Bewerbung als Schichtleiter Lager (m/w/d) am Standort Hannover-Lahe gesteckt haben.

Nach eingehender Prüfung Ihrer Unterlagen können wir Ihre Bewerbung im weiteren Auswahlverfahren leider nicht berücksichtigen. Bitte verstehen Sie diese Entscheidung nicht als Bewertung Ihrer Person oder Ihrer bisherigen Leistungen.

Ihre Daten löschen wir entsprechend unserer Datenschutzhinweise sechs Monate nach Abschluss des Verfahrens. Über neue Stellen informiert Sie gern unser Karriereportal.

Mit freundlichen Grüßen
Ihr Recruiting-Team

Leinetal Handelslogistik GmbH · Lahewiesen 12 · 30659 Hannover
Amtsgericht Hannover HRB 77120 · Geschäftsführung: Gesa Brinkmann

Diese Nachricht wurde automatisch erzeugt. Antworten auf diese Adresse werden nicht gelesen.
"""
add(spec(
    kind=K, slug="leinetal_successfactors_formal", lang="de", company="Leinetal Handelslogistik",
    contact="", mid="lt-rej", irt="lt-ack",
    frm=("Leinetal Handelslogistik GmbH", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung als Schichtleiter Lager (m/w/d) – Hannover-Lahe, Ref. 4471",
    date="2026-03-18 06:02", tz="+0000", hdr=AUTO,
    text=_t,
    html=ats_card("Leinetal Handelslogistik", "#0b5394", paras(_t),
                  "SAP SuccessFactors · Datenschutz · Impressum"),
    cte="quoted-printable",
))

# 2 -------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="kajenwerk_closer_match", lang="de", company="Kajenwerk Container Services",
    contact="t.harms@kajenwerk.example.de", mid="kw-rej", irt="kw-move",
    refs=["kw-ack", "kw-inv", "kw-move"],
    frm=("Thorsten Harms", "t.harms@kajenwerk.example.de"),
    subject="Ihre Bewerbung Vorarbeiter Umschlag Bremerhaven – unsere Rückmeldung",
    date="2026-02-26 15:41",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Guten Tag Herr Achterberg-Nwosu,

danke für das nette Telefonat letzte Woche und Ihre Geduld, nachdem wir den Termin einmal schieben mussten.

Wir haben inzwischen alle Gespräche für die Vorarbeiterstelle im Umschlag geführt. Den Zuschlag bekommen Bewerber, deren bisherige Tätigkeit näher an der Arbeit mit Van-Carriern und Reach-Stackern liegt als Ihre. Ihre Erfahrung im Stapler- und Schmalganglager schätzen wir, sie passt für diese Rolle aber nicht so genau.

Ich würde Sie gern in unserem Talentpool behalten, falls im Lager an der Kaje 9 wieder etwas frei wird. Wenn Sie das nicht möchten, reicht eine kurze Antwort.

Mit freundlichen Grüßen

Thorsten Harms
Personalreferent
Kajenwerk Container Services GmbH
Senator-Borttscheller-Straße 4 · 27568 Bremerhaven
Tel. +49 471 5550 2217

--
Diese E-Mail kann vertrauliche oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.
""",
))

# 3 -------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="ammerlaender_role_on_hold", lang="de", company="Ammerländer Brauhaus",
    contact="wiebke.ohlrogge@ammerlaender-brauhaus.example.de", mid="ab-rej",
    refs=["ab-inv", "ab-missed"],
    frm=("Wiebke Ohlrogge", "wiebke.ohlrogge@ammerlaender-brauhaus.example.de"),
    subject="Teamleitung Versand – Stand Ihrer Bewerbung",
    date="2026-03-09 11:27",
    cs="windows-1252", cte="base64",
    text="""Moin Herr Achterberg-Nwosu,

ich melde mich mit einer Nachricht, die ich lieber anders geschrieben hätte: Die Geschäftsführung hat die Stelle „Teamleitung Versand“ bis auf Weiteres gestoppt. Hintergrund ist der Umbau unserer Abfüllhalle in Westerstede, der sich um mindestens ein Jahr verschiebt – solange brauchen wir keine zusätzliche Leitung im Versand.

Wir setzen das Auswahlverfahren deshalb nicht fort, auch nicht mit anderen Bewerbern. Sollte die Stelle 2027 neu ausgeschrieben werden, würde ich Sie gern direkt anschreiben – sagen Sie mir einfach, ob Ihnen das recht ist.

Herzliche Grüße aus dem Ammerland
Wiebke Ohlrogge
Personal & Ausbildung
Ammerländer Brauhaus GmbH & Co. KG · Brauereiweg 3 · 26655 Westerstede
Tel. 04488 5550 31
""",
))

# 4 -------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="geestemuende_terse", lang="de", company="Geestemünder Kühllogistik",
    contact="j.kueck@geestemuende-kuehl.example.de", mid="gk-rej", irt="gk-cand-sorry",
    refs=["gk-inv", "gk-missed", "gk-cand-sorry"],
    frm=("Jörn Kück", "j.kueck@geestemuende-kuehl.example.de", ("iso-8859-1", "Q")),
    subject="AW: Telefontermin Dienstag",
    date="2026-04-21 07:55",
    text="""Moin,

wir gehen jetzt mit einem anderen Kandidaten weiter. Danke trotzdem.

Gruß
Jörn Kück
Geestemünder Kühllogistik

"""
    + on_wrote("de", "20.04.2026 um 21:14", CAND_NAME, CAND) + "\n"
    + quote("""Moin Herr Kück,

entschuldigen Sie bitte, dass ich am Dienstag nicht rangegangen bin – ich war kurzfristig im Spätdienst eingeteilt und hatte das Handy im Spind. Können wir das Telefonat nachholen? Mittwoch oder Donnerstag ab 14 Uhr ginge bei mir.

Viele Grüße
Magnus Achterberg-Nwosu"""),
))

# 5 -------------------------------------------------------------------------------------------
_t5 = """Hallo Herr Achterberg-Nwosu,

leider habe ich keine guten Neuigkeiten für Sie. Leinemarkt Frische hat sich nach Ihrem Gespräch am Montag im Lager Laatzen gegen Sie entschieden.

Das Feedback, das ich bekommen habe: Man fand Sie sympathisch und fachlich sicher am Stapler, wünscht sich für die Schichtleitung Frische aber jemanden, der die Kühlkette (HACCP, Temperaturdokumentation) schon verantwortet hat. Das ist kein K.-o.-Kriterium für andere Kunden – ich habe zwei weitere Lager in Hannover-Nord im Blick und rufe Sie dazu Ende der Woche an.

Beste Grüße
Sandra Behrens
Personaldisponentin
Nordwind Personaldienste GmbH · Vahrenwalder Straße 140 · 30165 Hannover
Tel. 0511 5550 4480 · sandra.behrens@nordwind-personal.example.de
"""
add(spec(
    kind=K, slug="nordwind_client_says_no", lang="de", company="Leinemarkt Frische",
    contact="sandra.behrens@nordwind-personal.example.de",
    frm=("Sandra Behrens | Nordwind Personaldienste", "sandra.behrens@nordwind-personal.example.de"),
    subject="Rückmeldung Leinemarkt Frische",
    date="2026-05-06 16:03",
    text=_t5, html=outlook_html(mso(_t5)),
    hdr={"X-Mailer": "Microsoft Outlook 16.0"},
))

# 6 -------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="weserport_after_thankyou", lang="de", company="AutoTerminal Weserport",
    contact="hauke.rickmers@weserport-autoterminal.example.de", mid="wp-rej",
    irt="wp-cand-thanks", refs=["wp-inv", "wp-move", "wp-cand-thanks"],
    frm=("Hauke Rickmers", "hauke.rickmers@weserport-autoterminal.example.de"),
    subject="AW: Danke für das Gespräch am Mittwoch",
    date="2026-04-30 10:12",
    cte="quoted-printable",
    text="""Moin Herr Achterberg-Nwosu,

vielen Dank für Ihre freundlichen Zeilen und das offene Gespräch mit Frau Tjaden und mir.

Wir haben uns die Entscheidung nicht leicht gemacht. Den Ausschlag hat am Ende gegeben, dass ein anderer Bewerber schon mehrere Jahre im RoRo-Umschlag Schichten eingeteilt hat; er wird die Teamleitung Fahrzeuglogistik übernehmen. Für Sie bedeutet das leider eine Absage.

Ich wünsche Ihnen für die nächsten Schritte alles Gute – wer so ruhig über Gabelstapler-Unfälle und Unterweisungen redet, findet seinen Platz.

Hauke Rickmers
Leiter Terminalbetrieb
AutoTerminal Weserport GmbH
Am Kaiserhafen 2 · 27568 Bremerhaven
T +49 471 5550 900 · M +49 160 5550 9188

"""
    + on_wrote("de", "Mi., 22. Apr. 2026 um 18:40", CAND_NAME, CAND) + "\n"
    + quote("""Sehr geehrter Herr Rickmers,

vielen Dank für das Vorstellungsgespräch heute und die Führung über das Terminal. Besonders der Blick auf die Verladung an Liegeplatz 3 hat mir gezeigt, wie vielseitig die Aufgabe ist.

Ich bin nach wie vor sehr an der Teamleitung interessiert und stehe für ein zweites Gespräch oder einen Probetag jederzeit zur Verfügung.

Mit freundlichen Grüßen
Magnus Achterberg-Nwosu"""),
))

# 7 -------------------------------------------------------------------------------------------
_t7 = """Lieber Herr Achterberg-Nwosu,

Sie warten noch auf einen neuen Termin für den Probearbeitstag, den wir wegen Krankheit absagen mussten. Den brauchen wir nun leider nicht mehr zu vereinbaren.

Die Stelle als Schichtführer Abfüllung & Logistik ist intern besetzt worden: Ein Kollege aus unserer Abfüllung, der seit zwölf Jahren bei uns ist, hat sich kurzfristig beworben, und wir haben ihm den Vorzug gegeben. Damit endet das Verfahren für alle externen Bewerberinnen und Bewerber.

Danke für Ihr Interesse an unserer Brauerei. Als kleines Dankeschön liegt am Empfang in der Neustadt ein Sixpack für Sie bereit – einfach Ihren Namen sagen.

Viele Grüße
Anke Dreyer
Personal
Brauerei Schwanenhof GmbH & Co. KG
Schwanenhofstraße 18 · 28199 Bremen
"""
add(spec(
    kind=K, slug="schwanenhof_filled_internally", lang="de", company="Brauerei Schwanenhof",
    contact="a.dreyer@schwanenhof-brauerei.example.de", mid="sh-rej",
    refs=["sh-inv", "sh-cancel"],
    frm=("Brauerei Schwanenhof – Bewerbungen", "bewerbung@schwanenhof-brauerei.example.de"),
    reply_to=("Anke Dreyer", "a.dreyer@schwanenhof-brauerei.example.de"),
    subject="Probearbeitstag – kein neuer Termin",
    date="2026-03-13 13:30",
    text=_t7, html=html_page(paras(_t7), "Schwanenhof"), cte="base64",
))

# 8 -------------------------------------------------------------------------------------------
_t8 = """Sehr geehrter Herr Achterberg-Nwosu,

wir müssen Ihnen leider mitteilen, dass die ausgeschriebene Stelle als Lagerkoordinator (m/w/d) in Oldenburg-Tweelbäke ersatzlos entfällt.

Im Zuge der Zusammenlegung unserer Standorte Tweelbäke und Hude wird die Koordination künftig vom bestehenden Team in Hude übernommen. Wir ziehen die Ausschreibung daher zurück und führen das Bewerbungsverfahren nicht weiter. Der bereits verschobene Gesprächstermin ist damit hinfällig.

Wir bedauern, dass wir Sie so spät informieren, und danken Ihnen für Ihre Geduld.

Mit freundlichen Grüßen

Birte Ostendorf
Personalleitung
Hunte Frischelogistik GmbH
Tweelbäker Tredde 40 · 26135 Oldenburg
Telefon 0441 5550 7720
b.ostendorf@hunte-frische.example.de
"""
add(spec(
    kind=K, slug="hunte_position_cancelled", lang="de", company="Hunte Frischelogistik",
    contact="b.ostendorf@hunte-frische.example.de", mid="hf-rej", refs=["hf-inv", "hf-move"],
    frm=("Ostendorf, Birte", "b.ostendorf@hunte-frische.example.de"),
    subject="Ihre Bewerbung Lagerkoordinator – Stelle entfällt",
    date="2026-06-03 09:48",
    html=outlook_html(mso(_t8)), cte="quoted-printable",
    hdr={"X-MS-Has-Attach": "", "Thread-Topic": "Ihre Bewerbung Lagerkoordinator"},
))

# 9 -------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="kistenwerk_casual_du", lang="de", company="Kistenwerk Fulfillment",
    contact="lasse@kistenwerk.example.de", mid="ki-rej", irt="ki-cand-newdate",
    refs=["ki-inv", "ki-missed", "ki-cand-newdate"],
    frm=("Lasse Grothmann", "lasse@kistenwerk.example.de"),
    subject="Re: Sorry wegen Donnerstag – neuer Versuch?",
    date="2026-06-19 17:22",
    text="""Hey Magnus,

ich mach's kurz und ehrlich: Wir haben die Schichtleitung inzwischen vergeben, an jemanden, der bei uns schon als Aushilfe in der Kommissionierung war. Einen neuen Kaffeetermin brauchen wir deshalb nicht mehr.

Lag nicht an dir oder an Donnerstag, wirklich nicht. Wenn wir im Herbst das zweite Lager in Billbrook aufmachen, melde ich mich bestimmt noch mal.

Mach's gut
Lasse

--
Lasse Grothmann · Ops · Kistenwerk Fulfillment
Billstraße 88, 20539 Hamburg

"""
    + on_wrote("de", "Di., 16. Juni 2026 um 08:03", CAND_NAME, CAND) + "\n"
    + quote("""Hallo Lasse,

tut mir echt leid wegen Donnerstag, ich stand mit der Bahn in Harburg fest und mein Akku war leer. Hast du nächste Woche noch mal Zeit für einen Kaffee? Ich komme auch gern zu euch ins Lager.

Gruß
Magnus"""),
    cte="8bit",
))

# 10 ------------------------------------------------------------------------------------------
_t10 = """Hallo Herr Achterberg-Nwosu,

vielen Dank, dass Sie sich bei der Elbmarsch Getränkelogistik beworben und sich am Telefon Zeit für uns genommen haben.

Wir haben die Stelle „Lagerleiter Getränke-Cross-Dock (m/w/d)“ in Stade mit einer Person besetzt, die bereits einen Standort mit Leergutsortierung geführt hat. Aus diesem Grund erhalten Sie heute eine Absage von uns.

Wir wünschen Ihnen für Ihren weiteren Weg viel Erfolg.

Ihr Team der Elbmarsch Getränkelogistik GmbH

Diese E-Mail wurde über Personio versandt.
"""
add(spec(
    kind=K, slug="elbmarsch_personio_absage", lang="de", company="Elbmarsch Getränkelogistik",
    contact="", mid="em-rej", refs=["em-ack", "em-inv"],
    frm=("Elbmarsch Getränkelogistik GmbH", "noreply@personio.de"),
    subject="Ihre Bewerbung: Lagerleiter Getränke-Cross-Dock (m/w/d)",
    subj_cs=("utf-8", "B"),
    date="2026-07-08 08:15", hdr=AUTO,
    text=_t10,
    html=ats_card("Elbmarsch Getränkelogistik", "#14532d", paras(_t10),
                  "Powered by Personio · Datenschutzerklärung"),
    cte="base64",
))

# 11 ------------------------------------------------------------------------------------------
_t11 = """Guten Tag Herr Achterberg-Nwosu,

nach dem verpassten Videotermin am 12. August haben wir Ihnen noch einmal geschrieben, aber bis heute nichts von Ihnen gehört. Wir gehen deshalb davon aus, dass Sie kein Interesse mehr an der Stelle Teamleiter Wareneingang im Zentrallager Achim haben, und schließen Ihre Bewerbung hiermit ab.

Die Stelle wird mit einer anderen Bewerberin besetzt. Sollten wir Sie falsch eingeschätzt haben, bewerben Sie sich gern zu einem späteren Zeitpunkt erneut.

Freundliche Grüße
Jens Ahlers
Recruiting · Baumarkt Weserland
"""
add(spec(
    kind=K, slug="weserland_closed_after_silence", lang="de", company="Baumarkt Weserland",
    contact="jens.ahlers@weserland-baumarkt.example.de", mid="bw-rej", refs=["bw-ack", "bw-missed"],
    frm=("Jens Ahlers – Baumarkt Weserland", "noreply@jobs.recruitee.com"),
    reply_to=("Jens Ahlers", "jens.ahlers@weserland-baumarkt.example.de"),
    subject="Ihre Bewerbung Teamleiter Wareneingang (Achim)",
    date="2026-08-27 14:05",
    text=_t11,
    html=ats_card("Baumarkt Weserland", "#c2410c", paras(_t11),
                  "Gesendet mit Recruitee · Antworten gehen an Jens Ahlers"),
))

# 12 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="kettwig_client_waltershof_no", lang="de", company="Waltershof Terminal Services",
    contact="f.kettwig@kettwig-partner.example.de", mid="kp-rej", refs=["kp-cold", "kp-inv"],
    frm=("Dr. Friederike Kettwig", "f.kettwig@kettwig-partner.example.de"),
    subject="Waltershof – Feedback nach Ihrem Gespräch",
    date="2026-05-28 12:10",
    text="""Lieber Herr Achterberg-Nwosu,

unser Mandant, die Waltershof Terminal Services, hat sich gestern Abend bei mir gemeldet. Herr Oltmanns war von Ihrer Praxis im Lager und Ihrer ruhigen Art angetan, hat sich für die Position Schichtkoordinator Leercontainer-Depot aber für einen Kandidaten entschieden, der bereits ein Team von über zwanzig Mitarbeitenden disziplinarisch geführt hat.

Für Sie geht es in diesem Mandat also nicht weiter – das tut mir leid, denn ich hatte Sie gern vorgeschlagen. Ich halte Sie für ähnliche Aufgaben im Hamburger Hafen im Blick.

Herzliche Grüße
Friederike Kettwig

Dr. Friederike Kettwig
Partnerin
Kettwig & Partner Personalberatung PartG mbB
Große Elbstraße 145 · 22767 Hamburg
Tel. +49 40 5550 6610

Vertraulichkeitshinweis: Diese Nachricht und ihre Anhänge sind ausschließlich für den bezeichneten Empfänger bestimmt. Sollten Sie nicht der vorgesehene Empfänger sein, ist Ihnen jede Veröffentlichung, Vervielfältigung oder Weitergabe untersagt.
""",
    cte="quoted-printable",
))

# 13 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="vegesack_outlook_chain", lang="de", company="Hafenlager Vegesack",
    contact="m.focken@hafenlager-vegesack.example.de", mid="hv-rej", irt="hv-cand-ask",
    refs=["hv-ack", "hv-inv", "hv-cancel", "hv-cand-ask"],
    frm=("Focken, Marita", "m.focken@hafenlager-vegesack.example.de"),
    subject="AW: Neuer Termin für unser Gespräch?",
    date="2026-05-20 10:31",
    cs="windows-1252", cte="quoted-printable",
    text="""Hallo Herr Achterberg-Nwosu,

Sie hatten nach einem neuen Termin gefragt – den wird es leider nicht mehr geben. Während wir das Gespräch verschieben mussten, hat sich unsere Standortleitung für eine Bewerberin entschieden, die schon bei uns als Springerin gearbeitet hat. Ihre Bewerbung als Gruppenleiter Kommissionierung können wir daher nicht weiter berücksichtigen.

Es tut mir leid, dass es so gelaufen ist.

Mit freundlichen Grüßen
Marita Focken
Personalwesen · Hafenlager Vegesack GmbH
Zum Alten Speicher 5 · 28757 Bremen
Tel. 0421 5550 6632

"""
    + outlook_block("de", "Magnus Achterberg-Nwosu <magnus.an@example.de>",
                    "Dienstag, 12. Mai 2026 19:20", "Focken, Marita <m.focken@hafenlager-vegesack.example.de>",
                    "Neuer Termin für unser Gespräch?") + """

Hallo Frau Focken,

kein Problem, gute Besserung an Herrn Stührmann! Können Sie mir einen neuen Termin vorschlagen? Ich bin in der Frühschicht und ab 14:30 Uhr flexibel.

Viele Grüße
Magnus Achterberg-Nwosu

"""
    + outlook_block("de", "Focken, Marita <m.focken@hafenlager-vegesack.example.de>",
                    "Montag, 11. Mai 2026 08:14", "Magnus Achterberg-Nwosu <magnus.an@example.de>",
                    "Gespräch am Mittwoch muss leider ausfallen") + """

Guten Morgen Herr Achterberg-Nwosu,

unser Vorstellungsgespräch am Mittwoch, 13. Mai, um 15:00 Uhr müssen wir leider absagen, weil Herr Stührmann erkrankt ist. Ich melde mich mit einem neuen Termin.

Mit freundlichen Grüßen
Marita Focken
""",
))

# 14 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="lesum_brink_after_trial_day", lang="de", company="Spedition Lesum-Brink",
    contact="dispo@lesum-brink.example.de", mid="lb-rej", refs=["lb-ack", "lb-inv"],
    frm=("Gerd Brinkmann", "dispo@lesum-brink.example.de"),
    subject="Probetag Samstag",
    date="2026-07-21 18:47",
    cte="8bit",
    text="""Moin Herr Achterberg-Nwosu,

danke, dass Sie am Samstag den Probetag bei uns im Lager Burg-Grambke mitgemacht haben. Die Jungs in der Halle haben Ihnen am Stapler gute Noten gegeben und fanden Sie angenehm im Umgang.

Für die Schichtleitung suchen wir aber jemanden, der schon Dienstpläne geschrieben hat und mit unserem Lagerverwaltungssystem sofort allein klarkommt. Das ist bei Ihnen noch nicht so weit, deshalb wird es mit der Stelle nichts. Ich sage Ihnen das lieber gleich, als Sie hinzuhalten.

Falls Sie als Staplerfahrer mit Perspektive zu uns wollen, rufen Sie mich gern an – da hätte ich ab Oktober was.

Schönen Abend noch
Gerd Brinkmann
Disposition & Lager
Spedition Lesum-Brink GmbH & Co. KG
Am Lesumhafen 21 · 28719 Bremen
Tel. 0421 5550 1190 · Fax 0421 5550 1199
""",
))

# 15 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="flexmann_unnamed_client", lang="de", company="Flexmann Personal",
    contact="k.yildiz@flexmann-personal.example.de", mid="fx-rej",
    frm=("Kemal Yıldız", "k.yildiz@flexmann-personal.example.de", ("utf-8", "B")),
    subject="Einsatz Schichtleitung Hamburg-Süd",
    date="2026-09-10 12:58",
    text="""Hallo Herr Achterberg-Nwosu,

kurze Info zu dem Einsatz, über den wir letzte Woche gesprochen haben: Unser Kunde, ein Lebensmittelhändler mit Zentrallager im Hamburger Süden, hat sich für einen anderen Bewerber aus unserem Pool entschieden. Ihr Profil wird dort nicht weiter berücksichtigt.

Das heißt nicht, dass wir Sie aufgeben. Ich habe Sie für zwei andere Anfragen mit Stapler- und Vorarbeiteranteil vorgemerkt und melde mich, sobald sich etwas tut.

Viele Grüße
Kemal Yıldız
Personaldisponent
Flexmann Personal GmbH · Niederlassung Hamburg-Harburg
Schloßmühlendamm 3 · 21073 Hamburg
Tel. 040 5550 3317
""",
    cte="base64",
))

# 16 ------------------------------------------------------------------------------------------
_t16 = """Hallo Magnus Achterberg-Nwosu,

vielen Dank für Ihre Teilnahme an unserem Auswahltag im Zentrallager Hannover-Misburg.

Wir haben die Ergebnisse aller Teilnehmenden sorgfältig ausgewertet. Leider müssen wir Ihnen mitteilen, dass wir Ihnen für die Position Teamleiter Logistik (m/w/d), Ausschreibung R-0031882, kein Angebot unterbreiten werden.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert. Sie können sich dort jederzeit auf weitere Stellen bei Nordkauf bewerben.

Freundliche Grüße
Talent Acquisition
Nordkauf Warenhaus GmbH
"""
add(spec(
    kind=K, slug="nordkauf_workday_after_ac", lang="de", company="Nordkauf Warenhaus",
    contact="", mid="nk-rej", refs=["nk-ack", "nk-inv", "nk-move"],
    frm=("Nordkauf Warenhaus", "nordkauf@myworkday.com"),
    subject="Nordkauf: Ihre Bewerbung für Teamleiter Logistik (R-0031882)",
    date="2026-06-29 05:31", tz="+0000", hdr=AUTO,
    text=_t16,
    html=ats_card("Nordkauf Karriere", "#7f1d1d", paras(_t16)
                  + button("Zum Kandidatenportal", "https://nordkauf.wd3.myworkday.com/nordkauf/login"),
                  "Diese Nachricht wurde von Workday im Auftrag von Nordkauf versendet."),
))

# 17 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="lloyd_kuehlhaus_iso_subject", lang="de", company="Lloyd Kühlhaus",
    contact="r.wilkens@lloyd-kuehlhaus.example.de",
    frm=("Lloyd Kühlhaus, Personalabteilung", "r.wilkens@lloyd-kuehlhaus.example.de",
         ("iso-8859-1", "Q")),
    subject="Rückmeldung zu Ihrer Bewerbung", subj_cs=("iso-8859-1", "B"),
    date="2026-02-12 14:22",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Sehr geehrter Herr Achterberg-Nwosu,

wir bedanken uns für Ihre Bewerbung als Vorarbeiter Tiefkühllager (-24 °C) im Fischereihafen.

Wir bedauern, Ihnen mitteilen zu müssen, dass unsere Wahl auf eine andere Person gefallen ist. Ihre Unterlagen senden wir nicht zurück; sie werden nach Ablauf der gesetzlichen Frist datenschutzgerecht vernichtet.

Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
i. A. Rita Wilkens
Lloyd Kühlhaus GmbH
Fischkai 30 · 27572 Bremerhaven
""",
))

# 18 ------------------------------------------------------------------------------------------
_q18 = quote("""Dear Jana,

Thank you for taking the time to interview me today, and please pass my thanks on to Ole for the tour of the outbound area. I really liked how your team uses the pick-by-light zones, and I'd love to bring my experience with peak-season shift planning to the Shift Lead role.

Looking forward to hearing about next steps.

Best regards,
Magnus""")
_n18 = """Hi Magnus,

Thanks so much for your kind note after Tuesday's conversation – it was a pleasure meeting you as well, and Ole enjoyed showing you around.

I've now had the debrief with Ole and the operations team, and I'm sorry to say we won't be progressing your application to the final stage for the Shift Lead Outbound role. The team felt that other finalists had more hands-on experience leading people on a night shift with our kind of parcel volume.

I know this isn't the news you were hoping for. Thanks again for your time and interest in Elbspeicher.

Warm regards,
Jana Petersen
Talent Partner, Elbspeicher Fulfillment
"""
add(spec(
    kind=K, slug="elbspeicher_greenhouse_after_thanks", lang="en", company="Elbspeicher Fulfillment",
    contact="jana.petersen@elbspeicher.example.de", mid="es-rej", irt="es-cand-thanks",
    refs=["es-ack", "es-inv", "es-missed", "es-move", "es-cand-thanks"],
    frm=("Jana Petersen via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Petersen", "jana.petersen@elbspeicher.example.de"),
    subject="Re: Thank you – Shift Lead Outbound interview",
    date="2026-06-19 11:40",
    text=_n18 + "\n" + on_wrote("en", "Tue, 16 Jun 2026 at 19:02", CAND_NAME, CAND) + "\n" + _q18,
    html=html_page(paras(_n18) + "\n<div>" + esc(on_wrote("en", "Tue, 16 Jun 2026 at 19:02", CAND_NAME, CAND))
                   + "</div>\n" + blockquote(paras(_q18.replace("> ", "").replace(">", "")))),
))

# 19 ------------------------------------------------------------------------------------------
_t19 = """Dear Magnus,

Thank you for your interest in the Warehouse Team Leader position at Reitdiep Logistics in Groningen, and for the time you gave us on the phone.

After careful consideration we have decided to move forward with candidates whose experience more closely matches the requirements of this role, in particular the cold-store operations at our Hoogkerk site.

We will keep your details on file for twelve months and may contact you about future vacancies. If you would prefer us to delete your data sooner, simply let us know via the candidate portal.

Kind regards,
The Reitdiep Logistics hiring team
"""
add(spec(
    kind=K, slug="reitdiep_workable_closer_match", lang="en", company="Reitdiep Logistics",
    contact="", mid="rd-rej", refs=["rd-ack", "rd-inv", "rd-missed"],
    frm=("Reitdiep Logistics", "noreply@candidates.workablemail.com"),
    subject="Your application for Warehouse Team Leader at Reitdiep Logistics",
    date="2026-04-14 09:05", hdr=AUTO,
    text=_t19,
    html=ats_card("Reitdiep Logistics", "#0e7490", paras(_t19),
                  "Sent via Workable · Privacy notice"),
))

# 20 ------------------------------------------------------------------------------------------
_t20 = """Hi Magnus,

I wanted to come back to you properly after we had to cancel last week's panel.

Our volume forecast for Q3 changed, and the headcount for the Inbound Supervisor position in Hamburg-Allermöhe has now been frozen by our European leadership team. That means the role has been put on hold and we will not proceed with any candidates for the time being, including you.

I'm genuinely sorry – you were one of the people we were most looking forward to meeting. If the position is reopened, I'll reach out to you personally before we advertise it again.

All the best,
Amelia Croft
Senior Recruiter, Northbridge Fulfilment
"""
add(spec(
    kind=K, slug="northbridge_role_on_hold", lang="en", company="Northbridge Fulfilment",
    contact="amelia.croft@northbridge.example.com", mid="nb-rej", refs=["nb-ack", "nb-inv", "nb-cancel"],
    frm=("Amelia Croft (Northbridge Fulfilment)", "no-reply@hire.lever.co"),
    reply_to=("Amelia Croft", "amelia.croft@northbridge.example.com"),
    subject="Inbound Supervisor – an update on the role",
    date="2026-07-02 16:20", tz="uk",
    text=_t20, html=html_page(paras(_t20)),
    cte="quoted-printable",
))

# 21 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="eemskanaal_terse_no", lang="en", company="Eemskanaal Trading",
    contact="pieter@eemskanaal-trading.example.nl", irt="ek-cand-apply",
    frm=("Pieter Bakker", "pieter@eemskanaal-trading.example.nl"),
    subject="Re: Application – Warehouse Supervisor, Groningen",
    date="2026-03-03 08:12",
    text="""Hi Magnus,

Appreciate you applying, but it's a no from us this time. Good luck with the search.

Pieter

"""
    + on_wrote("en", "Sat, 28 Feb 2026 at 20:31", CAND_NAME, CAND) + "\n"
    + quote("""Dear Mr Bakker,

I would like to apply for the Warehouse Supervisor position advertised on your website. I have eight years of experience as a forklift and reach-truck driver in Bremen, and for the last two years I have stood in for our shift supervisor during holidays. I'd be happy to come to Groningen for an interview at any time.

Kind regards,
Magnus Achterberg-Nwosu"""),
))

# 22 ------------------------------------------------------------------------------------------
_t22 = """Hi Magnus,

Thanks for the time you spent with our team on Thursday, and for being so flexible when we moved the call.

After comparing notes, we've concluded that we will close your candidacy for Site Operations Lead (Hamburg). The panel was impressed by your safety mindset, but for this first lead hire we need someone who has already run a site launch.

We hope our paths cross again as Parcelwise grows.

Tomasz Nowicki
Head of Operations Recruiting, Parcelwise
"""
add(spec(
    kind=K, slug="parcelwise_ashby_closed", lang="en", company="Parcelwise",
    contact="tomasz@parcelwise.example.io", mid="pw-rej", refs=["pw-inv", "pw-move"],
    frm=("Parcelwise Recruiting", "no-reply@ashbyhq.com"),
    reply_to=("Tomasz Nowicki", "tomasz@parcelwise.example.io"),
    subject="Update on your Site Operations Lead application",
    date="2026-08-14 14:44", hdr=AUTO,
    html=ats_card("Parcelwise", "#4338ca", paras(_t22), "Powered by Ashby"),
))

# 23 ------------------------------------------------------------------------------------------
_t23 = """Dear Magnus Achterberg-Nwosu,

We regret to inform you that your application for the position of Yard Supervisor – Bremerhaven Auto Terminal (job ID 7431-MVP) has not been successful on this occasion.

We received a very high number of applications and had to make some difficult decisions. We would like to thank you for the interest you have shown in Meridian Vehicle Processing.

Yours sincerely,
Meridian Vehicle Processing Talent Team

This is an automated message. Please do not reply.
"""
add(spec(
    kind=K, slug="meridian_smartrecruiters_formal", lang="en", company="Meridian Vehicle Processing",
    contact="",
    frm=("Meridian Vehicle Processing", "noreply@smartrecruiters.com"),
    subject="Meridian Vehicle Processing – Yard Supervisor – Bremerhaven Auto Terminal",
    date="2026-01-27 10:02", tz="+0000", hdr=AUTO,
    text=_t23,
    html=ats_card("Meridian Vehicle Processing", "#374151", paras(_t23), "SmartRecruiters"),
    cte="quoted-printable",
))

# 24 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="harlow_unnamed_client_no", lang="en", company="Harlow Maritime Search",
    contact="oliver@harlow-search.example.co.uk",
    frm=("Oliver Harlow", "oliver@harlow-search.example.co.uk"),
    subject="Ops Supervisor brief (Hamburg) – feedback",
    date="2026-09-15 09:37", tz="uk",
    text="""Hi Magnus,

Just heard back from my client on the Operations Supervisor brief in Hamburg. I'm afraid they've decided not to take you through to interview – they're set on someone who has handled reefer plugs and pre-trip inspections, and they read your CV as very strong on forklifts but light on that.

I pushed back a little, but the hiring manager didn't budge. Nothing more to do on this one, sorry.

I'll keep an eye out for warehouse-side roles that suit you better.

Cheers,
Oliver

Oliver Harlow | Director
Harlow Maritime Search Ltd
12 Dock Street, Hull HU1 3DL, United Kingdom
+44 1482 555 019
""",
))

# 25 ------------------------------------------------------------------------------------------
_t25 = """Dear Magnus,

Thank you for interviewing for the position of Depot Shift Supervisor (Hamburg) and for the time you spent with our depot team.

We have now completed all interviews. Unfortunately, you have not been selected to continue in the process for this position.

We appreciate your interest in Baltic Reefer Lines and encourage you to apply for other openings that match your skills.

Sincerely,
Talent Acquisition
Baltic Reefer Lines
"""
add(spec(
    kind=K, slug="baltic_reefer_icims_after_interview", lang="en", company="Baltic Reefer Lines",
    contact="", mid="br-rej", refs=["br-ack", "hm-inv"],
    frm=("Baltic Reefer Lines Talent Acquisition", "careers-balticreefer@talent.icims.com"),
    subject="Your application: Depot Shift Supervisor (Hamburg) – Req 2026-1187",
    date="2026-10-06 15:11", tz="+0000", hdr=AUTO,
    text=_t25,
    html=ats_card("Baltic Reefer Lines", "#1e3a8a", paras(_t25), "iCIMS Talent Platform"),
    cte="base64",
))

# 26 ------------------------------------------------------------------------------------------
_t26 = """Bonjour Monsieur Achterberg-Nwosu,

Nous vous remercions de l'intérêt que vous portez à Logistique Estuaire Normandie et de votre candidature au poste de Chef d'équipe logistique H/F sur notre plateforme du Havre.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que celle-ci n'a pas été retenue.

Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité correspondant à vos compétences se présente.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le service Recrutement
Logistique Estuaire Normandie
"""
add(spec(
    kind=K, slug="estuaire_taleo_formal", lang="fr", company="Logistique Estuaire Normandie",
    contact="",
    frm=("Logistique Estuaire Normandie", "noreply@taleo.net"),
    subject="Votre candidature : Chef d'équipe logistique H/F, Le Havre (réf. 26-0418)",
    subj_cs=("iso-8859-1", "Q"),
    date="2026-04-02 17:00", hdr=AUTO,
    cs="iso-8859-1", cte="quoted-printable",
    text=_t26,
    html=ats_card("Logistique Estuaire Normandie", "#0f766e", paras(_t26),
                  "Oracle Taleo · Ne pas répondre à ce message"),
))

# 27 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="interim_albatre_client_graville", lang="fr", company="Entrepôts Graville",
    contact="s.lemarchand@interim-albatre.example.fr", mid="ia-rej", refs=["ia-reg", "ia-inv"],
    frm=("Sophie Lemarchand", "s.lemarchand@interim-albatre.example.fr"),
    subject="Retour Entrepôts Graville",
    date="2026-07-17 11:05",
    text="""Bonjour Magnus,

Je reviens vers vous suite à votre entretien chez Entrepôts Graville mercredi dernier.

Le client a fait le choix d'un autre profil, plus expérimenté sur leur logiciel de gestion d'entrepôt, pour le poste de chef d'équipe quai. Ce n'est donc pas pour cette fois.

Votre inscription chez nous reste bien sûr active : j'ai noté votre CACES 1, 3 et 5 et votre souhait d'évoluer vers l'encadrement, et je vous recontacte dès qu'une mission s'y prête.

Bien cordialement,

Sophie Lemarchand
Chargée de recrutement
Intérim Côte d'Albâtre – Agence du Havre
27 rue de Paris, 76600 Le Havre
02 35 55 50 41
""",
    cte="quoted-printable",
))

# 28 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="seine_ocean_after_interview", lang="fr", company="Manutention Seine-Océan",
    contact="c.duval@seine-ocean.example.fr", mid="so-rej", irt="so-move",
    refs=["so-inv", "so-move"],
    frm=("Christophe Duval", "c.duval@seine-ocean.example.fr"),
    subject="RE: Entretien reporté – nouvelle date",
    date="2026-06-12 16:50",
    text="""Bonjour Monsieur Achterberg-Nwosu,

Merci d'être venu jeudi malgré le changement de date, et merci pour la franchise de vos réponses.

Après réflexion avec Mme Leroy, nous ne donnerons pas suite à votre candidature au poste de responsable d'équipe quai. Votre niveau de français au téléphone avec les transitaires nous a semblé encore un peu juste pour ce poste très exposé.

Je vous souhaite une bonne continuation.

Christophe Duval
Responsable d'exploitation – Manutention Seine-Océan
Quai de la Saône, 76600 Le Havre
Tél. 02 35 55 50 80

"""
    + on_wrote("fr", "lun. 8 juin 2026 à 09:12", "Christophe Duval", "c.duval@seine-ocean.example.fr")
    + "\n"
    + quote("""Bonjour Monsieur Achterberg-Nwosu,

Mme Leroy est souffrante cette semaine. Nous devons reporter l'entretien prévu mardi. Nouvelle date proposée : jeudi 11 juin à 14h00, même lieu (bâtiment B, 1er étage).

Merci de me confirmer.
Christophe Duval"""),
))

# 29 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="turia_after_visit", lang="es", company="Almacenes Turia Logística",
    contact="lucia.ferrer@turia-logistica.example.es", mid="tu-rej", irt="tu-move",
    refs=["tu-ack", "tu-inv", "tu-move"],
    frm=("Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es"),
    subject="RE: Cambio de hora – entrevista viernes",
    date="2026-05-11 13:25",
    text="""Hola, Magnus:

Gracias por acercarte el viernes al almacén de Riba-roja y por tu paciencia con el cambio de hora.

Hemos decidido seguir adelante con otra persona para el puesto de encargado de turno de noche. Buscábamos a alguien con más soltura en castellano para coordinar a un equipo de treinta personas, y creemos que ahora mismo no es el momento.

Te deseamos mucha suerte y, si vuelves a Valencia, no dudes en escribirnos.

Un saludo,
Lucía Ferrer
Selección de Personal · Almacenes Turia Logística S.L.
Polígono Industrial El Oliveral, calle F, 46394 Riba-roja de Túria (Valencia)
Tel. 961 55 50 72

"""
    + on_wrote("es", "mar, 5 may 2026 a las 10:02", "Lucía Ferrer", "lucia.ferrer@turia-logistica.example.es")
    + "\n"
    + quote("""Hola, Magnus:

Te escribo para cambiar la hora de la entrevista del viernes: en lugar de a las 10:00, ¿podrías venir a las 12:30? El jefe de almacén tiene una auditoría por la mañana.

Gracias y perdona las molestias.
Lucía"""),
    cte="quoted-printable",
))

# 30 ------------------------------------------------------------------------------------------
_t30 = """Hola Magnus,

Gracias por tu interés en Cervecera del Grao y por el tiempo dedicado a tu candidatura para Jefe/a de turno de almacén.

Lamentamos comunicarte que no vamos a continuar con tu candidatura en este proceso. Tras revisar todos los perfiles, hemos optado por personas que ya conocen la distribución de bebidas en la zona de Valencia.

Te deseamos lo mejor en tu búsqueda.

Un saludo,
Marta Soler
Personas y Cultura · Cervecera del Grao
"""
add(spec(
    kind=K, slug="cervecera_teamtailor_no", lang="es", company="Cervecera del Grao",
    contact="marta.soler@cervecera-grao.example.es", mid="cg-rej", refs=["cg-inv", "cg-missed"],
    frm=("Cervecera del Grao", "no-reply@teamtailor-mail.com"),
    reply_to=("Marta Soler", "marta.soler@cervecera-grao.example.es"),
    subject="Tu candidatura en Cervecera del Grao",
    date="2026-09-24 10:18",
    text=_t30,
    html=ats_card("Cervecera del Grao", "#b45309", paras(_t30), "Enviado con Teamtailor"),
    cte="base64",
))

# 31 ------------------------------------------------------------------------------------------
add(spec(
    kind=K, slug="nazaret_process_frozen", lang="es", company="Terminal Nazaret Vehículos",
    contact="javier.ortega@nazaret-vehiculos.example.es",
    frm=("Recursos Humanos – Terminal Nazaret Vehículos", "rrhh@nazaret-vehiculos.example.es"),
    reply_to=("Javier Ortega", "javier.ortega@nazaret-vehiculos.example.es"),
    subject="Proceso de selección: supervisor/a de campa",
    subj_cs=("utf-8", "B"),
    date="2026-10-01 09:40",
    cs="iso-8859-1", cte="quoted-printable",
    text="""Estimado Sr. Achterberg-Nwosu:

Le escribimos en relación con el proceso de selección para el puesto de supervisor/a de campa en nuestra terminal de vehículos del puerto de Valencia.

La dirección ha decidido congelar esta contratación hasta nuevo aviso debido a la caída de los volúmenes de exportación. Por ello, cerramos el proceso sin seleccionar a ningún candidato y no podremos seguir contando con su candidatura.

Agradecemos sinceramente su interés. Para cualquier consulta, puede responder a este correo y le atenderá Javier Ortega.

Atentamente,
Recursos Humanos
Terminal Nazaret Vehículos, S.A.
Muelle de Levante, s/n · 46024 Valencia
""",
))
