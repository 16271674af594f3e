"""Corpus 178, kind `rejection`: 31 hand-written messages (de 15, en 9, fr 4, es 3)."""

from msgs178_common import (
    CAND_NAME,
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    am_schrieb,
    ats_card,
    el_escribio,
    forward_block,
    gmail_html,
    le_a_ecrit,
    on_wrote,
    outlook_block,
    outlook_html,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def add(**spec):
    spec.setdefault("kind", "rejection")
    MESSAGES.append(spec)


# --------------------------------------------------------------------------- German

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihr Interesse an Sportkauf Mitteldeutschland und die Zeit, die Sie in Ihre Bewerbung als Verkaufsberater Fahrrad & Service (m/w/d) für unsere Filiale Leipzig-Paunsdorf investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlprozess nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person oder Ihrer fachlichen Fähigkeiten.

Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

Mit freundlichen Grüßen
Ihr Recruiting-Team Sportkauf Mitteldeutschland"""
add(slug="sportkauf_successfactors_formal", lang="de", company="Sportkauf Mitteldeutschland",
    contact="", frm=("Sportkauf Mitteldeutschland Karriere", "noreply@successfactors.eu"),
    subject="Ihre Bewerbung als Verkaufsberater Fahrrad & Service (m/w/d) – Rückmeldung",
    subj_enc=("utf-8", "B"), date="2026-01-29 14:02", refs=["sportkauf-ack"],
    html=ats_card("Sportkauf Mitteldeutschland", "#b91c1c", "Rückmeldung zu Ihrer Bewerbung", _t,
                  "Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden "
                  "nicht gelesen.\nSportkauf Mitteldeutschland GmbH · Brühl 41 · 04109 Leipzig"),
    html_cte="quoted-printable")

_t = """\
Hallo Tobias Reinholt-Mbeki,

wir melden uns zu Ihrer Bewerbung auf die Stelle „Koordinator Fahrzeugflotte Lastenräder“ (R-10482) in Dresden-Friedrichstadt.

Die Resonanz auf diese Ausschreibung war sehr groß. Wir haben alle Profile mit dem Fachbereich durchgesehen und uns entschieden, die Gespräche mit anderen Bewerberinnen und Bewerbern fortzusetzen.

Ihr Kandidatenprofil bleibt zwölf Monate in unserem Talentpool gespeichert. Sie können es im Kandidatenportal jederzeit aktualisieren oder löschen.

Freundliche Grüße
Talent Acquisition | Elbpaket Logistik

Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nicht auf diese E-Mail."""
add(slug="elbpaket_workday_portal", lang="de", company="Elbpaket Logistik", contact="",
    frm=("Elbpaket Logistik", "elbpaket@myworkday.com"),
    subject="Elbpaket Logistik: Update zu Ihrer Bewerbung (R-10482)",
    date="2026-02-24 07:31", tz="+0000", refs=["elbpaket-ack"],
    text=_t, html=simple_html(_t), cte="quoted-printable")

_quoted = f"""\
Sehr geehrte Frau Köhler,

vielen Dank für das angenehme Gespräch am Dienstag und die Führung durch die Endmontage. Besonders der Einblick in Ihre Händlerhotline hat mich bestärkt, dass ich im technischen Support für Kettwerk richtig wäre.

Ich freue mich darauf, von Ihnen zu hören, und stehe gern auch für einen Probetag zur Verfügung.

Viele Grüße
{CAND_SIG_DE}"""
_t = f"""\
Hallo Herr Reinholt-Mbeki,

danke für Ihre freundlichen Zeilen – die haben mich gefreut, und deshalb fällt mir diese Antwort nicht leicht.

Wir haben nach allen Gesprächen intern abgestimmt und uns für eine Kandidatin entschieden, die bereits mehrere Jahre im B2B-Händlersupport gearbeitet hat. Für die Stelle im technischen Support kommen Sie damit nicht mehr in Frage. Ihre Werkstattpraxis hat uns trotzdem beeindruckt, und falls wir im Herbst die Serviceflotte ausbauen, würde ich Sie gern direkt ansprechen.

Alles Gute bis dahin!

Sabine Köhler
Personalreferentin
Kettwerk E-Bikes GmbH
Tharandter Straße 88, 01159 Dresden
Telefon +49 351 555 7731

{am_schrieb("Fr., 27. März 2026 um 18:40", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
add(slug="kettwerk_after_interview_thanks", lang="de", company="Kettwerk E-Bikes",
    contact="s.koehler@kettwerk.example.de",
    frm=("Sabine Köhler", "s.koehler@kettwerk.example.de"), frm_enc=("iso-8859-1", "Q"),
    subject="AW: Danke für das Gespräch am Dienstag", date="2026-04-08 11:15",
    refs=["kettwerk-phone", "kettwerk-ill", "kettwerk-thanks"], text=_t, cte="8bit")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

nochmals herzlichen Dank, dass Sie am 21. April an unserem Auswahltag in Erfurt teilgenommen haben. Die Fallstudie zur Störungsannahme haben Sie souverän bearbeitet, und auch im Rollenspiel mit dem verärgerten Fahrer haben Sie ruhig reagiert.

In der Gesamtbewertung lagen am Ende allerdings zwei Mitbewerber knapp vor Ihnen. Die Position als Techniker Fuhrparkservice können wir Ihnen deshalb nicht anbieten.

Gern würden wir Ihre Unterlagen für künftige Vakanzen in unserem Bewerberpool behalten. Wenn Sie einverstanden sind, genügt eine kurze Antwort auf diese E-Mail.

Mit freundlichen Grüßen

Dirk Lübben
Teamleiter Personalgewinnung
Radlager Logistik GmbH
Industriestraße 12 · 99091 Erfurt
Tel. +49 361 555 0142 · www.radlager.example.de

--
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Radlager Logistik GmbH · Sitz Erfurt · Amtsgericht Jena HRB 512840 · Geschäftsführer: Matthias Krell"""
add(slug="radlager_after_assessment", lang="de", company="Radlager Logistik",
    contact="d.luebben@radlager.example.de",
    frm=("Dirk Lübben", "d.luebben@radlager.example.de"), frm_enc=("iso-8859-1", "B"),
    subject="Ihre Teilnahme am Auswahltag: unsere Entscheidung",
    subj_enc=("iso-8859-1", "Q"), date="2026-05-06 16:20",
    refs=["radlager-ack", "radlager-ac", "radlager-ac-move"],
    text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """\
Hi Tobias,

ich muss dir leider eine unerfreuliche Nachricht überbringen: Die Stelle „Field Technician E-Scooter-Flotte“ ist bis auf Weiteres auf Eis gelegt. Nach der Neuplanung fürs zweite Halbjahr führen wir den Prozess nicht fort – auch nicht mit anderen Kandidat:innen. Den abgesagten Termin werden wir deshalb nicht mehr nachholen.

Das hat nichts mit dir oder deinem Profil zu tun. Wenn die Stelle 2027 wieder aufgeht, würde ich mich gern bei dir melden – sag einfach Bescheid, falls das für dich okay ist.

Danke für deine Geduld in den letzten Wochen!

Mira Sommer
Talent Partner | Flottenfuchs
Revaler Straße 29, 10245 Berlin"""
add(slug="flottenfuchs_lever_on_hold", lang="de", company="Flottenfuchs",
    contact="mira.sommer@flottenfuchs.example.de",
    frm=("Mira Sommer", "no-reply@hire.lever.co"),
    reply_to=("Mira Sommer", "mira.sommer@flottenfuchs.example.de"),
    subject="Update zur Stelle Field Technician E-Scooter-Flotte", date="2026-05-27 10:04",
    tz="+0000", refs=["flotten-inv", "flotten-cancel"],
    text=_t, html=simple_html(_t, font="Helvetica"), cte="quoted-printable")

_t = """\
Hallo Tobias,

danke, dass du dir für das Panelgespräch mit Anke, Ruben und mir so viel Zeit genommen hast.

Wir haben danach lange diskutiert. Den Ausschlag gab am Ende die Erfahrung mit unserer Kassen- und Werkstattsoftware im Händleralltag, die ein anderer Kandidat schon mitbringt. Wir werden dir deshalb kein Angebot für die Position Technical Support Specialist machen.

Deine Fragen zum Ticket-Routing waren übrigens die besten der ganzen Runde – ich hoffe, wir kreuzen uns wieder.

Beste Grüße
Lena Hartwig
People & Talent, Werkbank Software"""
add(slug="werkbank_greenhouse_after_panel", lang="de", company="Werkbank Software",
    contact="lena.hartwig@werkbank-software.example.de",
    frm=("Lena Hartwig via Greenhouse", "no-reply@greenhouse-mail.io"),
    reply_to=("Lena Hartwig", "lena.hartwig@werkbank-software.example.de"),
    subject="Werkbank Software – deine Bewerbung als Technical Support Specialist",
    date="2026-05-12 15:47", tz="+0000", refs=["werkbank-ack", "werkbank-panel", "werkbank-update"],
    text=_t, html=simple_html(_t), cte="quoted-printable",
    headers=[("X-Mailer", "Greenhouse")])

_t = """\
Hallo Herr Reinholt-Mbeki,

ich habe heute Vormittag mit Herrn Tänzer von Muldental Bikes telefoniert.

Nachdem das Gespräch in Grimma letzte Woche nicht zustande kam, hat sich der Kunde inzwischen für einen Bewerber entschieden, den er am selben Tag kennengelernt hat. Für die Werkstattleitung in Grimma ist der Zug damit leider abgefahren.

Ich habe aber noch zwei Serviceleitungen im Raum Wurzen und Borna im Blick. Wenn Sie mögen, telefonieren wir am Donnerstag kurz – dann können Sie mir auch erzählen, was am 17. schiefgelaufen ist.

Freundliche Grüße
Carina Voigt
Personalberaterin – Technik & Handwerk
PersonalPlus Sachsen
Karl-Liebknecht-Straße 54 · 04275 Leipzig
Tel. 0341 555 2090"""
add(slug="personalplus_client_muldental_no", lang="de", company="Muldental Bikes",
    contact="c.voigt@personalplus.example.de",
    frm=("Carina Voigt | PersonalPlus Sachsen", "c.voigt@personalplus.example.de"),
    subject="Rückmeldung Muldental Bikes", subj_enc=("iso-8859-1", "B"),
    date="2026-03-02 12:26", refs=["pp-reg", "pp-client-inv", "pp-missed"],
    text=_t, charset="windows-1252", cte="8bit")

_quoted = f"""\
{outlook_block("de", "Henrik Sturm <h.sturm@kranich-personal.example.de>", "Donnerstag, 9. Juli 2026 17:12", CAND_NAME, "Gespräch mit unserem Mandanten am 14.07.")}

Lieber Herr Reinholt-Mbeki,

wie besprochen bestätige ich Ihnen das zweite Gespräch mit meinem Mandanten am Dienstag, 14.07., um 11:00 Uhr in Berlin-Mitte. Die genaue Adresse schicke ich Ihnen am Vortag.

Beste Grüße
Henrik Sturm"""
_t = """\
Lieber Herr Reinholt-Mbeki,

mein Mandant hat sich gestern Abend bei mir gemeldet. Nach der zweiten Runde hat man sich für eine Besetzung entschieden, die stärker aus dem Key-Account-Umfeld kommt; Ihre Kandidatur wird dort nicht weiterverfolgt.

Ich weiß, das ist nach zwei Gesprächen ärgerlich. Das Feedback zu Ihrer technischen Tiefe war ausdrücklich positiv, und ich würde Sie gern für künftige Mandate im Bereich After-Sales im Blick behalten.

Herzliche Grüße
Henrik Sturm
Partner
Kranich Personalberatung
Friedrichstraße 133, 10117 Berlin
+49 30 555 81 40"""
add(slug="kranich_client_unnamed_after_second", lang="de", company="Kranich Personalberatung",
    contact="h.sturm@kranich-personal.example.de",
    frm=("Henrik Sturm", "h.sturm@kranich-personal.example.de"),
    subject="AW: Gespräch mit unserem Mandanten am 14.07.", subj_enc=("utf-8", "Q"),
    date="2026-07-28 08:55", refs=["kranich-inv"],
    text=_t + "\n\n" + _quoted, html=outlook_html(_t, "de", _quoted), cte="quoted-printable")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

vielen Dank für Ihre Geduld in den letzten Wochen und für Ihre Flexibilität bei der Terminverschiebung.

Wir möchten Sie offen informieren: Die Werkstattleitung in unserer Filiale Dresden-Neustadt wird mit einem Kollegen aus unserem Haus in Chemnitz besetzt, der ab November nach Dresden wechselt. Eine externe Besetzung ist damit entfallen, und Ihr Bewerbungsverfahren endet an dieser Stelle.

Sie haben einen sehr guten Eindruck hinterlassen – bitte schauen Sie gern wieder auf unsere Karriereseite.

Freundliche Grüße
Yvonne Brandt
Personal & Organisation
Bergwerk Outdoor – Räder, Berg & Wasser
Königsbrücker Straße 70, 01099 Dresden"""
add(slug="bergwerk_filled_internally", lang="de", company="Bergwerk Outdoor",
    contact="personal@bergwerk-outdoor.example.de",
    frm=("Bergwerk Outdoor Personal", "personal@bergwerk-outdoor.example.de"),
    subject="Ihre Bewerbung „Werkstattleitung Dresden-Neustadt“",
    subj_enc=("utf-8", "Q"), date="2026-10-14 13:40", refs=["bergwerk-move"],
    text=_t, charset="windows-1252", cte="8bit")

_t = """\
Hallo Tobias,

kurze Rückmeldung von uns: Wir gehen mit jemand anderem weiter.

Danke dir für die Zeit und die Fahrt nach Kreuzberg!

Jonas
--
Jonas Albrecht · Head of Service · Pedalkraft
Ohlauer Straße 43, 10999 Berlin"""
add(slug="pedalkraft_terse_human", lang="de", company="Pedalkraft",
    contact="jonas@pedalkraft.example.de", frm=("Jonas Albrecht", "jonas@pedalkraft.example.de"),
    subject="Re: Gespräch Service-Techniker", date="2026-09-08 18:02",
    refs=["pedal-ack", "pedal-inv"], text=_t, cte="base64")

_t = """\
Moin Tobias,

ich mach's kurz und ehrlich: Das wird diesmal nix mit uns beiden. Wir brauchen jemanden, der ab sofort die Hotline für die Händler in Polen mit abdeckt, und da kommen wir mit Deutsch/Englisch nicht hin.

Fand's trotzdem cool, dass du dich gemeldet hast – wenn du mal in Pankow bist, komm auf 'nen Kaffee in der Werkstatt vorbei.

Kai

Kai Petersen
Teamlead Kundenservice
Nordlicht Fahrradtechnik · Berliner Straße 11 · 13189 Berlin"""
add(slug="nordlicht_casual_colleague", lang="de", company="Nordlicht Fahrradtechnik",
    contact="kai@nordlicht-rad.example.de", frm=("Kai Petersen", "kai@nordlicht-rad.example.de"),
    subject="kurz zu deiner Bewerbung", date="2026-10-20 09:12", text=_t,
    cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

wir bedanken uns für Ihre Bewerbung als Support Engineer (m/w/d) bei Trailtech Systems in Berlin und für Ihr Interesse an unserem Unternehmen.

Nach Abschluss der Auswahlgespräche haben wir entschieden, Ihre Bewerbung nicht weiter zu verfolgen. Bitte haben Sie Verständnis dafür, dass wir aufgrund der Vielzahl an Bewerbungen keine individuelle Begründung geben können.

Ihre Daten werden gemäß unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Mit besten Grüßen
People Team Trailtech Systems

Diese Nachricht wurde über SmartRecruiters versendet."""
add(slug="trailtech_smartrecruiters_formal", lang="de", company="Trailtech Systems", contact="",
    frm=("Trailtech Systems", "noreply@smartrecruiters.com"),
    subject="Ihre Bewerbung bei Trailtech Systems – Support Engineer (m/w/d)",
    subj_enc=("utf-8", "B"), date="2026-10-06 09:00", tz="+0000",
    refs=["trailtech-ack", "trailtech-missed"],
    text=_t, html=ats_card("Trailtech Systems", "#1d4ed8", "Ihre Bewerbung", _t.rsplit("\n\n", 1)[0],
                           "Powered by SmartRecruiters · Datenschutz · Impressum"),
    cte="base64", html_cte="base64")

_quoted = f"""\
{outlook_block("de", "Tobias Reinholt-Mbeki <tobias.rm@example.de>", "Dienstag, 11. August 2026 07:58", "Ramona Gebhardt <r.gebhardt@saalemobil.example.de>", "AW: Einladung zum Vorstellungsgespräch – Technischer Kundenservice")}

Sehr geehrte Frau Gebhardt,

vielen Dank für die Einladung zum Vorstellungsgespräch. Der 25.08. um 10:00 Uhr passt mir gut; ich komme gern zu Ihnen nach Halle. Muss ich Unterlagen oder Zeugnisse im Original mitbringen?

Mit freundlichen Grüßen
Tobias Reinholt-Mbeki

{outlook_block("de", "Ramona Gebhardt <r.gebhardt@saalemobil.example.de>", "Dienstag, 4. August 2026 14:31", "Tobias Reinholt-Mbeki <tobias.rm@example.de>", "Einladung zum Vorstellungsgespräch – Technischer Kundenservice")}

Sehr geehrter Herr Reinholt-Mbeki,

wir möchten Sie gern persönlich kennenlernen und laden Sie zu einem Vorstellungsgespräch ein."""
_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

leider muss ich Ihnen mitteilen, dass unsere Geschäftsführung die Stelle „Technischer Kundenservice E-Carsharing“ gestern ersatzlos gestrichen hat. Das Projekt in Leipzig wird nicht wie geplant gestartet.

Das für den 25. August geplante Gespräch entfällt daher, und wir können das Verfahren mit Ihnen nicht fortsetzen. Unterlagen müssen Sie selbstverständlich keine mitbringen.

Ich bedaure das sehr und danke Ihnen für Ihr Interesse an Saale Mobil.

Mit freundlichen Grüßen
Ramona Gebhardt
Referentin Personal
Saale Mobil GmbH | Merseburger Straße 200 | 06112 Halle (Saale)
Tel.: +49 345 555 6120

Saale Mobil GmbH · Sitz: Halle (Saale) · Registergericht Stendal HRB 27714
Der Inhalt dieser E-Mail ist ausschließlich für den bezeichneten Adressaten bestimmt."""
add(slug="saalemobil_role_cancelled_chain", lang="de", company="Saale Mobil",
    contact="r.gebhardt@saalemobil.example.de",
    frm=("Ramona Gebhardt", "r.gebhardt@saalemobil.example.de"),
    subject="AW: Einladung zum Vorstellungsgespräch – Technischer Kundenservice",
    date="2026-08-20 10:37", refs=["saale-inv", "saale-reply"],
    text=_t + "\n\n" + _quoted, html=outlook_html(_t, "de", _quoted),
    cte="quoted-printable", html_cte="base64")

_t = """\
Guten Tag Herr Reinholt-Mbeki,

schade, dass das vereinbarte Gespräch am 24. September bei uns in Erfurt nicht stattfinden konnte.

Da wir die Position im Versandservice zeitnah besetzen müssen, haben wir das Auswahlverfahren inzwischen abgeschlossen. Eine weitere Einladung können wir Ihnen deshalb nicht anbieten.

Wir danken Ihnen für Ihr Interesse und wünschen Ihnen viel Erfolg bei der weiteren Suche.

Ihr Bewerbermanagement
Antrieb24"""
add(slug="antrieb24_personio_after_noshow", lang="de", company="Antrieb24",
    contact="bewerbung@antrieb24.example.de",
    frm=("Antrieb24 Recruiting", "no-reply@personio.de"),
    reply_to=("Bewerbermanagement Antrieb24", "bewerbung@antrieb24.example.de"),
    subject="Ihre Bewerbung: Mitarbeiter technischer Versandservice (m/w/d)",
    date="2026-10-09 11:11", refs=["antrieb-ack", "antrieb-missed"],
    html=ats_card("Antrieb24", "#ea580c", "Ihre Bewerbung bei Antrieb24", _t,
                  "Antrieb24 · Am Urbicher Kreuz 7 · 99099 Erfurt\nGesendet mit Personio"))

_fwd = f"""\
{forward_block("de", "Personalabteilung LogiRad <personal@logirad.example.de>", "Mi., 5. Aug. 2026 um 09:14", "Kandidat Reinholt-Mbeki – Entscheidung", "Nadine Engel <n.engel@elster-personal.example.de>")}

Sehr geehrte Frau Engel,

nach Abstimmung mit der Fachabteilung sagen wir Herrn Reinholt-Mbeki für die Position Disponent Lastenradflotte ab. Wir danken Ihnen für den Vorschlag.

Freundliche Grüße
Personalabteilung LogiRad"""
_t = f"""\
Hallo Herr Reinholt-Mbeki,

unsere Personalabteilung hat die Entscheidung heute früh an Frau Engel von Zeitarbeit Elster geschickt. Damit Sie es nicht über Umwege erfahren, leite ich sie Ihnen direkt weiter: Wir nehmen für die Disposition einen Bewerber, der schon mit unserer Tourenplanung gearbeitet hat.

Mir persönlich tut das leid – Ihre Fragen zur Wartungsplanung der Räder fand ich richtig gut. Wenn bei uns in der Werkstatt etwas frei wird, melde ich mich.

Gruß
Steffen Wolf
Leitung Flottenbetrieb, LogiRad
Zschochersche Straße 48, 04229 Leipzig

{_fwd}"""
add(slug="logirad_forwarded_decision", lang="de", company="LogiRad",
    contact="steffen.wolf@logirad.example.de",
    frm=("Steffen Wolf", "steffen.wolf@logirad.example.de"),
    cc=[("Nadine Engel", "n.engel@elster-personal.example.de")],
    subject="WG: Kandidat Reinholt-Mbeki – Entscheidung", date="2026-08-05 13:02",
    refs=["elster-reg", "elster-inv"], text=_t, cte="quoted-printable")

# --------------------------------------------------------------------------- English

_quoted = f"""\
Dear Petra,

Thank you for the interview on Tuesday and for showing me the service bay. I really enjoyed talking through the motor diagnostics questions with Martin, and I'm even more motivated to join Vltava Cycles.

I'm looking forward to hearing about the next steps.

Best regards,
{CAND_SIG_EN}"""
_t = f"""\
Hi Tobias,

Thank you for your kind note, and for the time you gave us last week. I've been going back and forth on how to write this, so I'll be direct: we're offering the Technical Support Specialist role to another candidate who has already supported dealer networks in Czechia and Slovakia.

It was a close call. Martin asked me to pass on that your diagnostics walkthrough was the clearest we heard. I'll keep your details, with your permission, for the service engineer opening we expect in autumn.

All the best,
Petra

Petra Nováková
Talent Lead, Vltava Cycles
Holešovice, Prague

{on_wrote("Wed, 4 Mar 2026 at 19:12", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
add(slug="vltava_greenhouse_after_thanks", lang="en", company="Vltava Cycles",
    contact="petra.novakova@vltavacycles.example.cz",
    frm=("Petra Nováková via Greenhouse", "no-reply@greenhouse-mail.io"),
    frm_enc=("utf-8", "B"),
    reply_to=("Petra Nováková", "petra.novakova@vltavacycles.example.cz"),
    rt_enc=("utf-8", "Q"),
    subject="Re: Thank you – Technical Support Specialist interview",
    date="2026-03-12 10:48", refs=["vltava-ack", "vltava-inv", "vltava-move", "vltava-thanks"],
    text=_t, html=gmail_html(_t.split("\n\nOn Wed")[0], on_wrote("Wed, 4 Mar 2026 at 19:12", CAND_NAME, "tobias.rm@example.de"), _quoted, "en"),
    cte="quoted-printable")

_t = """\
Dear Tobias,

Thank you for spending a day with us at the Nørrebro store for the Workshop Lead trial shift.

We have now reviewed all candidates for this position and regret to inform you that we will not be offering you the role. We appreciate the effort you put into the process and encourage you to keep an eye on future openings at Northgear Sports.

Kind regards,
Northgear Sports Talent Acquisition"""
add(slug="northgear_workday_after_trial", lang="en", company="Northgear Sports", contact="",
    frm=("Northgear Sports Careers", "northgear@myworkday.com"),
    subject="Your application for Workshop Lead, Nørrebro", subj_enc=("utf-8", "Q"),
    date="2026-04-15 08:02", tz="+0000", refs=["northgear-ack", "northgear-trial"],
    html=ats_card("Northgear Sports", "#111827", "An update on your application", _t,
                  "Please do not reply to this automated message.\nNorthgear Sports A/S, "
                  "Nørrebrogade 120, 2200 Copenhagen N", lang="en"),
    html_cte="quoted-printable")

_t = """\
Dear Tobias,

Thank you for taking part in the panel interview for the Product Support Analyst role in Prague.

After careful consideration, we have decided to move forward with candidates whose experience more closely matches the requirements of the position at this time.

We know that this news is disappointing. Your profile will remain in our talent community, and you are welcome to apply for future vacancies at Moldau Logistics.

Sincerely,
Talent Acquisition Team
Moldau Logistics

This email was sent from an unmonitored mailbox."""
add(slug="moldau_icims_closer_match", lang="en", company="Moldau Logistics", contact="",
    frm=("Moldau Logistics Talent Acquisition", "moldaulogistics@icims.com"),
    subject="Product Support Analyst (Req 4471) - application status",
    date="2026-05-19 13:20", tz="-0400", refs=["moldau-ack", "moldau-panel", "moldau-update"],
    text=_t, html=simple_html(_t, "en"), cte="base64", html_cte="base64")

_t = """\
Hi Tobias,

I heard back from Petrin Scooters this morning. They liked your hands-on answers on battery diagnostics, but they've gone with someone who speaks Czech, as the role talks to local repair partners every day.

Not the news either of us wanted. I still think you're a strong fit for English-speaking support roles here, and I have a conversation with a Brno e-bike brand next week - can I put you forward?

Cheers,
Ondrej

Ondrej Maly
Senior Consultant, Technical Roles
TalentBridge Europe | Na Porici 12, Prague 1
+420 555 310 442"""
add(slug="talentbridge_client_petrin_no", lang="en", company="Petrin Scooters",
    contact="ondrej.maly@talentbridge.example.eu",
    frm=("Ondřej Malý", "ondrej.maly@talentbridge.example.eu"), frm_enc=("utf-8", "B"),
    subject="Petrin Scooters - feedback", date="2026-05-26 09:41",
    refs=["tb-reg", "tb-client-inv"], text=_t)

_t = """\
Dear Tobias,

I am writing with an update I had hoped not to send.

Following last week's budget review, Kestrel Parts has frozen all new hiring for the remainder of the year, including the Technical Product Support role you applied for. We are closing the vacancy and, with it, your application.

Thank you for your interest and for the thoughtful cover letter. If the position is opened again in 2027, we will advertise it on our careers page.

Best wishes,
Signe Holm
HR Business Partner
Kestrel Parts | Vesterbrogade 149, 1620 Copenhagen V | +45 55 50 21 90"""
add(slug="kestrel_hiring_freeze", lang="en", company="Kestrel Parts",
    contact="signe.holm@kestrelparts.example.dk",
    frm=("Signe Holm", "signe.holm@kestrelparts.example.dk"),
    subject="Technical Product Support - your application", date="2026-10-12 15:05",
    html=simple_html(_t, "en", "Georgia"), html_cte="quoted-printable")

_t = """\
Hey Tobias,

thanks for your time on this - we won't be moving forward.

All the best,
Sam"""
add(slug="ridegrid_terse_human", lang="en", company="RideGrid", contact="sam@ridegrid.example.com",
    frm=("Sam Okafor", "sam@ridegrid.example.com"), subject="Re: quick chat about the ops role",
    date="2026-07-30 21:14", refs=["ridegrid-chat", "ridegrid-push", "ridegrid-missed"], text=_t)

_t = """\
Hello Tobias,

I have feedback from my client on the Service Operations Specialist search.

They appreciated your time and your openness in the first interview, but they will not be taking your candidacy forward to the final stage. They are prioritising candidates who have run B2B fleet support in the Nordics, which is a narrower brief than the one they gave me at the start.

I'm sorry this one didn't work out. I'll be in touch when I have something closer to your background.

Kind regards,
Maja Lindqvist
Founder | Lindqvist Search
Store Kongensgade 40, 1264 Copenhagen K
+45 55 12 80 33

CONFIDENTIALITY: This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it."""
add(slug="lindqvist_client_unnamed_no", lang="en", company="Lindqvist Search",
    contact="maja@lindqvist-search.example.dk",
    frm=("Maja Lindqvist", "maja@lindqvist-search.example.dk"),
    subject="Service Operations Specialist - client feedback", date="2026-09-02 16:30",
    text=_t, html=outlook_html(_t, "en"), cte="7bit", html_cte="quoted-printable")

_quoted = f"""\
Hi Freja,

So sorry about Tuesday - I had the wrong time zone in my calendar. Tuesday 18 August at 13:00 works perfectly, see you at the workshop.

Tobias

{on_wrote("Tue, 11 Aug 2026 at 10:41", "Freja Dahl", "freja.dahl@havnecykel.example.dk")}
> Hi Tobias,
>
> We waited for you on the video call at 10:00 today but couldn't reach you. No worries - let's book a new slot. Would Tuesday 18 August at 13:00 at our workshop in Refshaleøen work?
>
> Freja"""
_t = f"""\
Hi Tobias,

Thanks again for coming in on Tuesday, and for being so relaxed about the mix-up with the first call.

We've now met all finalists for the Customer Service Technician role. I'm sorry to tell you that we have chosen another candidate, mainly because of their experience with cargo bike hydraulics at scale. This isn't the outcome you were hoping for, and I appreciate all the effort you put in.

Best,
Freja

Freja Dahl | People & Culture | Havnecykel
Refshalevej 163, 1432 Copenhagen K

{on_wrote("Tue, 11 Aug 2026 at 12:02", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
add(slug="havnecykel_after_second_round_chain", lang="en", company="Havnecykel",
    contact="freja.dahl@havnecykel.example.dk",
    frm=("Freja Dahl", "freja.dahl@havnecykel.example.dk"),
    subject="Re: Customer Service Technician - interview", date="2026-08-26 14:10",
    refs=["havne-inv", "havne-missed", "havne-rebook"], text=_t, cte="quoted-printable")

_t = """\
Dear Tobias,

Thank you for applying for the Service Desk Technician (English) position at Bohemia E-Motion.

After we were unable to connect on 22 September, our hiring team completed the process with the remaining finalists. Your application will therefore not progress further.

We wish you every success in your search.

Bohemia E-Motion Recruitment"""
add(slug="bohemia_recruitee_after_noshow", lang="en", company="Bohemia E-Motion", contact="",
    frm=("Bohemia E-Motion", "notifications@jobs.recruitee.com"),
    subject="Service Desk Technician (English): update", date="2026-10-05 10:22",
    refs=["bohemia-ack", "bohemia-missed"],
    text=_t, html=ats_card("Bohemia E-Motion", "#7c3aed", "Application update", _t,
                           "Sent via Recruitee", lang="en"),
    cte="base64", html_cte="base64")

# --------------------------------------------------------------------------- French

_quoted = f"""\
Bonjour Madame Dumas,

Je vous remercie pour l'entretien de mardi et pour la visite de l'atelier de Vénissieux. J'ai beaucoup apprécié nos échanges sur le diagnostic des moteurs et je serais ravi de rejoindre votre équipe support.

Au plaisir de vous revoir,
{CAND_SIG_FR}"""
_t = f"""\
Bonjour Tobias,

Merci pour votre message, qui nous a fait très plaisir.

Après avoir rencontré l'ensemble des candidats, nous avons choisi de poursuivre avec une personne déjà formée à nos moteurs et à notre outil de garantie. Je sais que ce n'est pas la réponse que vous espériez, et je tiens à vous dire que votre candidature a été très appréciée par l'équipe atelier.

Nous conservons votre dossier avec votre accord pour de futurs postes au support technique.

Bien cordialement,
Claire Dumas
Responsable recrutement
Véloce Rhône – 14 rue Marius Berliet, 69008 Lyon
Tél. +33 4 55 50 18 20

{le_a_ecrit("jeu. 26 mars 2026 à 18:05", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
add(slug="veloce_rhone_after_interview_thanks", lang="fr", company="Véloce Rhône",
    contact="claire.dumas@veloce-rhone.example.fr",
    frm=("Claire Dumas", "claire.dumas@veloce-rhone.example.fr"),
    subject="RE: Merci pour l'entretien", date="2026-04-02 17:44",
    refs=["veloce-inv", "veloce-move", "veloce-thanks"],
    text=_t, charset="windows-1252", cte="quoted-printable")

_t = """\
Bonjour Tobias,

Nous vous remercions de l'intérêt que vous portez à Grand Air Sports.

Après une étude attentive de votre candidature au poste de Technicien atelier cycles pour notre magasin de Lyon Part-Dieu, nous ne sommes malheureusement pas en mesure d'y donner une suite favorable.

Nous vous souhaitons pleine réussite dans vos recherches.

L'équipe Recrutement Grand Air Sports"""
add(slug="grandair_smartrecruiters_formal", lang="fr", company="Grand Air Sports", contact="",
    frm=("Grand Air Sports", "noreply@smartrecruiters.com"),
    subject="Votre candidature chez Grand Air Sports", date="2026-06-03 09:30", tz="+0000",
    refs=["grandair-ack", "grandair-cancel"],
    html=ats_card("Grand Air Sports", "#047857", "Votre candidature", _t,
                  "Merci de ne pas répondre à ce message automatique.\nPowered by SmartRecruiters",
                  lang="fr"))

_t = """\
Bonjour Tobias,

J'ai eu le retour de Transports Fourvière après votre entretien de jeudi.

Ils ont retenu un candidat lyonnais disponible immédiatement, alors que votre déménagement n'est prévu qu'en septembre. Ils ont toutefois apprécié votre expérience des vélos-cargos et m'ont demandé de vous garder en tête pour la prochaine ouverture.

Votre dossier reste actif chez nous, et je reviens vers vous dès que j'ai une mission proche de votre profil.

Cordialement,
Julien Marchetti
Chargé de recrutement, Logistique & Mobilité
Intérim Confluence
32 cours Charlemagne, 69002 Lyon
04 55 50 77 12"""
add(slug="interim_confluence_client_fourviere_no", lang="fr", company="Transports Fourvière",
    contact="j.marchetti@interim-confluence.example.fr",
    frm=("Julien Marchetti", "j.marchetti@interim-confluence.example.fr"),
    subject="Retour de Transports Fourvière", subj_enc=("iso-8859-1", "Q"),
    date="2026-06-08 18:20", refs=["confluence-reg", "confluence-client-inv"],
    text=_t, charset="iso-8859-1", cte="8bit")

_t = """\
Bonjour Monsieur Reinholt-Mbeki,

Nous revenons vers vous concernant votre candidature au poste de Technicien support flotte.

Suite à une réorganisation de notre activité sur le site de Corbas, ce poste a été supprimé et ne sera pas pourvu. Nous clôturons donc ce recrutement, et votre candidature ne pourra pas aboutir.

Nous vous remercions sincèrement pour votre démarche et vous souhaitons une bonne continuation.

Hélène Roux
Service Recrutement
LogiSaône, ZI Les Meurières, 69960 Corbas"""
add(slug="logisaone_post_abolished", lang="fr", company="LogiSaône",
    contact="recrutement@logisaone.example.fr",
    frm=("LogiSaône Recrutement", "recrutement@logisaone.example.fr"),
    frm_enc=("iso-8859-1", "B"),
    subject="Votre candidature – Technicien support flotte", date="2026-07-20 11:08",
    refs=["logisaone-ack"], text=_t, html=simple_html(_t, "fr"),
    charset="iso-8859-1", cte="quoted-printable", html_charset="utf-8")

# --------------------------------------------------------------------------- Spanish

_quoted = f"""\
Hola Ane:

Muchas gracias por la entrevista del miércoles y por enseñarme el taller de Zorrotzaurre. Me gustó mucho conocer al equipo de posventa y estaría encantado de trabajar con vosotros.

Un saludo,
{CAND_SIG_ES}"""
_t = f"""\
Hola Tobias:

Gracias por tu mensaje tan amable; se lo he reenviado también a Gorka.

Hemos terminado las entrevistas y al final hemos elegido a un candidato que habla euskera y ya ha atendido a distribuidores en el norte. Por eso no vamos a seguir contigo en este proceso, aunque tu perfil técnico nos encantó.

Te deseo mucha suerte en Bilbao y ojalá coincidamos más adelante.

Ane Etxeberria
Responsable de Personas
Bizikleta Norte · Muelle de Zorrotzaurre 5, 48014 Bilbao
+34 944 55 02 31

{el_escribio("vie, 8 may 2026 a las 19:02", CAND_NAME, "tobias.rm@example.de")}
{quote(_quoted)}"""
add(slug="bizikleta_after_interview_thanks", lang="es", company="Bizikleta Norte",
    contact="ane.etxeberria@bizikletanorte.example.es",
    frm=("Ane Etxeberria", "ane.etxeberria@bizikletanorte.example.es"),
    subject="Re: Gracias por la entrevista", date="2026-05-20 12:30",
    refs=["bizi-inv", "bizi-move", "bizi-thanks"], text=_t, cte="8bit")

_t = """\
Estimado/a Tobias:

Le agradecemos el interés mostrado en el puesto de Técnico/a de Taller y Atención al Cliente en Deportes Ría (Bilbao, Zubiarte).

Lamentamos comunicarle que en esta ocasión su candidatura no ha sido seleccionada para continuar en el proceso. Conservaremos sus datos en nuestra base de candidatos durante un año, salvo que nos indique lo contrario.

Atentamente,
Departamento de Selección
Deportes Ría"""
add(slug="deportesria_taleo_formal", lang="es", company="Deportes Ría", contact="",
    frm=("Deportes Ría - Selección", "noreply@taleo.net"), frm_enc=("iso-8859-1", "Q"),
    subject="Su candidatura en Deportes Ría", subj_enc=("utf-8", "B"),
    date="2026-07-14 08:45", tz="+0000", refs=["deportes-ack"],
    text=_t, html=ats_card("Deportes Ría", "#0369a1", "Su candidatura", _t,
                           "Este correo se ha generado automáticamente. Por favor, no responda.",
                           lang="es"),
    cte="quoted-printable")

_t = """\
Hola Tobias,

te escribo con la respuesta de Ekobide Cargo: han cerrado el proceso para el puesto de técnico de mantenimiento de flota con otro perfil, alguien que ya trabajaba con ellos como autónomo.

No es lo que esperábamos, la verdad. Les gustó tu experiencia con bicicletas de carga, así que no descarto que vuelvan a llamarte en primavera.

Seguimos en contacto; en cuanto tenga otra oferta que encaje te aviso.

Un abrazo,
Iker Goikoetxea
Consultor de selección
Talento Vasco · Gran Vía 45, 48011 Bilbao · 944 55 18 70"""
add(slug="talentovasco_client_ekobide_no", lang="es", company="Ekobide Cargo",
    contact="iker.g@talentovasco.example.es",
    frm=("Iker Goikoetxea", "iker.g@talentovasco.example.es"),
    subject="Respuesta de Ekobide Cargo", date="2026-08-12 17:55", refs=["tv-reg"],
    text=_t, charset="iso-8859-1", cte="quoted-printable")
