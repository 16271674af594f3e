"""Corpus 295: everything else – the candidate's own mail, digests, newsletters and traps."""

from __future__ import annotations

from msgs295_common import (
    BULK,
    CAND,
    CAND_SIG_DE,
    CAND_SIG_EN,
    CAND_SIG_ES,
    CAND_SIG_FR,
    Spec,
    list_headers,
    m,
)

OTHER = "other"
AUTO = [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]

TOBIAS_INVITE = m(
    "tobias_inner", OTHER, "de", "2026-05-28 09:14",
    ("Verena Kuhn", "verena.kuhn@allgaeu-verpackung.example.de"),
    "Einladung zum Vorstellungsgespräch – Schichtleiter Extrusion",
    """
Sehr geehrter Herr Brandl,

vielen Dank für Ihre Bewerbung als Schichtleiter Extrusion. Wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 9. Juni 2026, um 10:00 Uhr in unser Werk in Kempten ein.

Bitte bestätigen Sie uns den Termin.

Mit freundlichen Grüßen
Verena Kuhn
Personalreferentin, Allgäu Verpackung GmbH
""",
    to=[("Tobias Brandl", "tobias.brandl@example.de")],
)

IKER_REJECTION = m(
    "iker_inner", OTHER, "es", "2026-09-14 10:02",
    ("Selección – Getxo Naval", "seleccion@getxo-naval.example.es"),
    "Resolución de su candidatura",
    """
Estimado Sr. Larrañaga:

Le agradecemos su participación en el proceso de selección para el puesto de Jefe de Taller. Lamentamos comunicarle que su candidatura no ha sido seleccionada.

Atentamente,
Departamento de Selección
Getxo Naval
""",
    to=[("Iker Larrañaga", "iker.larranaga@example.es")],
)

MSGS: list[Spec] = [
    # ================================================================ own mail, German
    m("lw_app", OTHER, "de", "2026-01-08 19:40", CAND,
      "Bewerbung als Arbeitsvorbereiter (m/w/d) – Ihre Anzeige vom 2. Januar",
      """
Sehr geehrte Frau Huber,

mit großem Interesse habe ich Ihre Anzeige für die Stelle als Arbeitsvorbereiter (m/w/d) gelesen. Seit zwölf Jahren arbeite ich als CNC-Fräser, zuletzt als Einrichter an 5-Achs-Bearbeitungszentren bei einem Zulieferer in Augsburg, und bilde mich seit 2024 berufsbegleitend zum Techniker Maschinenbau weiter.

In meiner jetzigen Rolle erstelle ich bereits NC-Programme, plane Rüstfolgen und stimme mich täglich mit der Arbeitsvorbereitung ab. Diesen Schritt möchte ich nun vollständig gehen.

Meinen Lebenslauf und meine Zeugnisse habe ich zusätzlich über Ihr Bewerbungsportal hochgeladen. Über eine Einladung zu einem persönlichen Gespräch freue ich mich sehr.
""" + CAND_SIG_DE,
      to=[("Sabine Huber", "s.huber@lechwerk-maschinenbau.example.de")],
      attach=[("Lebenslauf_Matthias_Gruenwald.pdf", [
          "Matthias Grünwald - Lebenslauf",
          "CNC-Fräser / Einrichter, 5-Achs-Bearbeitung, seit 2014",
          "Weiterbildung Techniker Maschinenbau (IHK), seit 2024",
          "Kenntnisse: Heidenhain, Siemens 840D, SAP PP (Grundlagen)",
      ])]),

    m("lw_thanks", OTHER, "de", "2026-02-05 18:22", CAND,
      "Vielen Dank für das Gespräch am 5. Februar",
      """
Sehr geehrte Frau Huber,

vielen Dank für das angenehme Gespräch heute Vormittag und den Rundgang durch Ihre mechanische Fertigung. Besonders die Einblicke in die Feinplanung der Montagelinien haben mein Interesse an der Stelle noch verstärkt.

Bitte richten Sie auch Herrn Wiedemann meinen Dank aus. Ich freue mich auf Ihre Rückmeldung.
""" + CAND_SIG_DE,
      to=[("Sabine Huber", "s.huber@lechwerk-maschinenbau.example.de")],
      parent="lw_move"),

    m("lp_decline", OTHER, "de", "2026-03-05 08:12", CAND,
      "AW: Ihr Arbeitsvertrag – Einsatz Arbeitsvorbereitung ab 16.03.",
      """
Hallo Frau Mayr,

vielen Dank für das Angebot und die schnelle Vorbereitung des Vertrags. Nach reiflicher Überlegung habe ich mich entschieden, den Einsatz nicht anzunehmen: Ich möchte meine Festanstellung nur für eine direkte Stelle in der Arbeitsvorbereitung aufgeben.

Gern können Sie mich aber für künftige Einsätze kontaktieren.
""" + CAND_SIG_DE,
      to=[("Katrin Mayr", "k.mayr@lechpersonal.example.de")],
      parent="lp_offer", quote=True, qstyle="de"),

    m("lim_sorry", OTHER, "de", "2026-03-12 12:04", CAND,
      "Entschuldigung wegen heute Vormittag",
      """
Sehr geehrte Frau Brunner,

es tut mir sehr leid, dass ich heute nicht an unserem Gespräch teilgenommen habe. Ich hatte mir den Termin versehentlich für 10:00 Uhr am Freitag eingetragen, und mein Handy war während der Frühschicht im Spind.

Ich habe nach wie vor großes Interesse an der Stelle und würde mich sehr freuen, wenn wir einen neuen Termin finden könnten. Ich bin diese und nächste Woche ab 14:00 Uhr jederzeit erreichbar.
""" + CAND_SIG_DE,
      to=[("Nadine Brunner", "nadine.brunner@limmat-praezision.example.ch")],
      parent="lim_missed", quote=True, qstyle="de"),

    m("am_sorry", OTHER, "de", "2026-04-15 18:06", CAND,
      "Entschuldigung – verpasster Termin am 15.04.",
      """
Sehr geehrter Herr Lautenschlager,

ich bitte vielmals um Entschuldigung für mein Fehlen heute. Auf der B17 war nach einem Unfall eine Vollsperrung, ich stand über eine Stunde im Stau und hatte leider Ihre direkte Nummer nicht dabei.

Falls Sie mir noch eine Chance geben möchten, komme ich gern zu jedem Termin, der Ihnen passt.
""" + CAND_SIG_DE,
      to=[("Bernd Lautenschlager", "b.lautenschlager@ammersee-kunststoff.example.de")],
      parent="am_missed"),

    m("tv_ask", OTHER, "de", "2026-04-20 07:15", CAND,
      "Nachfrage zum Stand meiner Bewerbung als Arbeitsvorbereiter",
      """
Sehr geehrte Damen und Herren,

im März habe ich mich über Ihr Portal als Arbeitsvorbereiter / Fertigungsplaner in Linz beworben und eine Eingangsbestätigung erhalten. Darf ich fragen, wie der aktuelle Stand ist?

Ich plane, im Herbst nach Oberösterreich zu ziehen, und wäre Ihnen für eine kurze Rückmeldung dankbar.
""" + CAND_SIG_DE,
      to=[("", "jobs@traunviertel-hydraulik.example.at")],
      parent="tv_ack", cs="iso-8859-1", cte="8bit"),

    m("ue_app", OTHER, "de", "2026-06-22 20:31", CAND,
      "Initiativbewerbung Produktionsplanung",
      """
Sehr geehrte Frau Keller,

Ihr Unternehmen fertigt Präzisionsteile für Uhrwerke, deren Toleranzen mich als Zerspaner seit Jahren faszinieren. Ich bewerbe mich deshalb initiativ für eine Tätigkeit in Ihrer Produktionsplanung oder Arbeitsvorbereitung.

Ich bringe zwölf Jahre Praxis an CNC-Dreh- und Fräszentren mit, schließe im Sommer meine Technikerprüfung ab und bin bereit, nach Zürich umzuziehen. Meine Unterlagen finden Sie im Anhang.
""" + CAND_SIG_DE,
      to=[("Simone Keller", "simone.keller@uetliberg-uhrenkomponenten.example.ch")],
      attach=[("Bewerbung_Gruenwald.pdf", [
          "Matthias Grünwald - Initiativbewerbung",
          "Produktionsplanung / Arbeitsvorbereitung",
          "Lebenslauf, Zeugnisse, Technikerzeugnis (folgt)",
      ])]),

    m("ds_thanks", OTHER, "de", "2026-06-25 17:48", CAND,
      "Danke für das Gespräch",
      """
Sehr geehrte Frau Strasser,

herzlichen Dank für das Video-Interview heute Vormittag – trotz der Verschiebung hat alles wunderbar geklappt. Die Schilderung von Herrn Ing. Pichler zur Umstellung auf die neue Brennschneidanlage hat mich sehr neugierig gemacht.

Ich würde mich freuen, Sie und das Team bald auch persönlich in Linz kennenzulernen.
""" + CAND_SIG_DE,
      to=[("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at")],
      parent="ds_move"),

    m("im_confirm", OTHER, "de", "2026-07-23 09:30", CAND,
      "AW: Aktualisiert: Interview Produktionsplaner – neuer Termin 30.07.",
      """
Hallo Frau Vogl,

kein Problem, der 30. Juli um 10:00 Uhr passt mir gut. Ich habe die aktualisierte Einladung angenommen.

Eine kurze Frage noch: Ist das Werk Freimann gut mit der U6 zu erreichen, oder sollte ich besser mit dem Auto kommen?
""" + CAND_SIG_DE,
      to=[("Christina Vogl", "christina.vogl@isarmotion.example.de")],
      parent="im_move", quote=True, qstyle="outlook_de"),

    m("ds_decline", OTHER, "de", "2026-10-02 19:12", CAND,
      "AW: Dienstvertrag zur Unterschrift – Produktionsplaner Linz",
      """
Sehr geehrte Frau Strasser, sehr geehrter Herr Ing. Pichler,

ich danke Ihnen herzlich für Ihr Angebot und das große Vertrauen. Die Entscheidung ist mir wirklich schwergefallen: Nach langen Gesprächen mit meiner Familie habe ich mich für eine Stelle in München entschieden, weil wir damit in der Nähe von Augsburg bleiben können.

Ich bitte Sie um Verständnis und hoffe, dass sich unsere Wege vielleicht später noch einmal kreuzen. Den Vertrag sende ich nicht unterschrieben zurück.
""" + CAND_SIG_DE,
      to=[("Elisabeth Strasser", "elisabeth.strasser@donaustahl.example.at")],
      cc=[("Herbert Pichler", "herbert.pichler@donaustahl.example.at")],
      parent="ds_contract", quote=True, qstyle="de"),

    m("im_accept", OTHER, "de", "2026-10-05 08:03", CAND,
      "AW: Ihr Vertragsangebot – Isarmotion Automotive Systems",
      """
Hallo Frau Vogl,

vielen Dank für das Vertragsangebot. Ich nehme es sehr gern an! Den unterschriebenen Arbeitsvertrag habe ich heute Morgen digital über Workday zurückgeschickt, das Original geht zusätzlich per Post an Sie.

Bitte grüßen Sie auch Herrn Amberger – ich freue mich auf den Start am 1. November.
""" + CAND_SIG_DE,
      to=[("Christina Vogl", "christina.vogl@isarmotion.example.de")],
      cc=[("Stefan Amberger", "stefan.amberger@isarmotion.example.de")],
      parent="im_letter", quote=True, qstyle="de", fmt="alt"),

    # ================================================================ traps, German
    m("jobradar_jan", OTHER, "de", "2026-01-12 06:00",
      ("JobRadar Süd", "alerts@jobradar-sued.example.de"),
      "12 neue Jobs für „Arbeitsvorbereitung Augsburg“ – plus: Was tun nach einer Absage?",
      """
Hallo Matthias,

hier sind Ihre neuen Stellenangebote der letzten 7 Tage:

• Arbeitsvorbereiter CNC (m/w/d) – Fuggerstadt Präzisionsteile, Augsburg
• Fertigungsplaner (m/w/d) – Stadtwerke Lechfeld, Untermeitingen
• Produktionsplaner Kabelsysteme (m/w/d) – Isarmotion Automotive Systems, München
• Technischer Sachbearbeiter AV (m/w/d) – Zeitarbeit, Gersthofen
… und 8 weitere Treffer

Ratgeber der Woche: Leider eine Absage erhalten? So holen Sie sich ein Feedback und gehen gestärkt ins nächste Vorstellungsgespräch. Außerdem: Die 10 häufigsten Fragen im Interview – und wie Sie sie souverän beantworten.

Sie erhalten diese E-Mail, weil Sie einen Suchauftrag bei JobRadar Süd angelegt haben. Suchauftrag ändern oder abbestellen: https://jobradar-sued.example.de/abo
""",
      fmt="alt",
      headers=list_headers("JobRadar Süd Suchauftrag <suchauftrag.jobradar-sued.example.de>",
                           "https://jobradar-sued.example.de/abo/unsubscribe?u=88213")),

    m("karrierebrief", OTHER, "de", "2026-03-19 07:30",
      ("Karrierebrief Metall & Elektro", "newsletter@karrierebrief-me.example.de"),
      "Karrierebrief März: Von der Maschine ins Büro – Quereinstieg in die Planung",
      """
Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Vom Facharbeiter zum Fertigungsplaner: Drei Umsteiger erzählen, wie sie den Sprung geschafft haben – und warum die erste Absage kein Grund zum Aufgeben ist.
2. Interview mit einer Personalleiterin: „Leider scheitern viele Bewerbungen an der Form, nicht am Inhalt.“
3. Checkliste: Vorbereitung auf das Vorstellungsgespräch und typische Fragen zu SAP PP.
4. Termine: Fachkräftetag in Augsburg am 18. April, Online-Seminar Lean Planning.

Viel Spaß beim Lesen!
Ihre Redaktion

Abmelden: https://karrierebrief-me.example.de/abmelden
""",
      fmt="html",
      headers=list_headers("<karrierebrief.karrierebrief-me.example.de>",
                           "mailto:unsubscribe@karrierebrief-me.example.de")),

    m("podcast", OTHER, "de", "2026-04-02 13:18",
      ("Lena Sauter", "lena.sauter@werkstattfunk.example.de"),
      "Interviewanfrage für den Werkstattfunk-Podcast",
      """
Hallo Herr Grünwald,

ich bin Redakteurin beim Werkstattfunk, einem Podcast über Menschen in Industrie und Handwerk. Über einen Beitrag in der Kammerzeitschrift bin ich auf Ihren Weg vom CNC-Fräser zum Techniker aufmerksam geworden.

Hätten Sie Lust, uns dazu ein Interview zu geben? Die Aufnahme dauert etwa 45 Minuten und kann bei Ihnen in Augsburg oder per Video stattfinden. Wir würden gern im Mai aufnehmen, die Folge erscheint dann im Juni.

Ich würde mich sehr über eine Zusage freuen.

Viele Grüße
Lena Sauter
Redaktion Werkstattfunk
""",
      cs="windows-1252"),

    m("radio", OTHER, "de", "2026-09-08 11:42",
      ("Radio Lechwelle – Redaktion", "redaktion@radio-lechwelle.example.de"),
      "Ihr Interview in der Sendung „Arbeitswelt Schwaben“ – Terminbestätigung",
      """
Hallo Herr Grünwald,

danke, dass Sie sich für unsere Sendung „Arbeitswelt Schwaben“ zur Verfügung stellen! Hiermit bestätigen wir den Aufnahmetermin für das Interview: Dienstag, 15. September, 16:00 Uhr, Studio 2 in der Maximilianstraße.

Thema sind Quereinsteiger in der Industrie. Moderator Jürgen Baur wird Sie unter anderem fragen, wie Sie mit Absagen umgegangen sind und wie Sie sich auf Vorstellungsgespräche vorbereitet haben. Das Gespräch wird ca. 8 Minuten lang gesendet.

Bis bald im Studio!
Redaktion Radio Lechwelle
""",
      fmt="alt"),

    m("userresearch", OTHER, "de", "2026-05-13 10:05",
      ("Carla Nguyen (UX Research)", "carla.nguyen@fraesplan-software.example.de"),
      "Einladung: 30-minütiges Nutzerinterview zu FräsPlan – 25 € Gutschein",
      """
Hallo Matthias,

Sie nutzen unsere Testversion von FräsPlan. Für die Weiterentwicklung suchen wir Anwenderinnen und Anwender aus der Fertigung, die uns in einem 30-minütigen Interview per Video von ihrem Arbeitsalltag erzählen.

Als Dankeschön erhalten Sie einen Gutschein über 25 €. Wählen Sie einfach einen Termin: https://fraesplan-software.example.de/research/slots

Ihre Antworten werden anonymisiert ausgewertet.

Viele Grüße
Carla Nguyen
UX Research · FräsPlan Software
""",
      fmt="html"),

    m("parcel", OTHER, "de", "2026-02-27 08:40",
      ("Paketdienst Schwalbe", "benachrichtigung@schwalbe-paket.example.de"),
      "Leider verzögert sich Ihre Sendung 3400 1182 7763",
      """
Hallo Matthias Grünwald,

leider verzögert sich die Zustellung Ihrer Sendung 3400 1182 7763 (Absender: Werkzeughandel Lindner) aufgrund des hohen Sendungsaufkommens um voraussichtlich einen Werktag.

Neuer voraussichtlicher Zustelltermin: Montag, 2. März 2026, zwischen 10:00 und 14:00 Uhr.

Sie können den Zustelltermin auch ändern oder eine Ablage vereinbaren: https://schwalbe-paket.example.de/s/340011827763

Ihr Paketdienst Schwalbe
""",
      fmt="html", headers=BULK),

    m("depot", OTHER, "de", "2026-04-01 05:55",
      ("Lechtal Direktbank", "service@lechtal-direktbank.example.de"),
      "Ihre Depotübersicht: Position „MSCI World ETF“ aktualisiert",
      """
Guten Tag Herr Grünwald,

in Ihrem Depot 5550-118832 hat sich eine Position geändert: Der Sparplan für „MSCI World ETF“ wurde am 01.04.2026 ausgeführt. Ihre Position umfasst jetzt 84,312 Anteile.

Die vollständige Abrechnung finden Sie in Ihrem Postfach im Online-Banking.

Mit freundlichen Grüßen
Ihre Lechtal Direktbank

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""",
      cs="windows-1252"),

    m("bike_gps", OTHER, "de", "2026-08-09 22:14",
      ("RadOrt Tracker", "no-reply@radort.example.de"),
      "Ihr Fahrrad hat die Sicherheitszone verlassen – aktuelle Position",
      """
Achtung: Ihr Fahrrad „Gravel grau“ hat um 22:11 Uhr die festgelegte Sicherheitszone „Zuhause“ verlassen.

Letzte bekannte Position: 48.3712° N, 10.8983° E (Augsburg, Nähe Wertachbrücke), Genauigkeit 12 m.

Live-Verfolgung öffnen: https://radort.example.de/map

Wenn Sie selbst unterwegs sind, können Sie diese Meldung ignorieren.
""",
      tz="+0000"),

    m("viewing_linz", OTHER, "de", "2026-08-26 16:33",
      ("Wolfgang Reisinger", "w.reisinger@immo-urfahr.example.at"),
      "Besichtigungstermin Wohnung Hauptstraße 14, Linz-Urfahr",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihr Interesse an der 3-Zimmer-Wohnung in der Hauptstraße 14, 4040 Linz-Urfahr.

Gerne bestätige ich Ihnen den Besichtigungstermin am Samstag, 5. September 2026, um 11:30 Uhr. Treffpunkt ist vor dem Hauseingang. Bitte bringen Sie eine Kopie Ihres Lichtbildausweises und – falls vorhanden – Ihren Arbeitsvertrag oder Gehaltsnachweise mit.

Leider ist ein früherer Termin nicht möglich, da die Vormieter erst Ende August ausziehen.

Mit freundlichen Grüßen
Wolfgang Reisinger
Immobilien Urfahr – Hausverwaltung
""",
      cs="windows-1252", cte="base64"),

    m("dentist", OTHER, "de", "2026-05-21 08:05",
      ("Zahnarztpraxis Dr. Seidl", "praxis@zahnarzt-seidl.example.de"),
      "Terminverschiebung: Ihr Termin am 27.05. um 15:30 Uhr",
      """
Sehr geehrter Herr Grünwald,

leider müssen wir Ihren Termin zur professionellen Zahnreinigung am Mittwoch, 27.05.2026, um 15:30 Uhr krankheitsbedingt verschieben.

Wir haben Ihnen einen neuen Termin am Dienstag, 02.06.2026, um 16:00 Uhr reserviert. Sollte dieser nicht passen, rufen Sie uns bitte unter 0821 5550 663 an.

Ihr Praxisteam
Dr. med. dent. Andrea Seidl
""",
      fmt="alt"),

    m("friend_rej", OTHER, "de", "2026-03-21 21:48",
      ("Tobias Brandl", "tobias.brandl@example.de"),
      "hab auch ne Absage bekommen…",
      """
Servus Matthias,

nur kurz, weil du gefragt hast: Von der Firma in Kaufbeuren kam heute leider auch eine Absage. „Wir haben uns für einen Kandidaten entschieden, dessen Profil besser passt“ – das Übliche halt. Nach zwei Gesprächen ärgert mich das schon.

Lass uns am Samstag beim Training drüber reden, ich brauch ein Bier.

Tobi
""",
      to=[CAND]),

    m("friend_fwd", OTHER, "de", "2026-05-28 20:17",
      ("Tobias Brandl", "tobias.brandl@example.de"),
      "WG: Einladung zum Vorstellungsgespräch – Schichtleiter Extrusion",
      """
Hi Matthias,

schau mal, ich hab endlich eine Einladung bekommen! Ich leite dir die Mail mal weiter – kannst du mir sagen, was ich anziehen soll und ob ich die Zeugnisse im Original mitbringen muss? Du hast ja inzwischen Übung mit Vorstellungsgesprächen 😄

Gruß
Tobi
""",
      fwd=TOBIAS_INVITE),

    m("course_refused", OTHER, "de", "2026-02-18 14:26",
      ("Bildungszentrum Lech-Wertach", "weiterbildung@bz-schwaben.example.de"),
      "Ihre Anmeldung: Lehrgang „Geprüfter Industriemeister Metall“ – leider kein Platz",
      """
Sehr geehrter Herr Grünwald,

vielen Dank für Ihre Anmeldung zum Lehrgang »Geprüfter Industriemeister Metall« (Teilzeit, Beginn 13.04.2026).

Leider müssen wir Ihnen mitteilen, dass der Lehrgang bereits voll belegt ist und wir Ihnen keinen Platz anbieten können. Wir haben Sie auf die Warteliste gesetzt (Position 7) und für den Herbstkurs vorgemerkt.

Mit freundlichen Grüßen
Ihr Team Weiterbildung
""",
      cs="iso-8859-1", cte="quoted-printable"),

    m("hh_cold_de", OTHER, "de", "2026-07-14 09:51",
      ("Sebastian Kraus", "s.kraus@kraus-executive.example.de"),
      "Ihr Profil – kurzer Austausch?",
      """
Guten Tag Herr Grünwald,

ich bin Personalberater mit Schwerpunkt Produktion und Supply Chain in Süddeutschland und bin über ein Fachforum auf Ihr Profil gestoßen. Ihre Kombination aus langjähriger Zerspanungspraxis und der Weiterbildung zum Techniker ist bei meinen Kunden gefragt.

Aktuell habe ich keine konkrete Vakanz für Sie, würde Sie aber gern in einem unverbindlichen Telefonat kennenlernen, um bei passenden Mandaten an Sie zu denken.

Beste Grüße
Sebastian Kraus
Kraus Executive Search · Maximilianstraße 13 · 80539 München
""",
      fmt="alt"),

    m("hp_ooo", OTHER, "de", "2026-05-13 07:02",
      ("Jonas Pfeiffer", "j.pfeiffer@hofmann-partner.example.de"),
      "Abwesenheitsnotiz: AW: Würmtal Fahrzeugtechnik – wie lief es gestern?",
      """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 18. Mai 2026 nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 89 5550 6600.

Mit freundlichen Grüßen
Jonas Pfeiffer
Hofmann & Partner Personalberatung GmbH
""",
      headers=AUTO),

    m("webinar", OTHER, "de", "2026-06-29 12:00",
      ("Maschinenbau-Akademie Süd", "events@akademie-sued.example.de"),
      "Einladung zum Webinar: Kapazitätsplanung in der Einzelfertigung",
      """
Sehr geehrter Herr Grünwald,

wir laden Sie herzlich zu unserem kostenfreien Webinar „Kapazitätsplanung in der Einzelfertigung – vom Bauchgefühl zum APS“ ein.

Termin: Donnerstag, 9. Juli 2026, 16:00–17:00 Uhr
Referent: Prof. Dr. Martin Eckl, Hochschule Augsburg

Im Anschluss steht Ihnen der Referent für Fragen zur Verfügung. Jetzt anmelden: https://akademie-sued.example.de/webinar/kap-2026

Mit freundlichen Grüßen
Ihr Veranstaltungsteam
""",
      fmt="html",
      headers=list_headers("<events.akademie-sued.example.de>",
                           "https://akademie-sued.example.de/abmelden")),

    m("messe", OTHER, "de", "2026-09-01 09:30",
      ("Messe Metallbearbeitung – Besucherservice", "ticket@messe-metall.example.de"),
      "Ihr Besucherticket für die Fachmesse Metallbearbeitung",
      """
Hallo Matthias Grünwald,

vielen Dank für Ihre Registrierung! Anbei erhalten Sie Ihr persönliches Besucherticket für die Fachmesse Metallbearbeitung vom 15. bis 19. September 2026.

Tipp: Besuchen Sie am Karrieretag (17.09.) die Jobbörse in Halle 10 – viele Aussteller führen dort direkt Kennenlerngespräche mit Fachkräften.

Wir freuen uns auf Ihren Besuch!
Ihr Besucherservice
""",
      attach=[("Besucherticket_Gruenwald.pdf", [
          "Fachmesse Metallbearbeitung 2026 - Besucherticket",
          "Name: Matthias Grünwald",
          "Gültig: 15.-19.09.2026, Eingang Ost",
          "Ticketcode: 2026-MB-448812",
      ])],
      headers=BULK),

    # ================================================================ English
    m("ke_thanks", OTHER, "en", "2026-03-10 17:20", CAND,
      "Thank you – Production Planner interview",
      """
Dear Jana,

Thank you for organising today's interview, and please pass on my thanks to Tobias as well. I really enjoyed hearing about how you plan the ramp-up of the new actuator line, and it confirmed how much I would like to contribute to that team.

If you need any further documents from me, I'm happy to send them.
""" + CAND_SIG_EN,
      to=[("Jana Weber", "jana.weber@kestrel-motion.example.com")],
      parent="ke_move"),

    m("ke_ooo", OTHER, "en", "2026-03-10 17:21",
      ("Jana Weber", "jana.weber@kestrel-motion.example.com"),
      "Automatic reply: Thank you – Production Planner interview",
      """
Thank you for your email. I'm out of the office until Monday 16 March with limited access to email.

For urgent recruiting matters, please contact talent@kestrel-motion.example.com.

Kind regards,
Jana Weber
""",
      headers=AUTO, parent="ke_thanks"),

    m("at_cold", OTHER, "en", "2026-03-18 10:37",
      ("Oliver Grant", "oliver.grant@alpinetalent.example.ch"),
      "Production planning opportunities in Switzerland",
      """
Hi Matthias,

I hope you don't mind the unsolicited message. I lead the industrial practice at Alpine Talent Partners in Zurich and came across your profile while researching planners with a strong shop-floor background.

I don't have a specific role to put in front of you today, but several of my clients in the machinery sector are struggling to find people who understand both CNC machining and planning. Would you be open to a 15-minute call to share what you're looking for?

Best regards,
Oliver Grant
Partner | Alpine Talent Partners
""",
      fmt="alt"),

    m("at_decline", OTHER, "en", "2026-08-17 07:45", CAND,
      "Re: Offer from Zugersee Automation",
      """
Hi Oliver,

Thank you very much for your support and for passing on the offer. After a lot of thought I've decided not to accept: my family and I would prefer to stay closer to Augsburg, and I'm in final stages with two employers in Munich and Linz.

Please thank Zugersee Automation for their trust. I'd be glad to stay in touch.
""" + CAND_SIG_EN,
      to=[("Oliver Grant", "oliver.grant@alpinetalent.example.ch")],
      parent="at_offer", quote=True, qstyle="en"),

    m("jobscout", OTHER, "en", "2026-06-08 05:00",
      ("JobScout Europe", "digest@jobscout-europe.example.com"),
      "Your weekly digest: 9 new Production Planner jobs",
      """
Hi Matthias,

New jobs matching "Production Planner" near Munich, Zurich and Linz:

- Production Planner – Northgate Precision, Linz (Easy Apply)
- Manufacturing Engineer – Meridian Drive Components, Munich
- Industrial Engineer – Corvane Aerostructures, Bilbao
- Planning Engineer – Confidential, Zug

Career tips this week: "Unfortunately we've decided not to proceed…" – how to respond to a rejection email. Plus: 7 interview questions every planner should prepare, and how to follow up after an interview without being pushy.

You're receiving this because you subscribed to JobScout alerts. Manage alerts: https://jobscout-europe.example.com/alerts
""",
      fmt="html", tz="+0000",
      headers=list_headers("JobScout weekly digest <weekly.jobscout-europe.example.com>",
                           "https://jobscout-europe.example.com/u/5531")),

    m("friend_rej_en", OTHER, "en", "2026-07-19 20:02",
      ("Aoife Brennan", "aoife.brennan@example.ie"),
      "well, that's that",
      """
Hey Matthias,

Just heard back from the medical devices place in Galway – they've gone with someone internal. So much for the "you're our top candidate" line after the second interview! Honestly a bit gutted.

How are your applications going? Any news from the Munich company with the case study?

Talk soon,
Aoife
""",
      to=[CAND]),

    # ================================================================ French
    m("rh_app", OTHER, "fr", "2026-02-16 18:25", CAND,
      "Candidature – Technicien méthodes (H/F)",
      """
Madame, Monsieur,

Je vous adresse ma candidature pour le poste de technicien méthodes publié sur votre site. Fraiseur CNC depuis douze ans en Bavière, je prépare actuellement un diplôme de technicien en construction mécanique et je souhaite évoluer vers les méthodes et la planification.

La proximité de Strasbourg avec l'Allemagne et votre clientèle germanophone me semblent être un atout pour valoriser mon profil bilingue.

Vous trouverez mon CV en pièce jointe. Je me tiens à votre disposition pour un entretien.
""" + CAND_SIG_FR,
      to=[("Rhénatec Usinage – Recrutement", "recrutement@rhenatec.example.fr")],
      attach=[("CV_Matthias_Gruenwald_FR.pdf", [
          "Matthias Grünwald - CV",
          "Fraiseur CNC / régleur 5 axes depuis 2014",
          "Formation : technicien en construction mécanique (en cours)",
          "Langues : allemand (natif), anglais, français (B2)",
      ])]),

    m("rh_thanks", OTHER, "fr", "2026-03-11 19:10", CAND,
      "Merci pour l'entretien du 10 mars",
      """
Madame Schaller,

Je tenais à vous remercier, ainsi que M. Wendling, pour l'entretien d'aujourd'hui – décalé au 11 mars, mais mon objet le dit mal ! J'ai beaucoup apprécié la visite de l'atelier et la discussion sur l'industrialisation des pièces pour vos clients allemands.

Je reste très motivé par le poste et à votre disposition pour tout complément.
""" + CAND_SIG_FR,
      to=[("Claire Schaller", "c.schaller@rhenatec.example.fr")],
      parent="rh_move"),

    m("af_ask", OTHER, "fr", "2026-04-22 08:50", CAND,
      "Re: Convocation à un entretien – Planificateur de maintenance (AFN-0317)",
      """
Monsieur Meyer,

Je vous remercie pour votre convocation. Malheureusement, je suis retenu le 30 avril par un examen de ma formation de technicien. Serait-il possible de décaler l'entretien à une autre date, par exemple la semaine du 4 mai ?

Je vous prie de m'excuser pour ce désagrément.
""" + CAND_SIG_FR,
      to=[("Julien Meyer", "julien.meyer@ateliers-neudorf.example.fr")],
      parent="af_inv", quote=True, qstyle="fr"),

    m("ho_decline", OTHER, "fr", "2026-09-03 18:40", CAND,
      "Re: Proposition d'embauche – Préparateur planificateur",
      """
Monsieur Roth,

Je vous remercie sincèrement pour votre proposition et pour l'accueil chaleureux lors de ma journée d'essai. Après mûre réflexion, je ne vais malheureusement pas donner suite : le déménagement en Alsace pour ma famille s'avère plus compliqué que prévu.

Je garde un excellent souvenir de votre atelier et vous souhaite pleine réussite.
""" + CAND_SIG_FR,
      to=[("Thomas Roth", "t.roth@haguenau-outillage.example.fr")],
      parent="ho_offer", quote=True, qstyle="fr"),

    m("alerte_fr", OTHER, "fr", "2026-04-27 07:00",
      ("Alerte Emploi Grand Est", "alertes@emploi-grandest.example.fr"),
      "Vos nouvelles offres : technicien méthodes – Strasbourg (6)",
      """
Bonjour Matthias,

6 nouvelles offres correspondent à votre alerte « technicien méthodes – Strasbourg » :

• Préparateur méthodes H/F – Alsace Mécanique de Précision – Illkirch
• Responsable ordonnancement H/F – Sélestat Tôlerie – Sélestat
• Ingénieur industrialisation H/F – Illkirch Robotique – Illkirch
• Planificateur maintenance H/F – Ateliers Ferroviaires – Strasbourg

Le conseil de la semaine : un refus n'est pas un échec ! Découvrez comment rebondir après une candidature non retenue et réussir votre prochain entretien d'embauche.

Pour ne plus recevoir ces alertes : https://emploi-grandest.example.fr/desabonnement
""",
      fmt="alt",
      headers=list_headers("<alertes.emploi-grandest.example.fr>",
                           "https://emploi-grandest.example.fr/desabonnement?id=7742")),

    m("presse_fr", OTHER, "fr", "2026-05-28 14:12",
      ("Sophie Wetzel", "s.wetzel@echo-rhenan.example.fr"),
      "Demande d'interview – reconversion des ouvriers qualifiés",
      """
Bonjour Monsieur Grünwald,

Je suis journaliste à L'Écho Rhénan, un quotidien régional. Je prépare un article sur les travailleurs allemands qui cherchent un emploi en Alsace, et votre nom m'a été transmis par le service emploi transfrontalier.

Accepteriez-vous de m'accorder une interview d'une vingtaine de minutes par téléphone la semaine prochaine ? Vous pourrez relire vos citations avant publication.

Bien cordialement,
Sophie Wetzel
Journaliste, rubrique Économie
L'Écho Rhénan
""",
      cs="iso-8859-1"),

    m("caces", OTHER, "fr", "2026-06-15 10:30",
      ("Centre de formation Rhin-Industrie", "inscriptions@rhin-industrie-formation.example.fr"),
      "Votre demande d'inscription – formation CACES R489",
      """
Bonjour Monsieur,

Nous avons bien étudié votre demande d'inscription à la formation CACES R489 (chariots élévateurs) des 22 et 23 juin 2026.

Malheureusement, votre candidature n'a pas pu être retenue pour cette session : les places sont réservées en priorité aux demandeurs d'emploi inscrits en France. Nous vous proposons de vous positionner sur la session de septembre, ouverte à tous les publics.

Cordialement,
Le service des inscriptions
""",
      fmt="html"),

    m("visite_appart", OTHER, "fr", "2026-03-02 19:05",
      ("Agnès Hoffmann", "agnes.hoffmann@example.fr"),
      "Visite de l'appartement rue de la Krutenau",
      """
Bonjour Monsieur,

Suite à votre message sur le site d'annonces, je vous propose une visite du deux-pièces de la rue de la Krutenau le mercredi 11 mars à 18h30, si vous êtes à Strasbourg ce jour-là.

Malheureusement, je ne pourrai pas faire de visite le week-end. Merci de me confirmer le rendez-vous.

Cordialement,
Agnès Hoffmann
""",
      to=[CAND], cs="windows-1252"),

    m("colis_fr", OTHER, "fr", "2026-09-21 07:45",
      ("Colis Express", "notifications@colis-express.example.fr"),
      "Malheureusement, votre colis est retardé",
      """
Bonjour,

Malheureusement, votre colis n° CX 8841 2207 FR en provenance de Strasbourg a pris du retard en raison d'un incident d'acheminement.

Nouvelle date de livraison estimée : jeudi 24 septembre 2026.

Suivre mon colis : https://colis-express.example.fr/suivi/CX88412207FR

Nous vous prions de nous excuser pour ce désagrément.
Le service client Colis Express
""",
      fmt="html", headers=BULK),

    # ================================================================ Spanish
    m("nv_app", OTHER, "es", "2026-03-09 21:02", CAND,
      "Candidatura Planificador de Producción – Matthias Grünwald",
      """
Estimada Sra. Etxeberria:

Me dirijo a ustedes para presentar mi candidatura al puesto de Planificador de Producción publicado en su web. Soy fresador CNC con doce años de experiencia en Alemania y actualmente estoy terminando la formación de técnico en construcción de maquinaria.

Mi pareja es de Bilbao y nos vamos a trasladar allí este año, por lo que me encantaría desarrollar mi carrera en una empresa como Nervión Mecanizados. Hablo español con soltura (nivel B2).

Adjunto mi CV. Quedo a su disposición para una entrevista.
""" + CAND_SIG_ES,
      to=[("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es")],
      attach=[("CV_Matthias_Gruenwald_ES.pdf", [
          "Matthias Grünwald - Curriculum Vitae",
          "Fresador CNC / preparador de máquinas 5 ejes desde 2014",
          "Idiomas: alemán (nativo), inglés, español (B2), francés (B2)",
      ])]),

    m("nv_thanks", OTHER, "es", "2026-03-26 19:30", CAND,
      "Gracias por la entrevista",
      """
Hola Ane:

Muchas gracias a ti y a Koldo por la entrevista de esta tarde. Me ha gustado mucho conocer cómo organizáis la carga de trabajo entre los centros de mecanizado y las prioridades de los clientes del sector eólico.

Sigo muy interesado en el puesto. Si necesitáis algo más de mi parte, no dudéis en decírmelo.
""" + CAND_SIG_ES,
      to=[("Ane Etxeberria", "ane.etxeberria@nervion-mecanizados.example.es")],
      parent="nv_move"),

    m("uz_decline", OTHER, "es", "2026-07-27 09:15", CAND,
      "RE: Propuesta de incorporación",
      """
Hola Jon:

Muchísimas gracias por la propuesta y por la confianza. Lo he pensado mucho, pero finalmente hemos decidido retrasar el traslado a Bilbao al menos un año, así que no puedo aceptar la incorporación en septiembre.

Me ha encantado conoceros y espero que podamos volver a hablar en el futuro.
""" + CAND_SIG_ES,
      to=[("Jon Agirre", "jon.agirre@utillajes-zorrotza.example.es")],
      parent="uz_offer", quote=True, qstyle="es"),

    m("ct_cold", OTHER, "es", "2026-04-23 11:50",
      ("Lucía Ortega", "lucia.ortega@cantabrico-talento.example.es"),
      "¿Hablamos? Oportunidades en planificación en Bizkaia",
      """
Hola Matthias:

Soy Lucía Ortega, consultora de Cantábrico Talento, una firma de selección especializada en perfiles industriales en el norte de España. He visto en una red profesional que buscas oportunidades en Bilbao.

Ahora mismo no tengo una vacante concreta que proponerte, pero trabajo con varias empresas de la zona que valoran mucho la experiencia en taller. ¿Te apetece que tengamos una llamada corta para conocernos?

Un saludo,
Lucía Ortega
Consultora de Selección · Cantábrico Talento
""",
      cs="iso-8859-1", cte="8bit"),

    m("alertas_es", OTHER, "es", "2026-05-04 06:30",
      ("Alertas de Empleo Euskadi", "alertas@empleo-euskadi.example.es"),
      "Tienes 7 ofertas nuevas: planificador producción Bilbao",
      """
Hola Matthias,

Estas son las nuevas ofertas para tu alerta «planificador producción – Bilbao»:

• Planificador/a de Producción – Talleres Deusto Automoción – Bilbao
• Técnico de Métodos y Tiempos – Forjas Arrigorriaga – Arrigorriaga
• Ingeniero/a de Procesos – Ría Componentes – Sondika
• Técnico de Planificación – Erandio Calderería – Erandio

Consejo del día: ¿te han rechazado? Lamentablemente es parte del proceso. Te contamos cómo preparar tu próxima entrevista de trabajo y qué responder cuando te preguntan por tus puntos débiles.

Darse de baja: https://empleo-euskadi.example.es/baja
""",
      fmt="html",
      headers=list_headers("<alertas.empleo-euskadi.example.es>",
                           "https://empleo-euskadi.example.es/baja?u=3391")),

    m("radio_es", OTHER, "es", "2026-10-07 12:25",
      ("Onda Ría – Producción", "produccion@ondaria.example.es"),
      "Entrevista en el programa «Gente que se mueve»",
      """
Hola Matthias:

Te escribo de parte del programa «Gente que se mueve» de Onda Ría. Estamos preparando un especial sobre profesionales europeos que se han planteado trabajar en Euskadi y nos encantaría hacerte una entrevista en directo.

Sería el martes 20 de octubre a las 10:15, por teléfono, unos diez minutos. ¿Te animas?

Un saludo,
Garazi Uriarte
Producción · Onda Ría
""",
      cs="windows-1252", cte="quoted-printable"),

    m("dentista_es", OTHER, "es", "2026-08-11 09:20",
      ("Clínica Dental Abando", "citas@clinica-abando.example.es"),
      "Cambio en su cita del 14 de agosto",
      """
Estimado paciente:

Le informamos de que su cita de revisión del viernes 14 de agosto a las 12:00 ha tenido que ser cambiada por motivos de agenda de la doctora.

Nueva cita: lunes 17 de agosto a las 12:30.

Si no puede acudir, llámenos al 944 555 120 con al menos 24 horas de antelación.

Clínica Dental Abando
""",
      fmt="alt"),

    m("banco_es", OTHER, "es", "2026-09-30 06:10",
      ("Banco Ibaizabal", "avisos@bancoibaizabal.example.es"),
      "Su posición global a 30/09/2026",
      """
Estimado cliente:

Ya puede consultar en la banca online el resumen de su posición global a 30 de septiembre de 2026, que incluye el saldo de sus cuentas, tarjetas y la posición de sus fondos de inversión.

Por su seguridad, nunca le pediremos sus claves por correo electrónico.

Banco Ibaizabal
""",
      fmt="html", tz="+0000"),

    m("friend_fwd_es", OTHER, "es", "2026-09-14 21:40",
      ("Iker Larrañaga", "iker.larranaga@example.es"),
      "RV: Resolución de su candidatura",
      """
Matthias, mira lo que me ha llegado hoy. Otro «lamentamos comunicarle»… Ya van tres este mes. Te lo reenvío para que veas que no eres el único, jaja.

¿Nos tomamos algo el sábado en Indautxu?

Iker
""",
      to=[CAND], fwd=IKER_REJECTION),
]
