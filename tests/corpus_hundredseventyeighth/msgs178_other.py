"""Corpus 178, kind `other`: 52 hand-written messages (de 27, en 15, fr 5, es 5).

Digests and newsletters, career articles, press/podcast and user-research requests, parcel and
tracker notices, friends' news, the candidate's own sent mail, bank/landlord/school/doctor mail,
out-of-office replies, network notifications, cold approaches and course refusals.
"""

from msgs178_common import (
    CAND,
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    forward_block,
    gmail_html,
    newsletter_html,
    on_wrote,
    outlook_html,
    quote,
    simple_html,
)

MESSAGES: list[dict] = []


def other(**spec):
    spec["kind"] = "other"
    spec.setdefault("company", "")
    spec.setdefault("contact", "")
    MESSAGES.append(spec)


def listhdrs(list_id: str, unsub_url: str, unsub_mail: str) -> list[tuple[str, str]]:
    return [("List-Id", list_id),
            ("List-Unsubscribe", f"<{unsub_url}>, <mailto:{unsub_mail}>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")]


def digest_text(intro: str, items: list[tuple[str, str, str]], outro: str) -> str:
    body = "\n\n".join(f"{t}\n{meta}\n{url}" for t, meta, url in items)
    return f"{intro}\n\n{body}\n\n{outro}"


# =========================================================================== German

_items = [
    ("Technischer Support E-Bike (m/w/d)", "Velotraum Antriebe · Leipzig · Vollzeit",
     "https://radjobs.example.de/job/88121?utm_source=jobagent"),
    ("Servicetechniker Lastenräder", "LogiRad · Leipzig-Plagwitz · Vollzeit",
     "https://radjobs.example.de/job/88133?utm_source=jobagent"),
    ("Kundenservice Technik – Fahrradhandel", "Sportkauf Mitteldeutschland · Leipzig",
     "https://radjobs.example.de/job/88140?utm_source=jobagent"),
    ("Product Support Specialist (Deutsch/Englisch)", "Trailtech Systems · Berlin/Remote",
     "https://radjobs.example.de/job/88152?utm_source=jobagent"),
    ("Werkstattleitung Zweirad", "Muldental Bikes · Grimma",
     "https://radjobs.example.de/job/88161?utm_source=jobagent"),
]
_intro = ("Guten Morgen Tobias,\n\nfür deinen Jobagenten „Technischer Support, Leipzig + 50 km“ "
          "gibt es 5 neue Stellen. Tipp der Woche: Frag im Vorstellungsgespräch nach dem "
          "Ticketsystem – so zeigst du, dass du den Support-Alltag kennst. Und wenn eine Absage "
          "kommt: Bitte um Feedback, das hilft beim nächsten Mal.")
_outro = ("Alle Treffer ansehen: https://radjobs.example.de/jobagent/4471\n"
          "Jobagent bearbeiten oder abbestellen: https://radjobs.example.de/abmelden?u=4471")
other(slug="radjobs_jobagent_digest", lang="de",
      frm=("Radjobs Jobagent", "jobagent@radjobs.example.de"),
      subject="5 neue Jobs für „Technischer Support“ in Leipzig", date="2026-01-19 06:30",
      text=digest_text(_intro, _items, _outro),
      html=newsletter_html("Deine neuen Jobs", _intro, _items, _outro,
                           "https://radjobs.example.de/abmelden?u=4471"),
      cte="quoted-printable",
      headers=listhdrs("Radjobs Jobagent <jobagent.radjobs.example.de>",
                       "https://radjobs.example.de/abmelden?u=4471",
                       "unsubscribe@radjobs.example.de"))

_t = """\
Karrierebrief Nr. 112 – Februar 2026

WARUM EINE ABSAGE SELTEN PERSÖNLICH GEMEINT IST

Wer sich bewirbt, bekommt Absagen – im Schnitt kommen auf eine Einladung zum Vorstellungsgespräch sieben bis zehn negative Rückmeldungen. Die meisten entstehen nicht, weil jemand „nicht gut genug“ war, sondern weil eine Stelle intern besetzt wurde, das Budget wegfiel oder ein Mitbewerber ein sehr spezielles Detail mitbrachte.

Drei Dinge, die nach einer Absage helfen:
1. Kurz danken und um Feedback bitten – zwei Sätze reichen.
2. Die Stellenanzeige neben den Lebenslauf legen: Was fehlte wirklich?
3. Die nächste Bewerbung noch am selben Tag abschicken.

AUS DER PRAXIS: Quereinstieg aus dem Handwerk in den technischen Support
Mechanikerinnen und Mechaniker bringen etwas mit, das vielen Support-Teams fehlt: Sie haben das Produkt in der Hand gehabt. Im Interview lohnt es sich, eine konkrete Reparatur als Fall zu erzählen.

Weiterlesen: https://karrierebrief.example.de/112/absagen

Sie erhalten diesen Newsletter, weil Sie sich auf karrierebrief.example.de angemeldet haben.
Abmelden: https://karrierebrief.example.de/abmelden?id=tobias.rm"""
other(slug="karrierebrief_newsletter_absagen", lang="de",
      frm=("Karrierebrief", "redaktion@karrierebrief.example.de"),
      subject="Karrierebrief: Warum eine Absage selten persönlich gemeint ist",
      date="2026-02-11 07:00", text=_t, cte="quoted-printable",
      headers=listhdrs("Karrierebrief <karrierebrief.example.de>",
                       "https://karrierebrief.example.de/abmelden?id=tobias.rm",
                       "abmelden@karrierebrief.example.de"))

_t = """\
Werkstatt & Karriere – Artikel der Woche

Vom Montageständer an die Hotline: 8 Fragen, die im Vorstellungsgespräch für Support-Rollen fast immer kommen

1. „Erzählen Sie von einem Kunden, der wirklich wütend war.“ – Gefragt ist nicht die Geschichte, sondern wie Sie deeskaliert haben.
2. „Wie gehen Sie vor, wenn Sie einen Fehler nicht sofort finden?“ – Beschreiben Sie Ihre Diagnose Schritt für Schritt.
3. „Was machen Sie, wenn die Garantie eigentlich abgelaufen ist?“
4. „Wie erklären Sie einem Laien eine Fehlermeldung am Display?“
5. „Welche Tickets würden Sie zuerst bearbeiten?“
6. „Wie dokumentieren Sie eine Lösung, damit Kollegen sie wiederfinden?“
7. „Warum wollen Sie weg aus der Werkstatt?“
8. „Welche Fragen haben Sie an uns?“ – Bitte nie mit „keine“ antworten.

Zum vollständigen Artikel mit Beispielantworten: https://werkstatt-karriere.example.de/artikel/support-interview

Sie lesen diese E-Mail, weil Sie den Artikel-Newsletter von Werkstatt & Karriere abonniert haben."""
other(slug="werkstattkarriere_artikel_interviewfragen", lang="de",
      frm=("Werkstatt & Karriere", "artikel@werkstatt-karriere.example.de"),
      subject="8 Fragen, die im Vorstellungsgespräch fast immer kommen", date="2026-03-06 12:00",
      text=_t, html=simple_html(_t, "de", "Georgia"), cte="quoted-printable",
      headers=listhdrs("Werkstatt und Karriere Artikel <artikel.werkstatt-karriere.example.de>",
                       "https://werkstatt-karriere.example.de/newsletter/abmelden",
                       "abmelden@werkstatt-karriere.example.de"))

_t = """\
Hallo Tobias,

ich bin Lea und mache mit Ole den Podcast „Kettenblatt“ – wir reden alle zwei Wochen über Menschen, die rund ums Fahrrad arbeiten. Ole hat dich letztes Jahr beim Reparatur-Café in Connewitz erlebt und meinte, du hättest spannende Geschichten aus der Werkstatt.

Hättest du Lust, dass wir dich für eine Folge interviewen? Thema wäre: Wie verändert das E-Bike die Arbeit in der Werkstatt? Aufnahme wäre im April bei uns im Studio in der Südvorstadt, etwa eine Stunde, gern auch per Video.

Kein Stress, wenn nicht – aber wir würden uns freuen!

Lea Winter
Kettenblatt – der Fahrradpodcast aus Leipzig
https://kettenblatt-podcast.example.de"""
other(slug="podcast_interview_request", lang="de",
      frm=("Lea Winter", "lea@kettenblatt-podcast.example.de"),
      subject="Interview-Anfrage für den Kettenblatt-Podcast", date="2026-03-12 21:15",
      text=_t, cte="8bit")

_t = """\
Hallo Tobias,

du nutzt Velofinder seit über einem Jahr – danke dafür!

Wir möchten die Werkstattsuche in der App verbessern und suchen Radfahrerinnen und Radfahrer für ein 30-minütiges Nutzerinterview per Video. Als Dankeschön gibt es einen 25-€-Gutschein für den Fahrradladen deiner Wahl.

Termine gibt es zwischen dem 20. und 30. April. Wenn du mitmachen möchtest, such dir einfach einen Slot aus: https://research.velofinder.example.de/slots

Dein Research-Team von Velofinder

Du bekommst diese E-Mail, weil du in der App der Kontaktaufnahme für Produktforschung zugestimmt hast. Abmelden: https://velofinder.example.de/einstellungen"""
other(slug="velofinder_user_research_interview", lang="de",
      frm=("Velofinder Research", "research@velofinder.example.de"),
      subject="Nutzerinterview: 30 Minuten, 25 € Gutschein", date="2026-04-14 10:00",
      text=_t, html=simple_html(_t), cte="quoted-printable")

_t = """\
Hallo Tobias Reinholt-Mbeki,

Ihre Sendung 00340 4342 8816 0021 verspätet sich leider.

Wegen eines erhöhten Sendungsaufkommens im Verteilzentrum Radefeld konnte Ihr Paket heute nicht zugestellt werden. Neuer voraussichtlicher Zustelltag: Donnerstag, 21. Mai 2026, zwischen 10:00 und 14:00 Uhr.

Sie möchten die Zustellung ändern? Ablageort oder Wunschnachbar festlegen: https://paketblitz.example.de/s/003404342

Wir bitten um Entschuldigung für die Verzögerung.
Ihr Paketblitz-Team

Bitte antworten Sie nicht auf diese E-Mail."""
other(slug="paketblitz_paket_verspaetet", lang="de",
      frm=("Paketblitz", "noreply@paketblitz.example.de"),
      subject="Ihr Paket verspätet sich leider", subj_enc=("utf-8", "B"),
      date="2026-05-19 17:48", text=_t, html=simple_html(_t), cte="base64")

_t = """\
RadWächter – Bewegungsalarm

Ihr Fahrrad „Lastesel“ wurde um 03:12 Uhr bewegt.

Aktuelle Position: Karl-Heine-Straße 40, 04229 Leipzig (Genauigkeit ±15 m)
Koordinaten: 51.3297° N, 12.3385° E
Geschwindigkeit: 0 km/h · Akku Tracker: 64 %

Position auf der Karte öffnen: https://radwaechter.example.de/map/7731

Wenn Sie das selbst waren, können Sie diesen Alarm ignorieren. Andernfalls empfehlen wir, die Polizei zu informieren.

RadWächter GPS · Diese Nachricht wurde automatisch versendet."""
other(slug="radwaechter_gps_position", lang="de",
      frm=("RadWächter Alarm", "alarm@radwaechter.example.de"), frm_enc=("utf-8", "Q"),
      subject="Bewegungsalarm: neue Position Ihres Fahrrads", date="2026-06-06 03:13",
      text=_t, cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")])

_t = """\
Hey Tobi,

na, wie läuft's bei dir mit den Bewerbungen? Bei mir gab's heute die Absage von dem Logistikladen in Halle – nach drei Runden, inklusive Präsentation! Die haben sich für jemanden „mit mehr Führungserfahrung“ entschieden. Ich war echt kurz bedient.

Naja, Wunden lecken, weitermachen. Lass uns Freitag ein Bier trinken, dann erzähl ich dir die ganze Geschichte – und du mir, was aus dem Vorstellungsgespräch in Dresden geworden ist.

Micha"""
other(slug="freund_micha_eigene_absage", lang="de",
      frm=("Micha Krause", "micha.krause@posteo.example.de"),
      subject="Absage Nummer 4 ...", date="2026-03-24 19:55", text=_t, cte="8bit")

_t = f"""\
Sehr geehrte Frau Pohl,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Technischer Produktsupport E-Bike (m/w/d) gelesen und bewerbe mich hiermit.

Seit acht Jahren arbeite ich als Zweiradmechaniker in Leipzig, die letzten vier davon mit Schwerpunkt E-Bike: Diagnose von Antriebs- und Akkufehlern mit Herstellersoftware, Abwicklung von Garantiefällen und die Beratung von Kundinnen und Kunden am Tresen. Genau diese Mischung aus Technik und Kommunikation möchte ich in den Produktsupport eines Herstellers einbringen.

Meinen Lebenslauf finden Sie im Anhang. Über die Einladung zu einem Gespräch freue ich mich.

Mit freundlichen Grüßen
{CAND_SIG_DE}"""
other(slug="eigene_bewerbung_velotraum_pdf", lang="de", key="velotraum-app",
      frm=CAND, to=[("Anja Pohl", "anja.pohl@velotraum.example.de")],
      subject="Bewerbung als Technischer Produktsupport E-Bike (m/w/d)",
      date="2026-02-02 20:10", text=_t, cte="quoted-printable",
      pdf=[("Lebenslauf_Tobias_Reinholt-Mbeki.pdf",
            ["Lebenslauf", "Tobias Reinholt-Mbeki", "Leipzig, tobias.rm@example.de", "",
             "2018-heute  Zweiradmechaniker, Leipzig",
             "2015-2018  Ausbildung Zweiradmechatroniker",
             "Sprachen: Deutsch, Englisch (C1), Französisch (B1)"])])

_t = f"""\
Sehr geehrte Frau Köhler,

vielen Dank für das angenehme Gespräch am Dienstag und die Führung durch die Endmontage. Besonders der Einblick in Ihre Händlerhotline hat mich bestärkt, dass ich im technischen Support für Kettwerk richtig wäre.

Ich freue mich darauf, von Ihnen zu hören, und stehe gern auch für einen Probetag zur Verfügung.

Viele Grüße
{CAND_SIG_DE}"""
other(slug="eigener_dank_kettwerk", lang="de", key="kettwerk-thanks",
      frm=CAND, to=[("Sabine Köhler", "s.koehler@kettwerk.example.de")],
      subject="Danke für das Gespräch am Dienstag", date="2026-03-27 18:40",
      refs=["kettwerk-phone", "kettwerk-ill"], text=_t, cte="8bit")

_t = """\
Sehr geehrter Herr Lübben,

vielen Dank für die Einladung zum Auswahltag. Am 14. April habe ich leider noch eine Abnahmeprüfung in meiner aktuellen Werkstatt, die ich nicht verschieben kann. Gäbe es die Möglichkeit, an einem späteren Termin teilzunehmen?

Mit freundlichen Grüßen
Tobias Reinholt-Mbeki"""
other(slug="eigene_bitte_um_neuen_termin_radlager", lang="de", key="radlager-own-move",
      frm=CAND, to=[("Dirk Lübben", "d.luebben@radlager.example.de")],
      to_enc=("utf-8", "Q"),
      subject="AW: Einladung zum Auswahltag am 14. April", date="2026-03-18 21:04",
      refs=["radlager-ack", "radlager-ac"], text=_t, cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihre Terminanfrage. Hiermit bestätigen wir Ihr Beratungsgespräch zur Baufinanzierung:

Dienstag, 7. Juli 2026, 16:30 Uhr
Filiale Leipzig-Lindenau, Lützner Straße 102

Ihr Berater: Herr Markus Fiedler. Bitte bringen Sie Ihre letzten drei Gehaltsabrechnungen und eine Übersicht Ihrer aktuellen Depot-Positionen mit. Falls Sie den Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24 Stunden vorher ab.

Freundliche Grüße
Ihre Stadtbank Leipzig

Stadtbank Leipzig · Anstalt des öffentlichen Rechts · BIC STLPDE8LXXX"""
other(slug="stadtbank_beratungstermin", lang="de",
      frm=("Stadtbank Leipzig", "termine@stadtbank-leipzig.example.de"),
      subject="Bestätigung Ihres Beratungstermins am 07.07.2026", date="2026-06-30 09:12",
      html=simple_html(_t, "de", "Tahoma"), html_cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihr Interesse an der 3-Raum-Wohnung in der Merseburger Straße 61 und Ihren Besuch bei der Besichtigung am Samstag.

Leider müssen wir Ihnen mitteilen, dass die Wohnung bereits an andere Interessenten vergeben wurde. Wir haben Ihre Unterlagen für ähnliche Objekte in Lindenau und Plagwitz vorgemerkt, sofern Sie nicht widersprechen.

Mit freundlichen Grüßen
Hausverwaltung Brandl & Söhne
Vermietung · Jahnallee 18 · 04109 Leipzig"""
other(slug="hausverwaltung_wohnung_vergeben", lang="de",
      frm=("Hausverwaltung Brandl", "vermietung@hv-brandl.example.de"),
      subject="Ihre Anfrage Merseburger Straße 61 – Absage", date="2026-04-21 14:02",
      text=_t, charset="windows-1252", cte="quoted-printable")

_t = """\
Liebe Eltern von Nala,

zum Ende des Schulhalbjahres laden wir Sie herzlich zum Elterngespräch ein. Ihr Termin bei Frau Scholz (Klassenleitung 3b) ist am

Mittwoch, 4. Februar 2026, 16:20 bis 16:40 Uhr, Raum 112.

Wir möchten mit Ihnen über Nalas Entwicklung im ersten Halbjahr und die Position im Leseförderprogramm sprechen. Sollte der Termin nicht passen, tragen Sie bitte in der Liste im Elternportal einen anderen ein.

Mit freundlichen Grüßen
Sekretariat der 74. Grundschule Leipzig"""
other(slug="grundschule_elterngespraech", lang="de",
      frm=("74. Grundschule Leipzig", "sekretariat@gs74-leipzig.example.de"),
      subject="Einladung zum Elterngespräch Klasse 3b", date="2026-01-26 13:05",
      text=_t, charset="iso-8859-1", cte="8bit")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

leider müssen wir Ihren Termin am Montag, 11. Mai 2026, um 08:15 Uhr absagen, da Frau Dr. Albers an diesem Tag erkrankt ist.

Wir haben Ihren Termin auf Mittwoch, 13. Mai 2026, 07:45 Uhr verschoben. Sollte Ihnen das nicht passen, rufen Sie uns bitte unter 0341 555 7010 an oder buchen Sie online einen neuen Termin.

Mit freundlichen Grüßen
Ihr Praxisteam
Orthopädie am Westplatz · Dr. med. Silke Albers"""
other(slug="praxis_termin_verschoben", lang="de",
      frm=("Praxis Dr. Albers", "praxis@ortho-westplatz.example.de"),
      subject="Ihr Termin wurde verschoben", date="2026-05-08 12:40",
      text=_t, html=simple_html(_t), charset="iso-8859-1", cte="quoted-printable",
      html_charset="utf-8", html_cte="base64")

_t = """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an bewerbung@kettwerk.example.de oder unter +49 351 555 7700 an unsere Zentrale.

Ihre E-Mail wird nicht weitergeleitet.

Sabine Köhler
Kettwerk E-Bikes"""
other(slug="abwesenheit_koehler_kettwerk", lang="de",
      frm=("Sabine Köhler", "s.koehler@kettwerk.example.de"), frm_enc=("iso-8859-1", "Q"),
      subject="Automatische Antwort: Danke für das Gespräch am Dienstag",
      date="2026-03-27 18:41", refs=["kettwerk-thanks"], text=_t, cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

_t = """\
Hallo Tobias,

deine Woche auf Berufsnetz:

• Du wurdest in 7 Suchanfragen gefunden.
• Eine Recruiterin von Velotraum Antriebe hat dein Profil angesehen.
• 3 Personen aus deinem Netzwerk haben eine neue Position angetreten – gratuliere Jonas Albrecht zur neuen Position als Head of Service bei Pedalkraft.

Jobs, die zu dir passen könnten: Technischer Support (Leipzig), Service Engineer E-Mobility (Berlin), Field Technician (Dresden).

Profil ansehen: https://berufsnetz.example.de/in/tobias-reinholt-mbeki

Benachrichtigungseinstellungen: https://berufsnetz.example.de/settings/notifications"""
other(slug="berufsnetz_wochenstatistik", lang="de",
      frm=("Berufsnetz", "notifications@berufsnetz.example.de"),
      subject="Tobias, du wurdest in 7 Suchanfragen gefunden", date="2026-02-09 08:03",
      text=_t, html=simple_html(_t), cte="quoted-printable",
      headers=listhdrs("Berufsnetz Wochenbericht <weekly.berufsnetz.example.de>",
                       "https://berufsnetz.example.de/settings/notifications",
                       "unsubscribe@berufsnetz.example.de"))

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

vielen Dank für Ihre Bewerbung um einen Platz in der zweijährigen Fachschule für Technik, Fachrichtung Fahrzeugtechnik, ab dem Schuljahr 2026/27.

Leider können wir Ihnen keinen Studienplatz anbieten. Auf die 28 Plätze der Vollzeitklasse haben sich in diesem Jahr 71 Personen beworben; die Auswahl erfolgte nach der Durchschnittsnote des Berufsabschlusses und der Dauer der Berufserfahrung.

Sie können sich gern für die berufsbegleitende Abendform ab Februar 2027 erneut bewerben. Die Bewerbungsfrist endet am 30. November 2026.

Mit freundlichen Grüßen
Schulverwaltung
Berufliches Schulzentrum Technik Leipzig – Fachschule"""
other(slug="fachschule_studienplatz_absage", lang="de",
      frm=("BSZ Technik Leipzig – Fachschule", "fachschule@bsz-technik-leipzig.example.de"),
      subject="Ihre Bewerbung um einen Platz an der Fachschule für Technik",
      date="2026-06-26 10:30", text=_t, cte="quoted-printable")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

ich bin Personalberater bei Falkner Talent und spezialisiert auf Service- und Supportrollen in der Mobilitätsbranche. Ihr Profil auf Berufsnetz ist mir aufgefallen – die Kombination aus Werkstattpraxis und E-Bike-Diagnostik ist im Moment sehr gefragt.

Aktuell habe ich keine konkrete Vakanz für Sie, möchte mich aber gern vorstellen. Wenn Sie einverstanden sind, schicke ich Ihnen künftig gelegentlich Positionen, die zu Ihnen passen könnten. Eine kurze Antwort genügt.

Freundliche Grüße
Florian Falkner
Falkner Talent · Personalberatung Mobilität
Prager Straße 10, 01069 Dresden · +49 351 555 3301"""
other(slug="falkner_kaltakquise", lang="de",
      frm=("Florian Falkner", "ff@falkner-talent.example.de"),
      subject="Ihr Profil – kurze Vorstellung", date="2026-05-04 08:55",
      text=_t, html=outlook_html(_t, "de"), cte="quoted-printable")

_items = [
    ("Zweiradmechaniker (m/w/d) – Borna", "Kunde aus dem Fahrradhandel · ab sofort",
     "https://personalplus.example.de/jobs/2231"),
    ("Servicetechniker Ladeinfrastruktur – Leipzig", "Energieversorger · Vollzeit",
     "https://personalplus.example.de/jobs/2240"),
    ("Lagermitarbeiter Ersatzteile – Schkeuditz", "Logistik · 2-Schicht",
     "https://personalplus.example.de/jobs/2244"),
]
_intro = ("Hallo Tobias,\n\nhier sind unsere Jobs der Woche. Außerdem im Blog: Wie Sie sich nach "
          "einem Vorstellungsgespräch richtig melden – und warum eine Absage manchmal die "
          "Tür zum nächsten Angebot öffnet.")
_outro = "Ihr Team von PersonalPlus Sachsen"
other(slug="personalplus_jobs_der_woche", lang="de",
      frm=("PersonalPlus Sachsen", "newsletter@personalplus.example.de"),
      subject="Jobs der Woche: Technik & Handwerk", date="2026-04-03 11:00",
      html=newsletter_html("Jobs der Woche", _intro, _items, _outro,
                           "https://personalplus.example.de/newsletter/abmelden",
                           colour="#9333ea"),
      html_cte="quoted-printable",
      headers=listhdrs("PersonalPlus Jobs der Woche <jobs.personalplus.example.de>",
                       "https://personalplus.example.de/newsletter/abmelden",
                       "abmelden@personalplus.example.de"))

_fwd = f"""\
{forward_block("de", "Radjobs Jobagent <jobagent@radjobs.example.de>", "Mo., 27. Apr. 2026 um 06:30", "2 neue Jobs für „Werkstatt“ in Dresden", "tobias.rm@example.de")}

Werkstattleitung (m/w/d) – Bergwerk Outdoor, Dresden-Neustadt
https://radjobs.example.de/job/90412

Zweiradmechatroniker – Kettwerk E-Bikes, Dresden
https://radjobs.example.de/job/90418"""
_t = f"""\
Hi Jule,

guck mal, die Werkstattleitung bei Bergwerk wäre doch was für dich? Du wolltest doch eh nach Dresden. Bewirb dich, die suchen wirklich!

Liebe Grüße
Tobias

{_fwd}"""
other(slug="eigene_weiterleitung_jobtipp_an_freundin", lang="de",
      frm=CAND, to=[("Jule Hartmann", "jule.hartmann@mailbox.example.de")],
      subject="Fwd: 2 neue Jobs für „Werkstatt“ in Dresden", date="2026-04-27 07:42",
      text=_t, html=gmail_html(_t.split("\n\n---------- ")[0], lang="de") , cte="quoted-printable")

_t = """\
Liebe Vereinsmitglieder,

bei der Jahreshauptversammlung am 13. März wird die Position des Kassenwarts neu besetzt, da Jens nach zehn Jahren nicht mehr kandidiert.

Bisher haben sich zwei Mitglieder beworben. Beide stellen sich am Versammlungsabend kurz vor; Fragen an die Kandidaten könnt ihr vorab an den Vorstand schicken. Weitere Bewerbungen für das Amt nehmen wir bis zum 6. März entgegen.

Sportliche Grüße
Der Vorstand
Radsportverein Leipzig-West"""
other(slug="radsportverein_kassenwart_wahl", lang="de",
      frm=("RSV Leipzig-West Vorstand", "vorstand@rsv-leipzig-west.example.de"),
      subject="Jahreshauptversammlung: Wahl Kassenwart", date="2026-02-20 18:30",
      text=_t, cte="8bit",
      headers=[("List-Id", "RSV Mitglieder <mitglieder.rsv-leipzig-west.example.de>"),
               ("Precedence", "list")])

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

wir haben Ihren Antrag auf Kostenerstattung für den Fahrradergonomie-Kurs geprüft.

Leider können wir die Kosten nicht übernehmen: Der Kurs ist nicht nach § 20 SGB V zertifiziert. Gegen diese Entscheidung können Sie innerhalb eines Monats Widerspruch einlegen.

Tipp: Im Bonusprogramm „Fit im Alltag“ können Sie zertifizierte Rückenkurse mit bis zu 150 Euro gefördert bekommen.

Freundliche Grüße
Ihre Mitteldeutsche Gesundheitskasse

Diese Nachricht finden Sie auch in Ihrem Online-Postfach."""
other(slug="krankenkasse_antrag_abgelehnt", lang="de",
      frm=("Mitteldeutsche Gesundheitskasse", "service@mdgk.example.de"),
      subject="Entscheidung zu Ihrem Antrag vom 2. Juni", subj_enc=("utf-8", "Q"),
      date="2026-06-18 15:30", html=simple_html(_t), html_cte="base64")

_t = """\
Sehr geehrter Herr Reinholt-Mbeki,

hiermit laden wir Sie zur Ausbildereignungsprüfung (AEVO) ein.

Schriftliche Prüfung: Mittwoch, 16. September 2026, 08:30 Uhr
Praktische Prüfung (Präsentation und Fachgespräch): Dienstag, 29. September 2026, 10:40 Uhr
Ort: IHK-Bildungszentrum, Goerdelerring 5, 04109 Leipzig, Raum 2.14

Bitte bringen Sie einen gültigen Lichtbildausweis und diese Einladung mit. Eine Verschiebung des Prüfungstermins ist nur aus wichtigem Grund und mit Nachweis möglich.

Mit freundlichen Grüßen
Prüfungsorganisation
Industrie- und Handelskammer zu Leipzig"""
other(slug="ihk_einladung_aevo_pruefung", lang="de",
      frm=("IHK Leipzig Prüfungswesen", "pruefungen@ihk-leipzig.example.de"),
      frm_enc=("iso-8859-1", "B"),
      subject="Einladung zur Ausbildereignungsprüfung", date="2026-08-25 09:00",
      text=_t, charset="iso-8859-1", cte="quoted-printable",
      pdf=[("Einladung_AEVO_Reinholt-Mbeki.pdf",
            ["IHK zu Leipzig - Einladung zur Pruefung", "Ausbildereignungspruefung (AEVO)",
             "Teilnehmer: Tobias Reinholt-Mbeki", "Schriftlich: 16.09.2026, 08:30 Uhr",
             "Praktisch: 29.09.2026, 10:40 Uhr"])])

_t = """\
Liebe Leserinnen und Leser,

am Donnerstag, 23. Juli, um 18:00 Uhr laden wir zu unserem kostenlosen Webinar ein:

„Das Angebot liegt auf dem Tisch – und jetzt?“

Unsere Arbeitsrechtlerin Dr. Petra Lenz erklärt, worauf Sie beim Vertragsangebot achten sollten, wie Sie ein mündliches Angebot schriftlich festhalten und wann sich Nachverhandeln lohnt. Im zweiten Teil geht es um Probezeit, Kündigungsfristen und darum, wie Sie einem anderen Arbeitgeber fair absagen.

Jetzt anmelden: https://karrierebrief.example.de/webinar/angebot

Ihr Karrierebrief-Team

Abmelden: https://karrierebrief.example.de/abmelden?id=tobias.rm"""
other(slug="karrierebrief_webinar_angebot", lang="de",
      frm=("Karrierebrief", "redaktion@karrierebrief.example.de"),
      subject="Webinar: Das Angebot liegt auf dem Tisch – und jetzt?",
      subj_enc=("utf-8", "B"), date="2026-07-09 07:00",
      text=_t, html=simple_html(_t), cte="quoted-printable",
      headers=listhdrs("Karrierebrief <karrierebrief.example.de>",
                       "https://karrierebrief.example.de/abmelden?id=tobias.rm",
                       "abmelden@karrierebrief.example.de"))

_t = """\
Sehr geehrter Kunde,

zu Ihrer Bestellung 4471-2291 (Kundennummer 30918) müssen wir Ihnen leider mitteilen, dass der Artikel „Mittelmotor-Lagersatz MX-4, Pos. 3“ beim Hersteller nicht mehr lieferbar ist. Diese Position haben wir storniert.

Die übrigen Positionen (Bremsbeläge, Kettenblätter) werden wie geplant am Freitag versendet. Eine Alternative für den Lagersatz bieten wir Ihnen gern an – rufen Sie uns an.

Mit freundlichen Grüßen
Ihr Kundenservice
Zweiradgroßhandel Pleißental · Tel. 034206 555 40"""
other(slug="grosshandel_position_storniert", lang="de",
      frm=("Zweiradgroßhandel Pleißental", "service@pleissental-gh.example.de"),
      frm_enc=("utf-8", "B"),
      subject="Ihre Bestellung 4471-2291: Position storniert", date="2026-05-13 10:20",
      text=_t, charset="windows-1252", cte="8bit")

_t = f"""\
Sehr geehrter Herr Kästner,

ganz herzlichen Dank für Ihr Angebot und den schönen Probetag in Ihrer Werkstatt – ich habe mich bei Ihnen und im Team sehr wohl gefühlt.

Nach langem Überlegen muss ich Ihnen trotzdem absagen: Ich habe mich für eine Stelle im technischen Support entschieden, in die ich mich beruflich weiterentwickeln möchte. Die Entscheidung ist mir nicht leichtgefallen.

Ich wünsche Ihnen und dem ganzen Team alles Gute und komme bestimmt mal als Kunde vorbei, wenn ich in Erfurt bin.

Mit freundlichen Grüßen
{CAND_SIG_DE}"""
other(slug="eigene_absage_an_zweirad_zentrum", lang="de",
      frm=CAND, to=[("Uwe Kästner", "uwe@zweirad-erfurt.example.de")],
      subject="Re: Unser Angebot schriftlich", date="2026-06-24 21:30",
      refs=["zweirad-trial", "zweirad-offer"], text=_t, cte="quoted-printable")

# =========================================================================== English

_items = [
    ("Technical Support Specialist (English)", "Spokewise · Copenhagen · Full-time",
     "https://nordjobs.example.dk/j/55120?src=alert"),
    ("Workshop Lead", "Northgear Sports · Copenhagen N",
     "https://nordjobs.example.dk/j/55131?src=alert"),
    ("Service Operations Specialist", "Confidential (via Lindqvist Search)",
     "https://nordjobs.example.dk/j/55140?src=alert"),
    ("Cargo Bike Mechanic", "Havnecykel · Refshaleøen",
     "https://nordjobs.example.dk/j/55148?src=alert"),
]
_intro = ("Hi Tobias,\n\n4 new jobs match your alert \"technical support OR mechanic, "
          "Copenhagen\". Pro tip from our editors: if a company goes quiet after an interview, "
          "a short follow-up after a week is fine - and a rejection is not the end of the "
          "relationship.")
_outro = "Manage your alerts: https://nordjobs.example.dk/alerts"
other(slug="nordjobs_copenhagen_alert", lang="en",
      frm=("NordJobs Alerts", "alerts@nordjobs.example.dk"),
      subject="4 new jobs for \"technical support OR mechanic\" in Copenhagen",
      date="2026-05-25 07:15",
      text=digest_text(_intro, _items, _outro),
      html=newsletter_html("Your job alert", _intro, _items, _outro,
                           "https://nordjobs.example.dk/alerts/unsubscribe?id=tobias",
                           lang="en", colour="#1d4ed8"),
      cte="quoted-printable",
      headers=listhdrs("NordJobs alerts <alerts.nordjobs.example.dk>",
                       "https://nordjobs.example.dk/alerts/unsubscribe?id=tobias",
                       "unsubscribe@nordjobs.example.dk"))

_t = """\
THE SUPPORT HIRING LETTER - Issue 37

What 400 rejection emails taught us

We asked readers to forward us the rejection emails they received in 2025 - over 400 arrived. A few patterns stood out:

- 61% never mentioned a reason. The most common phrase was some variant of "we have decided to move forward with other candidates".
- Rejections after an interview were twice as likely to include feedback as those sent after a CV screen.
- Roles "put on hold" often reopened within three months. If that happens to you, ask to be told when it does.

Also in this issue: how to ask for an interview debrief without sounding defensive, and the three questions hiring managers in product support wish candidates would ask.

Read online: https://supporthiring.example.com/37
You're receiving this because you subscribed at supporthiring.example.com. Unsubscribe: https://supporthiring.example.com/u/tobias"""
other(slug="support_hiring_letter_rejections", lang="en",
      frm=("The Support Hiring Letter", "letter@supporthiring.example.com"),
      subject="What 400 rejection emails taught us", date="2026-03-19 13:00", tz="+0000",
      text=_t,
      headers=listhdrs("The Support Hiring Letter <letter.supporthiring.example.com>",
                       "https://supporthiring.example.com/u/tobias",
                       "unsubscribe@supporthiring.example.com"))

_t = """\
How to prepare for a technical support interview when you come from the workshop

You already know how to fix things. The interview is about showing how you think while you do it.

1. Pick two real repairs and tell them as stories: symptom, hypothesis, test, fix, what you told the customer.
2. Learn the vocabulary of tickets: priority, SLA, escalation, knowledge base.
3. Practise explaining a fault to someone who cannot see the bike - that is most of the job on the phone.
4. Prepare one question about how the support team works with product and engineering.

If you are invited to a practical exercise, ask beforehand what tools you will have. And if the company offers a trial day, take it: it is the best interview there is.

Read more career guides at https://supporthiring.example.com/guides"""
other(slug="career_guide_support_interview", lang="en",
      frm=("The Support Hiring Letter", "guides@supporthiring.example.com"),
      subject="Guide: preparing for a technical support interview", date="2026-04-09 13:00",
      tz="+0000", text=_t, html=simple_html(_t, "en", "Georgia"), html_cte="quoted-printable",
      headers=listhdrs("Support Hiring guides <guides.supporthiring.example.com>",
                       "https://supporthiring.example.com/u/tobias",
                       "unsubscribe@supporthiring.example.com"))

_t = """\
Dear Tobias,

I'm a reporter at Prague Cycling Monthly, an English-language magazine for the city's cycling community. I'm working on a feature about bike mechanics who move into technical roles at e-bike and mobility companies, and a contact at the Holešovice repair collective suggested you.

Would you be open to a 20-minute interview by phone or video in the next two weeks? I'd ask about your path from the workshop, what transfers and what doesn't, and how you've found the job search. You can review your quotes before publication.

Best regards,
Daniel Whitcombe
Staff writer, Prague Cycling Monthly
+420 555 118 904"""
other(slug="press_interview_request_prague", lang="en",
      frm=("Daniel Whitcombe", "daniel@praguecycling.example.cz"),
      subject="Interview request: from mechanic to tech support", date="2026-04-16 10:33",
      text=_t, cte="quoted-printable")

_t = """\
Hi Tobias,

Thanks for using Parkly to find bike parking in Berlin!

We're redesigning how riders report broken racks and we'd love to hear from you in a 45-minute user research interview over video. Sessions run from 8 to 19 June, and every participant receives a EUR 40 voucher.

If you're interested, pick a time here: https://parkly.example.com/research/book

Thanks,
Priya
UX Research, Parkly

You received this email because you opted in to research invitations. Manage preferences: https://parkly.example.com/settings"""
other(slug="parkly_user_research_invite", lang="en",
      frm=("Priya at Parkly", "research@parkly.example.com"),
      subject="Help us improve Parkly - 45-minute research interview",
      date="2026-06-03 15:20", text=_t, html=simple_html(_t, "en"), cte="7bit")

_t = """\
Hi Tobias,

Unfortunately, your package is delayed.

Order: #CG-208817 (torque wrench set, 2 items)
Original delivery date: Tuesday, 10 February
New estimated delivery date: Friday, 13 February

The carrier has reported a delay at the sorting centre due to weather conditions. You don't need to do anything - we'll email you when it's out for delivery.

Track your package: https://cyclegear.example.com/track/CG-208817

CycleGear Customer Care"""
other(slug="cyclegear_package_delayed", lang="en",
      frm=("CycleGear", "no-reply@cyclegear.example.com"),
      subject="Your package is delayed, unfortunately", date="2026-02-09 18:02", tz="+0000",
      text=_t, html=simple_html(_t, "en"), cte="7bit", html_cte="base64")

_t = """\
Hey Tobias,

Quick update from Prague: I got the rejection from the e-scooter company I told you about. After the final round! They said the interview went well but they "went with an internal candidate". Honestly I think they had that person in mind from the start.

Anyway - I'm fine, a bit grumpy. How are your applications going? Did you hear back from the Vltava people after your interview?

Let's call this weekend.

Kasia"""
other(slug="friend_kasia_got_rejected", lang="en",
      frm=("Katarzyna Wróbel", "kasia.wrobel@inbox.example.cz"), frm_enc=("utf-8", "B"),
      subject="got the rejection :(", date="2026-03-06 22:18", text=_t)

_t = f"""\
Dear Petra,

Thank you for the interview on Tuesday and for showing me the service bay. I really enjoyed talking through the motor diagnostics questions with Martin, and I'm even more motivated to join Vltava Cycles.

I'm looking forward to hearing about the next steps.

Best regards,
{CAND_SIG_EN}"""
other(slug="own_thank_you_vltava", lang="en", key="vltava-thanks",
      frm=CAND, to=[("Petra Nováková", "petra.novakova@vltavacycles.example.cz")],
      subject="Thank you – Technical Support Specialist interview", date="2026-03-04 19:12",
      refs=["vltava-inv", "vltava-move"], text=_t, cte="quoted-printable")

_quoted = """\
Hi Tobias,

I'm Anders, I look after hiring at Spokewise. [...] Would you have 30 minutes for a phone screen on Thursday 18 June or Friday 19 June, any time between 9:00 and 15:00 CET?"""
_t = f"""\
Hi Anders,

Thanks a lot for reaching out - I'd be glad to talk!

Unfortunately I'm at the workshop all day on Thursday and Friday and can't take calls there. Could we move the phone screen to Monday 22 June? Any time after 14:00 works for me. My number is +49 176 5550 2187.

Best regards,
Tobias

{on_wrote("Mon, 15 Jun 2026 at 11:18", "Anders Kjær", "anders@spokewise.example.dk")}
{quote(_quoted)}"""
other(slug="own_reschedule_request_spokewise", lang="en", key="spokewise-own-move",
      frm=CAND, to=[("Anders Kjær", "anders@spokewise.example.dk")], to_enc=("utf-8", "B"),
      subject="Re: Phone screen - Technical Product Support", date="2026-06-16 07:55",
      refs=["spokewise-screen"], text=_t, cte="quoted-printable")

_t = """\
Thank you for your email. I am out of the office until Monday, 18 May, with limited access to email.

For questions about open positions or your application, please contact careers@moldau-logistics.example.cz.

Tereza Horáková
Talent Acquisition Specialist | Moldau Logistics"""
other(slug="ooo_horakova_moldau", lang="en",
      frm=("Tereza Horáková", "tereza.horakova@moldau-logistics.example.cz"),
      frm_enc=("utf-8", "Q"),
      subject="Automatic reply: Panel interview feedback?", date="2026-05-08 09:14",
      refs=["moldau-panel", "moldau-update", "moldau-own-feedback"], text=_t,
      cte="quoted-printable",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

_t = """\
Hi Tobias,

You appeared in 8 searches this week.

Who's looking: recruiters from a staffing agency, a logistics company and an e-bike brand.

People you may know: Freja Dahl (People & Culture at Havnecykel), Sam Okafor (Fleet Ops at RideGrid).

Jobs you may be interested in:
- Technical Product Support - Copenhagen
- Service Desk Technician (English) - Prague

See all activity: https://linkwork.example.com/notifications

You are receiving LinkWork notification emails. Unsubscribe: https://linkwork.example.com/settings/email"""
other(slug="linkwork_searches_notification", lang="en",
      frm=("LinkWork", "notifications-noreply@linkwork.example.com"),
      subject="You appeared in 8 searches this week", date="2026-08-17 06:44", tz="+0000",
      text=_t, html=simple_html(_t, "en"),
      headers=listhdrs("LinkWork notifications <notifications.linkwork.example.com>",
                       "https://linkwork.example.com/settings/email",
                       "unsubscribe@linkwork.example.com"))

_t = """\
Hi Tobias,

I hope you don't mind me reaching out. I recruit for technical customer roles across the Nordics at Northbound Talent, and your profile stood out - hands-on e-bike diagnostics plus English and German is a rare mix.

I don't have a specific vacancy for you today, but several of my clients in Copenhagen and Malmo are growing their support teams this autumn. If you'd like, I can add you to my shortlist and reach out when something relevant comes up.

All the best,
Oliver Grant
Principal Consultant | Northbound Talent
oliver.grant@northbound.example.se | +46 55 510 2290"""
other(slug="northbound_cold_approach", lang="en",
      frm=("Oliver Grant", "oliver.grant@northbound.example.se"),
      subject="Your profile - technical support in the Nordics", date="2026-08-20 11:05",
      text=_t, html=outlook_html(_t, "en"), cte="7bit", html_cte="quoted-printable")

_t = """\
Dear Tobias,

Thank you for applying to the Product Support Academy, our 12-week evening programme in Copenhagen (autumn 2026 cohort).

We received more than 180 applications for 24 places. After reviewing them, we regret that we are unable to offer you a place in this cohort. Applicants who already live in Denmark were given priority, as the programme includes weekly in-person sessions.

You are welcome to apply again for the spring 2027 cohort; applications open in December.

Kind regards,
Admissions Team
Product Support Academy"""
other(slug="support_academy_place_refused", lang="en",
      frm=("Product Support Academy Admissions", "admissions@supportacademy.example.dk"),
      subject="Your application to the Product Support Academy", date="2026-07-22 14:00",
      text=_t, cte="7bit")

_t = """\
Dear Tobias Reinholt-Mbeki,

Your appointment at International House Copenhagen has been rescheduled.

Service: Registration certificate (EU citizens)
Previous time: Thursday 15 October 2026, 10:20
New time: Friday 16 October 2026, 09:40
Address: Gyldenløvesgade 11, 1600 Copenhagen V

Please bring your passport, your employment contract or offer letter, and proof of address. If the new time does not suit you, you can change it online.

International House Copenhagen
This email cannot be answered."""
other(slug="international_house_appointment_moved", lang="en",
      frm=("International House Copenhagen", "booking-noreply@ihcph.example.dk"),
      subject="Your appointment has been rescheduled", date="2026-10-07 08:30",
      text=_t, html=simple_html(_t, "en"), cte="quoted-printable")

_items = [
    ("Cargo Bike Mechanic", "Copenhagen · Workshop", "https://havnecykel.teamtailor.com/jobs/3312"),
    ("Customer Service Technician", "Copenhagen · Hybrid",
     "https://havnecykel.teamtailor.com/jobs/3320"),
    ("Warehouse Associate", "Copenhagen · Part-time", "https://havnecykel.teamtailor.com/jobs/3327"),
]
_intro = ("Hi Tobias,\n\nThanks for joining the Havnecykel talent community! Here are our newest "
          "openings. Curious what our interview process looks like? We wrote it all down on our "
          "careers blog - from the first call to the offer.")
_outro = "See you on the water,\nThe Havnecykel team"
other(slug="havnecykel_talent_community_news", lang="en",
      frm=("Havnecykel", "no-reply@teamtailor-mail.com"),
      subject="New openings at Havnecykel", date="2026-09-30 09:00", tz="+0000",
      html=newsletter_html("Havnecykel talent community", _intro, _items, _outro,
                           "https://havnecykel.teamtailor.com/connect/unsubscribe",
                           lang="en", colour="#db2777"),
      html_cte="quoted-printable",
      headers=listhdrs("Havnecykel talent community <connect.havnecykel.teamtailor.com>",
                       "https://havnecykel.teamtailor.com/connect/unsubscribe",
                       "unsubscribe@teamtailor-mail.com"))

# =========================================================================== French

_items = [
    ("Technicien SAV vélos électriques (H/F)", "Véloce Rhône · Lyon 8e · CDI",
     "https://emploi-velo.example.fr/offre/7712?utm=alerte"),
    ("Mécanicien cycles – atelier", "Grand Air Sports · Lyon Part-Dieu",
     "https://emploi-velo.example.fr/offre/7720?utm=alerte"),
    ("Chargé de support technique (anglais)", "Mobilis Tech · Lyon 7e",
     "https://emploi-velo.example.fr/offre/7731?utm=alerte"),
]
_intro = ("Bonjour Tobias,\n\n3 nouvelles offres correspondent à votre alerte « support technique, "
          "Lyon ». Notre conseil de la semaine : après un entretien, un court message de "
          "remerciement fait toujours bonne impression.")
_outro = "Gérer mes alertes : https://emploi-velo.example.fr/alertes"
other(slug="emploi_velo_alerte_lyon", lang="fr",
      frm=("Emploi Vélo – Alertes", "alertes@emploi-velo.example.fr"), frm_enc=("utf-8", "Q"),
      subject="3 nouvelles offres pour « support technique » à Lyon", date="2026-02-26 07:00",
      text=digest_text(_intro, _items, _outro),
      html=newsletter_html("Vos nouvelles offres", _intro, _items, _outro,
                           "https://emploi-velo.example.fr/desabonnement?u=8812", lang="fr",
                           colour="#b45309"),
      cte="quoted-printable",
      headers=listhdrs("Emploi Velo alertes <alertes.emploi-velo.example.fr>",
                       "https://emploi-velo.example.fr/desabonnement?u=8812",
                       "desabonnement@emploi-velo.example.fr"))

_t = """\
La lettre Carrière & Terrain, juin 2026

5 erreurs à éviter en entretien d'embauche

1. Arriver sans connaître les produits de l'entreprise.
2. Critiquer son employeur actuel.
3. Répondre « je n'ai pas de défaut ».
4. Oublier de poser ses propres questions.
5. Ne pas relancer après l'entretien : un refus arrive parfois simplement parce que le recruteur vous a oublié.

Et si la réponse est négative ? Demandez un retour, remerciez, et gardez le contact : beaucoup de postes se rouvrent quelques mois plus tard.

Lire la suite : https://carriere-terrain.example.fr/lettre/juin

Vous recevez cette lettre car vous y êtes abonné. Se désabonner : https://carriere-terrain.example.fr/desabonner"""
other(slug="carriere_terrain_conseils_entretien", lang="fr",
      frm=("Carrière & Terrain", "lettre@carriere-terrain.example.fr"),
      subject="5 erreurs à éviter en entretien", subj_enc=("iso-8859-1", "Q"),
      date="2026-06-11 08:00", text=_t, charset="iso-8859-1", cte="quoted-printable",
      headers=listhdrs("Carriere et Terrain <lettre.carriere-terrain.example.fr>",
                       "https://carriere-terrain.example.fr/desabonner",
                       "desabonner@carriere-terrain.example.fr"))

_t = f"""\
Madame, Monsieur,

Mécanicien cycles depuis huit ans à Leipzig, dont quatre consacrés aux vélos à assistance électrique, je souhaite m'installer à Lyon à la rentrée et vous adresse ma candidature au poste de Technicien support flotte.

Le diagnostic à distance, la gestion des garanties et l'échange avec des utilisateurs parfois pressés font partie de mon quotidien. Je serais heureux de mettre cette expérience au service de la maintenance de votre flotte.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien, y compris en visioconférence.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

{CAND_SIG_FR}"""
other(slug="propre_candidature_logisaone_pdf", lang="fr", key="logisaone-app",
      frm=CAND, to=[("LogiSaône Recrutement", "recrutement@logisaone.example.fr")],
      to_enc=("iso-8859-1", "Q"),
      subject="Candidature – Technicien support flotte", date="2026-06-14 18:20",
      text=_t, charset="windows-1252", cte="quoted-printable",
      pdf=[("CV_Tobias_Reinholt-Mbeki.pdf",
            ["Tobias Reinholt-Mbeki", "Mécanicien cycles - Leipzig", "",
             "2018-aujourd'hui : mécanicien cycles, Leipzig",
             "Langues : allemand, anglais (C1), français (B1)"])])

_t = """\
Bonjour Monsieur Reinholt-Mbeki,

Suite à votre demande d'ouverture de compte en ligne, votre conseiller Thomas Lefèvre vous propose un entretien pour finaliser votre dossier :

Lundi 28 septembre 2026 à 17h30
Agence Lyon Croix-Rousse, 4 place de la Croix-Rousse, 69004 Lyon

Merci de vous munir d'une pièce d'identité, d'un justificatif de domicile et, si possible, de votre contrat de travail ou promesse d'embauche.

Pour modifier ce rendez-vous, rendez-vous dans votre espace client.

Banque Rhône-Alpes Populaire"""
other(slug="banque_rdv_conseiller_entretien", lang="fr",
      frm=("Banque Rhône-Alpes Populaire", "rendezvous@brap.example.fr"),
      subject="Votre rendez-vous avec votre conseiller", date="2026-09-21 12:15",
      html=simple_html(_t, "fr"), html_cte="quoted-printable")

_t = """\
Monsieur,

Nous vous remercions de votre candidature à la formation « Technicien cycles et mobilités électriques » (session d'octobre 2026) proposée par notre centre.

Après examen de votre dossier par la commission pédagogique, nous avons le regret de vous informer que votre candidature n'a pas été retenue. Votre expérience professionnelle dépasse en effet le niveau visé par cette formation, destinée à des personnes en reconversion.

Nous vous invitons à consulter nos modules courts de perfectionnement, accessibles sans sélection.

Le service des admissions
Centre de Formation Mobilités Lyon"""
other(slug="cfml_formation_refus", lang="fr",
      frm=("CFML Admissions", "admissions@cfml-lyon.example.fr"),
      subject="Votre candidature à la formation Technicien cycles", date="2026-07-02 11:00",
      text=_t, cte="quoted-printable")

# =========================================================================== Spanish

_items = [
    ("Técnico/a de Soporte Posventa", "Bizikleta Norte · Bilbao · Indefinido",
     "https://empleobizi.example.es/oferta/3310?src=alerta"),
    ("Técnico de flota de bicis eléctricas", "MoviBilbo · Bilbao",
     "https://empleobizi.example.es/oferta/3318?src=alerta"),
    ("Técnico/a de Taller", "Deportes Ría · Zubiarte",
     "https://empleobizi.example.es/oferta/3325?src=alerta"),
]
_intro = ("Hola Tobias:\n\nHay 3 ofertas nuevas para tu alerta «técnico bicicletas Bilbao». "
          "Consejo de la semana: prepara la entrevista repasando dos reparaciones que te "
          "hayan hecho sudar.")
_outro = "Gestionar alertas: https://empleobizi.example.es/alertas"
other(slug="empleobizi_alerta_bilbao", lang="es",
      frm=("EmpleoBizi", "alertas@empleobizi.example.es"),
      subject="3 ofertas nuevas para tu alerta en Bilbao", date="2026-04-20 08:00",
      text=digest_text(_intro, _items, _outro),
      html=newsletter_html("Tus nuevas ofertas", _intro, _items, _outro,
                           "https://empleobizi.example.es/baja?u=551", lang="es",
                           colour="#dc2626"),
      cte="quoted-printable",
      headers=listhdrs("EmpleoBizi alertas <alertas.empleobizi.example.es>",
                       "https://empleobizi.example.es/baja?u=551",
                       "baja@empleobizi.example.es"))

_t = f"""\
Hola Ane:

Muchas gracias por la entrevista del miércoles y por enseñarme el taller de Zorrotzaurre. Me gustó mucho conocer al equipo de posventa y estaría encantado de trabajar con vosotros.

Un saludo,
{CAND_SIG_ES}"""
other(slug="propio_agradecimiento_bizikleta", lang="es", key="bizi-thanks",
      frm=CAND, to=[("Ane Etxeberria", "ane.etxeberria@bizikletanorte.example.es")],
      subject="Gracias por la entrevista", date="2026-05-08 19:02",
      refs=["bizi-inv", "bizi-move"], text=_t, html=gmail_html(_t, lang="es"), cte="8bit")

_t = """\
Hola Tobias:

Lamentablemente, tu paquete llega con retraso.

Pedido: 1029-5531 (bolsa de herramientas)
Entrega prevista: lunes, 2 de marzo
Nueva fecha estimada: miércoles, 4 de marzo

Sigue tu envío aquí: https://envios-rapidos.example.es/seguimiento/10295531

Disculpa las molestias.
Envíos Rápidos"""
other(slug="envios_paquete_retrasado", lang="es",
      frm=("Envíos Rápidos", "avisos@envios-rapidos.example.es"), frm_enc=("iso-8859-1", "B"),
      subject="Tu paquete llega con retraso", date="2026-03-01 20:05",
      text=_t, charset="iso-8859-1", cte="quoted-printable")

_t = """\
¡Ey Tobias!

Te cuento: me han rechazado en la tienda de deportes de Barakaldo. Hice dos entrevistas y al final me dicen que buscan a alguien con más experiencia en ventas. ¡Si llevo cinco años vendiendo bicis!

Bueno, toca seguir. ¿Y tú qué tal con lo de Bilbao? ¿Te han llamado ya de algún sitio?

Un abrazo,
Iratxe"""
other(slug="amiga_iratxe_rechazo", lang="es",
      frm=("Iratxe Zubiri", "iratxe.zubiri@correo.example.es"),
      subject="me han rechazado...", date="2026-06-05 23:12", text=_t, cte="quoted-printable")

_t = """\
Estimado Tobias:

Gracias por inscribirte en el curso intensivo de español B2 de septiembre en nuestra academia de Bilbao.

Tras la prueba de nivel y la entrevista oral del pasado martes, lamentamos comunicarte que no podemos ofrecerte plaza en el grupo intensivo: tu nivel actual corresponde a un B1 y el grupo B2 ya está completo.

Te proponemos una plaza en el grupo B1+ de tarde, que empieza el 14 de septiembre. Si te interesa, confírmalo antes del 4 de septiembre.

Atentamente,
Secretaría académica
Academia Abando Idiomas"""
other(slug="academia_idiomas_plaza_denegada", lang="es",
      frm=("Academia Abando Idiomas", "secretaria@abando-idiomas.example.es"),
      subject="Resultado de tu prueba de nivel", date="2026-08-28 13:40",
      text=_t, html=simple_html(_t, "es"), cte="quoted-printable")
