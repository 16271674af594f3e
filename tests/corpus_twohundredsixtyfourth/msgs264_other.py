# ruff: noqa: C408 - specs are written as dict(...) calls on purpose
"""Corpus 264: everything that is `other` - the candidate's own mail, digests, newsletters,
notifications, auto-replies and mail that uses job words in another sense.

Hand-written, blind: every spec below is written for this corpus only.
"""

from __future__ import annotations

from msgs264_acks import BALTIC_APPLICATION, RIA_OFFER
from msgs264_common import (
    CANDIDATE,
    SIG_DE,
    SIG_EN,
    M,
    forward,
    outlook,
    reply,
    txt,
)
from msgs264_invites import (
    ALBRECHT,
    BRANDAUER,
    GOERNER,
    GOIKOETXEA,
    HAVEL_REPLY,
    JENTZSCH,
    LOEBEL,
    MCCRAE,
    MULLER,
    PIETZSCH,
    SCHAEFFER,
    WGP_APPLICATION,
    WRONA,
    ZIELINSKA,
)

KOEHLER = ("Marie Köhler", "marie.koehler@sportforum-halle.example.de")
NOWAK = ("Jessica Nowak", "jessica.nowak@personalwerk-mitte.example.de")
TIMO = ("Timo Rehbein", "timo.rehbein@example.net")
UNAI = ("Unai Larrañaga", "unai.larranaga@example.es")

# The candidate's own notes, quoted later in the employers' answers (msgs264_rejections).
AUENWALD_THANKS = txt("""
    Sehr geehrte Frau Löbel,

    vielen Dank für das ausführliche Gespräch heute und den Rundgang durch die
    Energiezentrale. Besonders die Pläne zur Umstellung der Notstromversorgung fand ich
    spannend – genau in diesem Bereich möchte ich mich weiterentwickeln.

    Bitte richten Sie auch Herrn Siebert meinen Dank aus. Ich freue mich auf Ihre
    Rückmeldung.

    Mit freundlichen Grüßen
    Konstantin Mensah-Weber
    """)

TESSERA_THANKS = txt("""
    Hi Jonas,

    Thank you for organising today's panel – it was great to meet Mei Lin and Oskar. The HVAC
    case was a fun one; I've been thinking since about the valve actuator we didn't get to,
    and I'd check the BMS trend logs before sending anyone up on the roof.

    I'm very interested in the role and hope to hear from you soon.

    Best wishes,
    Konstantin
    """)

IUR_THANKS = txt("""
    Monsieur Muller,

    Je tenais à vous remercier, ainsi que Mme Weiss, pour l'entretien de cet après-midi et
    pour la visite de la chaufferie. Le projet de rénovation des bâtiments B et C correspond
    exactement au type de mission que je souhaite mener à Strasbourg.

    Je reste à votre disposition pour tout complément d'information.

    Bien cordialement,
    Konstantin Mensah-Weber
    """)

MESSAGES = [
    # ============================================================ the candidate's own mail
    M(kind="other", slug="own_thanks_auenwald", lang="de", frm=CANDIDATE, to=[LOEBEL],
      subject="Danke für das Gespräch – TGM-2026-014", date="2026-02-12 18:40",
      body=AUENWALD_THANKS + "\n" + SIG_DE, thread=("auenwald", 4)),
    M(kind="other", slug="own_apology_westsachsen", lang="de", frm=CANDIDATE, to=[GOERNER],
      subject="AW: Unser Telefonat heute um 10:00 Uhr", date="2026-03-11 12:05",
      body=reply(txt("""
          Hallo Herr Görner,

          es tut mir wirklich leid! Ich war heute früh bei einem Notfalleinsatz in einem
          Umspannraum, dort gibt es keinen Empfang, und ich habe Ihre Anrufe erst eben
          gesehen. Das hätte ich Ihnen vorher ankündigen müssen.

          An der Stelle bin ich weiterhin sehr interessiert. Ich kann morgen ab 15 Uhr oder
          Freitag ganztägig telefonieren – ganz wie es Ihnen passt.

          Viele Grüße
          Konstantin Mensah-Weber
          """), "de", "2026-03-11 10:24", "Marcel Görner", GOERNER[1], txt("""
          Hallo Herr Mensah-Weber,

          ich habe heute um 10:00 Uhr und noch einmal um 10:12 Uhr versucht, Sie unter
          0176 5521 8830 zu erreichen, bin aber jeweils nur auf der Mailbox gelandet.
          """)), thread=("west", 4)),
    M(kind="other", slug="own_application_pleisseufer_cv", lang="de", frm=CANDIDATE,
      to=[JENTZSCH], subject="Bewerbung als Techniker Bestandsbewirtschaftung",
      date="2026-01-12 21:14", body=WGP_APPLICATION,
      headers=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Thunderbird/128.6.0")],
      attach=[dict(pdf="Lebenslauf_Konstantin_Mensah-Weber.pdf", title="Lebenslauf",
                   lines=["Lebenslauf Konstantin Mensah-Weber",
                          "Elektroniker fuer Betriebstechnik (IHK), 2017",
                          "2017-2021 Instandhaltung, Kunststoffwerk Markranstaedt",
                          "seit 2021 Betriebselektriker, Universitaetsklinik (Haustechnik)",
                          "berufsbegleitend: Gepruefter Facility Manager (in Ausbildung)"])],
      thread=("wgp", 1)),
    M(kind="other", slug="own_reschedule_request_personalwerk", lang="de", frm=CANDIDATE,
      to=[NOWAK], subject="Kennenlerngespräch am Donnerstag – könnten wir tauschen?",
      date="2026-07-13 07:52",
      body=txt("""
          Guten Morgen Frau Nowak,

          vielen Dank für den Anruf am Freitag. Leider habe ich am Donnerstag, den 16. Juli,
          einen Prüftermin für meine Weiterbildung, der sich nicht verschieben lässt. Wäre
          es möglich, unser Kennenlerngespräch auf Freitag, den 17. Juli, zu verlegen? Ich bin
          den ganzen Tag flexibel.

          Entschuldigen Sie die Umstände und viele Grüße
          """) + SIG_DE, thread=("pwm", 2)),
    M(kind="other", slug="own_forward_rejection_to_friend", lang="de", frm=CANDIDATE,
      to=[TIMO], subject="WG: Ihre Bewerbung bei Elektroanlagenbau Taucha",
      date="2026-03-07 20:16",
      body=forward(txt("""
          Hi Timo,

          guck mal, was heute kam – die Absage von denen aus Taucha, bei denen du mir den
          Kontakt gegeben hattest. Schade, aber das Vorstellungsgespräch war eh komisch. Gehen
          wir Samstag trotzdem zum Spiel?

          Konsti
          """), "de", "2026-03-06 14:03",
          "Personalabteilung Elektroanlagenbau Taucha <personal@eab-taucha.example.de>",
          "Konstantin Mensah-Weber <konstantin.mw@example.de>",
          "Ihre Bewerbung bei Elektroanlagenbau Taucha", txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für Ihr Interesse und das Vorstellungsgespräch in der vergangenen Woche.
          Nach reiflicher Überlegung haben wir uns für eine andere Bewerberin entschieden, die
          bereits Erfahrung als Bauleiterin mitbringt.

          Für Ihre weitere berufliche Zukunft wünschen wir Ihnen alles Gute.

          Mit freundlichen Grüßen
          Elektroanlagenbau Taucha
          """))),
    M(kind="other", slug="own_status_inquiry_sportforum", lang="de", frm=CANDIDATE,
      to=[KOEHLER], subject="Nachfrage zum Stand meiner Bewerbung (Haustechniker)",
      date="2026-05-04 08:30", charset="iso-8859-1", cte="quoted-printable",
      body=txt("""
          Sehr geehrte Frau Köhler,

          Anfang April habe ich mich über Ihr Karriereportal als Haustechniker mit Schwerpunkt
          Bäder- und Lüftungstechnik beworben. Da ich parallel in anderen Verfahren stehe,
          wollte ich freundlich nachfragen, ob es zu meiner Bewerbung schon einen Zwischenstand
          gibt.

          Für Rückfragen bin ich unter 0176 5521 8830 erreichbar.

          Mit freundlichen Grüßen
          Konstantin Mensah-Weber
          """), thread=("sportforum", 2)),
    M(kind="other", slug="own_thanks_tessera", lang="en", frm=CANDIDATE, to=[ALBRECHT],
      subject="Thank you – panel interview today", date="2026-06-12 17:30",
      body=TESSERA_THANKS + "\n" + SIG_EN, thread=("tessera", 3)),
    M(kind="other", slug="own_application_balticbridge", lang="en", frm=CANDIDATE, to=[WRONA],
      subject="Registration – facility management roles in Wrocław", date="2026-02-02 20:31",
      body=BALTIC_APPLICATION,
      attach=[dict(pdf="CV_Konstantin_Mensah-Weber_EN.pdf", title="Curriculum Vitae",
                   lines=["Konstantin Mensah-Weber - Curriculum Vitae",
                          "Industrial electrician (German IHK qualification), 2017",
                          "Hospital building services, Leipzig, since 2021",
                          "Languages: German (native), English (C1), Polish (A2)"])],
      thread=("baltic", 1)),
    M(kind="other", slug="own_confirm_havelpoint", lang="en", frm=CANDIDATE, to=[MCCRAE],
      subject="Re: Quick chat next Thursday?", date="2026-09-02 19:03",
      body=HAVEL_REPLY, thread=("havel", 2)),
    M(kind="other", slug="own_remerciement_iur", lang="fr", frm=CANDIDATE, to=[MULLER],
      subject="Remerciements – entretien du 28 mai", date="2026-05-28 19:10",
      charset="iso-8859-1", body=IUR_THANKS, thread=("iur", 3)),
    M(kind="other", slug="own_acepta_oferta_ria", lang="es", frm=CANDIDATE, to=[GOIKOETXEA],
      subject="Re: Oferta de empleo: Técnico de Mantenimiento de Edificios",
      date="2026-08-07 09:12",
      body=reply(txt("""
          Hola Itziar:

          ¡Muchísimas gracias! Acepto encantado la oferta. Te devuelvo la carta firmada esta
          misma tarde y, si os parece bien, me incorporo el 1 de octubre como indicáis.

          ¿Podrías decirme qué documentación necesitáis para el alta en la Seguridad Social?

          Un saludo,
          Konstantin
          """), "es", "2026-08-06 10:30", "Itziar Goikoetxea", GOIKOETXEA[1], RIA_OFFER),
      thread=("ria", 5)),

    # ============================================================ digests and newsletters
    M(kind="other", slug="jobradar_alert_haustechnik", lang="de",
      frm=("JobRadar Sachsen", "alerts@jobradar-sachsen.example.de"),
      subject="7 neue Jobs für „Haustechniker Leipzig“", date="2026-01-08 06:00",
      form="alt", frame="news", brand="JobRadar Sachsen",
      unsubscribe="https://jobradar-sachsen.example.de/alerts/abmelden?id=88412",
      headers=[("List-Id", "Suchauftrag Haustechniker Leipzig <alert-88412.jobradar-sachsen"
                           ".example.de>"),
               ("List-Unsubscribe", "<https://jobradar-sachsen.example.de/alerts/abmelden?"
                                    "id=88412>, <mailto:abmelden@jobradar-sachsen.example.de>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
               ("Precedence", "bulk")],
      body=txt("""
          Hallo Konstantin,

          zu deinem Suchauftrag „Haustechniker Leipzig“ gibt es 7 neue Stellen:

          Haustechniker (m/w/d) – Seniorenresidenz am Rosental, Leipzig
          https://jobradar-sachsen.example.de/job/551203

          Elektroniker für Betriebstechnik – Stadtwerke-Tochter, Leipzig-Plagwitz
          https://jobradar-sachsen.example.de/job/551187

          Objektbetreuer Technik – Wohnungsbaugesellschaft, Leipzig-Grünau
          https://jobradar-sachsen.example.de/job/551166

          Servicetechniker Gebäudeautomation – Markkleeberg
          https://jobradar-sachsen.example.de/job/551140

          Technischer Hausmeister – Gymnasium, Leipzig-Gohlis
          https://jobradar-sachsen.example.de/job/551122

          Betriebselektriker Nachtschicht – Logistikzentrum Schkeuditz
          https://jobradar-sachsen.example.de/job/551098

          Facility Manager (Junior) – Bürokomplex, Leipzig-Zentrum
          https://jobradar-sachsen.example.de/job/551061

          Tipp: Arbeitgeber, die dich zum Vorstellungsgespräch einladen, antworten im Schnitt
          nach 9 Tagen. Viel Erfolg!

          Suchauftrag bearbeiten: https://jobradar-sachsen.example.de/alerts/88412
          """)),
    M(kind="other", slug="karrierekompass_vorstellungsgespraech", lang="de",
      frm=("KarriereKompass Newsletter", "newsletter@karrierekompass.example.de"),
      subject="Die 10 häufigsten Fragen im Vorstellungsgespräch – und gute Antworten",
      date="2026-03-15 07:30", form="html", frame="news", brand="KarriereKompass",
      unsubscribe="https://karrierekompass.example.de/nl/abmelden",
      headers=[("List-Id", "KarriereKompass Wochenbrief <wochenbrief.karrierekompass.example.de>"),
               ("List-Unsubscribe", "<https://karrierekompass.example.de/nl/abmelden>"),
               ("Precedence", "list")],
      html_cte="base64",
      body=txt("""
          Liebe Leserinnen und Leser,

          die Einladung zum Vorstellungsgespräch ist da – und jetzt? In unserem Wochenbrief
          zeigen wir die zehn Fragen, die Personalerinnen am häufigsten stellen, von „Warum
          wollen Sie wechseln?“ bis „Wo sehen Sie sich in fünf Jahren?“.

          Außerdem: Was tun, wenn der Termin kurzfristig verschoben wird? Und warum eine
          Absage nach dem zweiten Gespräch kein Grund zur Panik ist.

          Zum Artikel: https://karrierekompass.example.de/artikel/vorstellungsgespraech-fragen

          Weitere Themen diese Woche:
          Gehaltsverhandlung im Handwerk: https://karrierekompass.example.de/artikel/gehalt-handwerk
          Assessment Center – so bereiten Sie sich vor: https://karrierekompass.example.de/artikel/ac

          Ihre Redaktion KarriereKompass
          """)),
    M(kind="other", slug="weiterbildung_infoabend_facility", lang="de",
      frm=("Weiterbildungszentrum Mitteldeutschland", "info@wbz-mitteldeutschland.example.de"),
      subject="Infoabend: Geprüfte/r Facility Manager/in – Bewerbungsschluss 15. Mai",
      date="2026-04-21 10:00", form="alt", frame="news", brand="WBZ Mitteldeutschland",
      unsubscribe="https://wbz-mitteldeutschland.example.de/newsletter/abmelden",
      headers=[("List-Id", "WBZ Newsletter Technik <technik.wbz-mitteldeutschland.example.de>"),
               ("List-Unsubscribe", "<https://wbz-mitteldeutschland.example.de/newsletter/"
                                    "abmelden>")],
      body=txt("""
          Guten Tag,

          am 6. Mai laden wir zum Infoabend für unseren berufsbegleitenden Lehrgang „Geprüfte/r
          Facility Manager/in (IHK)“ ein. Der nächste Kurs startet im September in Leipzig und
          Dresden; Bewerbungsschluss für einen Platz ist der 15. Mai.

          Sie erfahren, welche Zulassungsvoraussetzungen gelten, wie die Prüfung abläuft und
          welche Positionen Absolventinnen und Absolventen später besetzen.

          Anmeldung: https://wbz-mitteldeutschland.example.de/infoabend-fm

          Ihr Team vom WBZ Mitteldeutschland
          """)),
    M(kind="other", slug="saaletal_jobletter", lang="de",
      frm=("Saaletal Personaldienste Jobletter", "jobletter@saaletal-personal.example.de"),
      subject="Ihr Jobletter: 5 offene Stellen in Halle und Umgebung", date="2026-06-03 08:00",
      form="alt", frame="news", brand="Saaletal Personaldienste – Jobletter",
      unsubscribe="https://saaletal-personal.example.de/jobletter/abmelden",
      headers=[("List-Id", "Jobletter <jobletter.saaletal-personal.example.de>"),
               ("List-Unsubscribe", "<mailto:jobletter-abmelden@saaletal-personal.example.de>"),
               ("Precedence", "bulk")],
      body=txt("""
          Hallo Herr Mensah-Weber,

          diese Woche haben wir folgende Stellen für Sie ausgewählt:

          Elektriker Instandhaltung (m/w/d), Chemiepark, Schichtbetrieb
          https://saaletal-personal.example.de/stellen/3311

          Haustechniker Klinik (m/w/d), Halle-Dölau
          https://saaletal-personal.example.de/stellen/3307

          Servicetechniker Aufzugsanlagen (m/w/d), Merseburg
          https://saaletal-personal.example.de/stellen/3302

          MSR-Techniker (m/w/d), Bitterfeld-Wolfen
          https://saaletal-personal.example.de/stellen/3296

          Technischer Objektbetreuer (m/w/d), Halle-Neustadt
          https://saaletal-personal.example.de/stellen/3290

          Schon gewusst? Über 60 % unserer Mitarbeitenden werden nach dem Einsatz vom Kunden
          übernommen.

          Ihr Team von Saaletal Personaldienste
          """)),
    M(kind="other", slug="fachkraefteblog_absage_artikel", lang="de",
      frm=("Fachkräfte-Blog", "digest@fachkraefte-blog.example.de"),
      subject="Absage bekommen? So geht es weiter", date="2026-05-02 17:45",
      charset="iso-8859-1", cte="quoted-printable",
      headers=[("List-Id", "Fachkraefte-Blog Digest <digest.fachkraefte-blog.example.de>"),
               ("List-Unsubscribe", "<https://fachkraefte-blog.example.de/abo/beenden>")],
      body=txt("""
          NEU IM BLOG

          Absage bekommen? So geht es weiter
          von Carola Wittig, Karriereberaterin

          "Leider müssen wir Ihnen mitteilen ..." - kaum ein Satz trifft Bewerber so hart. Doch
          eine Absage sagt oft mehr über das Unternehmen als über Sie. In diesem Artikel
          erklären wir, warum es sich lohnt, um Feedback zu bitten, wie Sie nach einer
          Absage im Gespräch bleiben und wann eine Initiativbewerbung beim selben Arbeitgeber
          sinnvoll ist.

          Weiterlesen: https://fachkraefte-blog.example.de/absage-was-nun

          Ebenfalls neu:
          - Quereinstieg ins Facility Management: drei Wege
          - Warum Handwerker bei Personalberatern gefragt sind

          Sie erhalten diese E-Mail, weil Sie den Digest abonniert haben.
          Abmelden: https://fachkraefte-blog.example.de/abo/beenden
          """)),
    M(kind="other", slug="podcast_gast_anfrage", lang="de", contact="nadine@strom-und-struktur.example.de",
      frm=("Nadine Seifert", "nadine@strom-und-struktur.example.de"),
      subject="Interview-Anfrage für unseren Podcast „Strom & Struktur“",
      date="2026-05-26 13:14",
      body=txt("""
          Hallo Herr Mensah-Weber,

          ich produziere den Podcast „Strom & Struktur“ über Berufe rund um Gebäudetechnik. Auf
          einem Treffen der Elektro-Innung hat mir Ihr Meister erzählt, dass Sie gerade vom
          Elektriker zum Facility Manager umsteigen.

          Hätten Sie Lust, in einer Folge darüber zu erzählen? Das Interview dauert etwa eine
          Stunde, wir nehmen remote auf, und Sie bekommen die Fragen vorher. Ein Honorar
          können wir leider nicht zahlen, aber eine Tasse Kaffee und viel Reichweite.

          Herzliche Grüße
          Nadine Seifert
          Redaktion und Moderation, Strom & Struktur
          https://strom-und-struktur.example.de
          """)),
    M(kind="other", slug="stellenwerk_ux_interview", lang="de", contact="lena.opitz@stellenwerk-ost.example.de",
      frm=("UX-Research Stellenwerk Ost", "research@stellenwerk-ost.example.de"),
      reply_to=("Lena Opitz", "lena.opitz@stellenwerk-ost.example.de"),
      subject="Einladung zu einem Nutzer-Interview (45 Min., 30 € Gutschein)",
      date="2026-06-16 11:00", form="alt",
      body=txt("""
          Hallo Konstantin,

          du nutzt seit einigen Monaten unsere Jobbörse Stellenwerk Ost – danke dafür! Wir
          möchten die Suche für Handwerksberufe verbessern und suchen Menschen, die uns in
          einem 45-minütigen Online-Interview von ihren Erfahrungen erzählen.

          Es geht nicht um eine Stelle, sondern um unsere App: Was nervt, was fehlt, was
          funktioniert? Als Dankeschön gibt es einen Gutschein über 30 €.

          Termin aussuchen: https://stellenwerk-ost.example.de/research/buchen

          Viele Grüße
          Lena Opitz
          UX Research, Stellenwerk Ost
          """)),
    M(kind="other", slug="paketblitz_verspaetung", lang="de",
      frm=("Paketblitz", "noreply@paketblitz.example.de"),
      subject="Ihre Sendung verspätet sich leider", date="2026-02-27 15:22",
      form="html", frame="ats", brand="Paketblitz", color="#f2b600",
      footer="Paketblitz Zustelldienste · Dies ist eine automatische Benachrichtigung.",
      headers=[("Auto-Submitted", "auto-generated")],
      body=txt("""
          Hallo Konstantin Mensah-Weber,

          leider verzögert sich die Zustellung Ihrer Sendung 00340 4418 2290 7613 aufgrund
          hohen Paketaufkommens im Verteilzentrum Radefeld. Wir bitten um Entschuldigung.

          Neuer voraussichtlicher Zustelltag: Montag, 2. März 2026
          Aktuelle Position der Sendung: Verteilzentrum Radefeld (Sortierung)

          Sendung verfolgen: https://paketblitz.example.de/track/0034044182290
          """)),
    M(kind="other", slug="freund_eigene_absage", lang="de", contact=TIMO[1], frm=TIMO,
      subject="Na toll…", date="2026-04-02 21:48",
      body=txt("""
          Hey Konsti,

          kurzes Update von mir: Heute kam die Absage von den Stadtwerken. Nach drei
          Gesprächen und einem Probetag! Die haben jemanden intern genommen, meinte die Frau
          am Telefon. Ich könnt mich so aufregen.

          Wie läuft's bei dir mit dem Klinikum? Lass uns am Wochenende ein Bier trinken, ich
          brauch das.

          Timo
          """)),
    M(kind="other", slug="brandauer_cold_approach", lang="de", contact=BRANDAUER[1], frm=BRANDAUER,
      subject="Vertrauliche Anfrage – Technischer Objektleiter", date="2026-06-01 10:05",
      form="alt", frame="outlook",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          ich bin Personalberater in Leipzig und im Auftrag eines etablierten
          Immobilienunternehmens in Mitteldeutschland auf der Suche nach einem Technischen
          Objektleiter für ein Portfolio von Büro- und Gesundheitsimmobilien.

          Ihr Profil im Berufsnetzwerk ist mir aufgefallen. Wäre es für Sie grundsätzlich
          interessant, sich darüber vertraulich auszutauschen? Sie gehen damit keinerlei
          Verpflichtung ein; ein erstes Telefonat von 15 Minuten würde genügen.

          Mit freundlichen Grüßen
          Lutz Brandauer
          Geschäftsführender Gesellschafter
          Brandauer Personalberatung GmbH
          Käthe-Kollwitz-Straße 84, 04109 Leipzig
          T +49 341 2569 770
          """), thread=("brandauer", 1)),
    M(kind="other", slug="bank_beratungsgespraech_depot", lang="de", contact="katja.boerner@pleisse-bank.example.de",
      frm=("Pleiße-Bank Leipzig", "beratung@pleisse-bank.example.de"),
      reply_to=("Katja Börner", "katja.boerner@pleisse-bank.example.de"),
      subject="Einladung zum Beratungsgespräch – Ihre Positionen im Depot",
      date="2026-05-07 09:40", charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          im Rahmen unserer jährlichen Depotüberprüfung möchte ich Sie zu einem persönlichen
          Beratungsgespräch einladen. Zwei Positionen in Ihrem Depot – der Rentenfonds und die
          Einzelaktie aus dem Energiesektor – haben sich deutlich von Ihrer ursprünglichen
          Anlagestrategie entfernt.

          Passt Ihnen Dienstag, der 19. Mai, um 17:00 Uhr in unserer Filiale Lindenau? Einen
          anderen Termin können Sie jederzeit online buchen.

          Freundliche Grüße
          Katja Börner
          Privatkundenberaterin
          Pleiße-Bank Leipzig eG · Filiale Lindenau · Merseburger Str. 40 · 04177 Leipzig
          """)),
    M(kind="other", slug="hausverwaltung_termin_abgesagt", lang="de",
      frm=("Hausverwaltung Lindner & Voß", "service@hv-lindner-voss.example.de"),
      subject="Absage und neuer Termin: Wartung der Rauchwarnmelder",
      date="2026-03-18 12:20",
      body=txt("""
          Sehr geehrte Mieterinnen und Mieter des Hauses Lützner Str. 118,

          der für Freitag, 20.03., angekündigte Termin zur Wartung der Rauchwarnmelder muss
          leider abgesagt werden, da der Techniker der Wartungsfirma erkrankt ist.

          Der neue Termin ist Mittwoch, 25.03., zwischen 8 und 12 Uhr. Bitte ermöglichen Sie
          den Zugang zu Ihrer Wohnung oder hinterlegen Sie einen Schlüssel bei Nachbarn.

          Mit freundlichen Grüßen
          Ihre Hausverwaltung Lindner & Voß
          """)),
    M(kind="other", slug="schule_elterngespraech", lang="de",
      frm=("Grundschule Lindenau – Sekretariat", "sekretariat@gs-lindenau.example.de"),
      subject="Einladung zum Elterngespräch – Klasse 3b", date="2026-01-28 13:05",
      charset="iso-8859-1",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          Frau Grünewald, die Klassenleiterin der 3b, lädt Sie herzlich zum halbjährlichen
          Elterngespräch über die Entwicklung von Ihrer Tochter Amara ein.

          Mögliche Termine: Dienstag, 10.02., oder Donnerstag, 12.02., jeweils zwischen 15 und
          18 Uhr. Bitte tragen Sie sich in die Liste im Elternportal ein oder rufen Sie im
          Sekretariat an.

          Mit freundlichen Grüßen
          Sekretariat der Grundschule Lindenau
          """)),
    M(kind="other", slug="praxis_termin_verschoben", lang="de",
      frm=("Praxis Dr. Heidrich", "termine@praxis-heidrich.example.de"),
      subject="Ihr Termin am 07.07. wurde verschoben", date="2026-07-02 16:44",
      headers=[("Auto-Submitted", "auto-generated")],
      body=txt("""
          Guten Tag Herr Mensah-Weber,

          aufgrund einer Fortbildung von Frau Dr. Heidrich müssen wir Ihren Termin zur
          Vorsorgeuntersuchung am Dienstag, 07.07.2026, 08:15 Uhr, verlegen.

          Neuer Termin: Freitag, 10.07.2026, 08:30 Uhr

          Falls Sie den neuen Termin nicht wahrnehmen können, sagen Sie bitte mindestens 24
          Stunden vorher ab: https://praxis-heidrich.example.de/termin/absagen

          Ihr Praxisteam
          Allgemeinmedizin Dr. med. Ines Heidrich · Karl-Heine-Str. 77 · 04229 Leipzig
          """)),
    M(kind="other", slug="kita_platz_absage", lang="de",
      frm=("Kita-Platzvergabe Stadt Leipzig", "kitaplatz@leipzig-kita.example.de"),
      subject="Bescheid zur Platzvergabe – Kindertagesstätte Spatzennest",
      date="2026-02-20 10:31",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          für Ihren Sohn Kofi haben Sie einen Betreuungsplatz in der Kita Spatzennest zum
          1. August 2026 beantragt. Leider können wir Ihnen dort keinen Platz anbieten, da die
          Einrichtung vollständig belegt ist.

          Wir haben Ihre Anmeldung in die Warteliste übernommen und prüfen Alternativen in
          Ihrem Stadtteil. Sie erhalten hierzu gesondert Nachricht.

          Mit freundlichen Grüßen
          Amt für Jugend und Familie – Platzvergabe
          """)),
    M(kind="other", slug="abwesenheit_lindenhain", lang="de", contact=PIETZSCH[1], frm=PIETZSCH,
      subject="Automatische Antwort: Bestätigung Vorstellungsgespräch 23.04.",
      date="2026-04-16 08:01",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      body=txt("""
          Vielen Dank für Ihre Nachricht.

          Ich bin bis einschließlich 20. April 2026 nicht im Haus und habe nur eingeschränkt
          Zugriff auf meine E-Mails. In dringenden Personalangelegenheiten wenden Sie sich
          bitte an personal@klinikum-lindenhain.example.de oder an 0351 8830-2200.

          Mit freundlichen Grüßen
          Andreas Pietzsch
          """)),
    M(kind="other", slug="berufsnetz_profilbesucher", lang="de",
      frm=("BerufsNetz", "benachrichtigungen@berufsnetz.example.de"),
      subject="Konstantin, 3 neue Besucher auf Ihrem Profil", date="2026-08-03 07:15",
      form="html", frame="ats", brand="BerufsNetz", color="#0a7b61",
      footer="Sie erhalten diese Nachricht als Mitglied von BerufsNetz. "
             "Benachrichtigungen verwalten: https://berufsnetz.example.de/einstellungen",
      headers=[("List-Unsubscribe", "<https://berufsnetz.example.de/einstellungen/abmelden>")],
      body=txt("""
          Hallo Konstantin,

          Ihr Profil wurde diese Woche 3-mal angesehen, unter anderem von:

          Recruiterin bei einem Klinikverbund in Dresden
          Geschäftsführer, Haustechnik-Betrieb in Dresden-Nord
          Personalberater aus Leipzig

          Außerdem: 2 neue Stellenangebote passen zu Ihrem Profil, darunter „Objektingenieur
          TGA“ in Berlin.

          Alle Profilbesucher ansehen: https://berufsnetz.example.de/profil/besucher
          """)),
    M(kind="other", slug="meisterschule_zulassung_abgelehnt", lang="de",
      frm=("Bildungszentrum der Elektrohandwerke Sachsen",
           "meisterkurse@bz-elektro-sachsen.example.de"),
      subject="Ihre Anmeldung zum Meistervorbereitungskurs Teil I/II – Absage",
      date="2026-06-29 14:10", cte="base64",
      body=txt("""
          Sehr geehrter Herr Mensah-Weber,

          vielen Dank für Ihre Anmeldung zum Vollzeit-Meistervorbereitungskurs im
          Elektrotechniker-Handwerk ab September 2026.

          Leider müssen wir Ihnen mitteilen, dass wir Ihnen keinen Kursplatz anbieten können:
          Der Lehrgang ist überbucht, und die Plätze wurden nach Eingangsdatum vergeben. Gern
          setzen wir Sie auf die Warteliste für den Kurs ab Februar 2027.

          Mit freundlichen Grüßen
          Lehrgangsverwaltung
          Bildungszentrum der Elektrohandwerke Sachsen
          """)),
    M(kind="other", slug="innung_rundschreiben_pruefungstermine", lang="de",
      frm=("Elektro-Innung Leipzig", "rundschreiben@elektroinnung-leipzig.example.de"),
      subject="[Innung-Info] Rundschreiben 09/2026: Prüfungstermine verschoben, neue DGUV-Infos",
      date="2026-09-09 18:02",
      headers=[("List-Id", "Innung-Info <innung-info.elektroinnung-leipzig.example.de>"),
               ("List-Post", "NO"),
               ("List-Unsubscribe", "<mailto:innung-info-leave@elektroinnung-leipzig.example.de>"),
               ("Precedence", "list")],
      body=txt("""
          Liebe Kolleginnen und Kollegen,

          1. Die Gesellenprüfung Teil 2 (Winter) wird vom 12. auf den 19. Januar verschoben.
             Betroffene Betriebe erhalten die neuen Einladungen für ihre Prüflinge direkt.

          2. Der Arbeitskreis „Elektrofachkraft im Facility Management“ sucht noch Mitglieder.
             Das erste Treffen findet am 1. Oktober in der Geschäftsstelle statt.

          3. Stellenbörse: Sieben Innungsbetriebe suchen derzeit Monteure; die Liste hängt in
             der Geschäftsstelle aus und steht im Mitgliederbereich.

          Mit kollegialen Grüßen
          Ihre Geschäftsstelle der Elektro-Innung Leipzig

          --
          Innung-Info mailing list
          Abmelden: innung-info-leave@elektroinnung-leipzig.example.de
          """)),

    # ---------------------------------------------------------------- English
    M(kind="other", slug="jobhub_alert_wroclaw", lang="en",
      frm=("JobHub Alerts", "alerts@jobhub.example.pl"),
      subject="12 new Facility Manager jobs in Wrocław", date="2026-03-10 05:30", tz="+0000",
      form="alt", frame="news", brand="JobHub",
      unsubscribe="https://jobhub.example.pl/alerts/unsubscribe?u=ffa31",
      headers=[("List-Id", "Job alert Facility Manager Wroclaw <ffa31.alerts.jobhub.example.pl>"),
               ("List-Unsubscribe", "<https://jobhub.example.pl/alerts/unsubscribe?u=ffa31>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
      body=txt("""
          Hi Konstantin,

          Here are this week's new jobs matching "Facility Manager, Wrocław":

          Technical Facility Manager – business park, Wrocław-Fabryczna
          https://jobhub.example.pl/j/774120

          Maintenance Engineer (German speaker) – automotive supplier, Jelcz-Laskowice
          https://jobhub.example.pl/j/774098

          Building Services Engineer – private hospital, Wrocław-Krzyki
          https://jobhub.example.pl/j/774077

          Facility Coordinator – shared-service centre, Wrocław city centre
          https://jobhub.example.pl/j/774051

          ...and 8 more: https://jobhub.example.pl/alerts/ffa31

          Recruiter tip: candidates who reply to interview invitations within 24 hours are
          twice as likely to get an offer.
          """)),
    M(kind="other", slug="facilities_brief_interview_questions", lang="en",
      frm=("The Facilities Brief", "editor@facilitiesbrief.example.com"),
      subject="Interview season: 7 questions every FM hiring manager asks",
      date="2026-05-19 12:00", tz="+0100", form="html", frame="news",
      brand="The Facilities Brief", unsubscribe="https://facilitiesbrief.example.com/unsub",
      headers=[("List-Id", "The Facilities Brief <weekly.facilitiesbrief.example.com>"),
               ("List-Unsubscribe", "<https://facilitiesbrief.example.com/unsub>")],
      body=txt("""
          This week in The Facilities Brief

          Interview season: 7 questions every FM hiring manager asks
          From "tell me about a critical failure you handled" to "how do you manage
          contractors", we asked ten heads of facilities what they really want to hear.
          https://facilitiesbrief.example.com/articles/interview-questions

          Rejected after the final round? What to ask for in feedback
          https://facilitiesbrief.example.com/articles/rejection-feedback

          Salary survey 2026: technicians moving into engineering roles
          https://facilitiesbrief.example.com/articles/salary-survey

          You're receiving this because you subscribed at facilitiesbrief.example.com.
          """)),
    M(kind="other", slug="daily_digest_rejected_40_jobs", lang="en",
      frm=("Medley Daily Digest", "noreply@medley.example.com"),
      subject="Why I was rejected from 40 jobs (and what finally worked)",
      date="2026-07-27 06:45", tz="+0000", form="alt",
      headers=[("List-Unsubscribe", "<https://medley.example.com/settings/email>"),
               ("Precedence", "bulk")],
      body=txt("""
          Stories for Konstantin Mensah-Weber

          Why I was rejected from 40 jobs (and what finally worked)
          Sam O'Neill · 8 min read
          "We regret to inform you" became my least favourite sentence. Here's what I changed
          in my applications, and why the 41st interview invitation ended in an offer.
          https://medley.example.com/@samoneill/rejected-40-jobs

          The quiet skill of preventive maintenance
          Ruth Adeyemi · 5 min read
          https://medley.example.com/@radeyemi/preventive-maintenance

          From the trades to engineering: notes from a career switch
          Piotr Zając · 11 min read
          https://medley.example.com/@pzajac/trades-to-engineering
          """)),
    M(kind="other", slug="press_interview_request_magazine", lang="en", contact="h.whitcombe@fm-europe-magazine.example.com",
      frm=("Hannah Whitcombe", "h.whitcombe@fm-europe-magazine.example.com"),
      subject="Interview request – German tradespeople moving to Poland",
      date="2026-08-18 14:25", tz="+0100",
      body=txt("""
          Dear Konstantin,

          I'm a reporter at FM Europe Magazine, working on a feature about skilled technicians
          from Germany who are taking facility roles in Poland and the Czech Republic. Tomasz
          Wrona at Baltic Bridge suggested you might be willing to share your experience.

          Would you be open to a 20–30 minute interview by phone or video in the next two
          weeks? I'd quote you by name only with your approval, and happy to send the questions
          in advance.

          Best wishes,
          Hannah Whitcombe
          Senior Reporter, FM Europe Magazine
          +44 161 496 0732
          """)),
    M(kind="other", slug="jobhub_user_research_invite", lang="en",
      frm=("JobHub Research", "research@jobhub.example.pl"),
      subject="Share your job-search story: 30-minute interview, €40 voucher",
      date="2026-04-22 10:10", tz="+0200", form="html", frame="ats", brand="JobHub Research",
      color="#7a3db8", footer="JobHub sp. z o.o. · You can opt out of research invitations in "
                              "your settings.",
      body=txt("""
          Hi Konstantin,

          We're redesigning how JobHub shows application status, and we'd love to hear from
          people who are searching across borders, like you.

          Would you join a 30-minute video interview with our design team? There are no right
          or wrong answers, and it has nothing to do with any job application. As a thank you,
          we'll send a €40 voucher.

          Pick a time: https://jobhub.example.pl/research/schedule?study=status-2026

          Thanks,
          Ola from JobHub Research
          """)),
    M(kind="other", slug="tracktag_position_update", lang="en",
      frm=("TrackTag", "notifications@tracktag.example.com"),
      subject="Position update: \"Cargo bike\" left its safe zone",
      date="2026-05-30 23:12", tz="+0000",
      headers=[("Auto-Submitted", "auto-generated")],
      body=txt("""
          TrackTag alert

          Your tracker "Cargo bike" left the safe zone "Home – Lützner Str." at 01:09.

          Last known position: 51.3362 N, 12.3211 E (Leipzig-Lindenau, Karl-Heine-Straße)
          Accuracy: ±12 m · Battery: 64 %

          Open the map: https://app.tracktag.example.com/devices/ct-2291/map

          If this was you, you can ignore this message.
          """)),
    M(kind="other", slug="pronetz_inmail_cold_approach", lang="en", contact="olga.mazur@crestline-search.example.pl",
      frm=("Olga Mazur via ProNetz", "inmail@pronetz.example.com"),
      reply_to=("Olga Mazur", "olga.mazur@crestline-search.example.pl"),
      subject="Olga Mazur sent you a message: Facilities leadership in Wrocław",
      date="2026-01-22 16:55", tz="+0100", form="alt",
      body=txt("""
          Hi Konstantin,

          I came across your profile and thought I'd reach out. I recruit for building
          operations and engineering roles across Lower Silesia, and clients here are very
          interested in German-trained electricians with hospital experience.

          Nothing specific to offer right now, but if you're considering Wrocław I'd be happy
          to have a no-obligation chat about the market, salaries and relocation.

          Best,
          Olga Mazur
          Crestline Search, Wrocław

          Reply on ProNetz: https://pronetz.example.com/messaging/thread/2291884
          """)),
    M(kind="other", slug="bank_card_application_declined", lang="en",
      frm=("Northbridge Bank", "no-reply@northbridge-bank.example.com"),
      subject="Update on your credit card application", date="2026-03-26 10:02",
      tz="+0000", form="html", frame="ats", brand="Northbridge Bank", color="#12355b",
      footer="Northbridge Bank · This mailbox is not monitored.",
      body=txt("""
          Dear Mr Mensah-Weber,

          Thank you for applying for a Northbridge Platinum credit card. After careful review,
          we regret that we are unable to approve your application at this time.

          This decision was based on the length of your residence history in our markets. You
          may reapply after six months or contact us for more details about the decision.

          Kind regards,
          Card Services, Northbridge Bank
          """)),
    M(kind="other", slug="out_of_office_odra", lang="en", contact=ZIELINSKA[1], frm=ZIELINSKA,
      subject="Automatic reply: Interview scheduling: Facility Engineer (German-speaking)",
      date="2026-04-10 07:31",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
      body=txt("""
          Hello,

          Thank you for your email. I'm out of the office until Monday 13 April with limited
          access to email. For urgent recruitment matters, please contact
          talent@odra-property.example.pl.

          Kind regards,
          Marta Zielińska
          """)),
    M(kind="other", slug="pronetz_application_viewed", lang="en",
      frm=("ProNetz", "notifications@pronetz.example.com"),
      subject="Your application was viewed by Havelpoint Data Centres",
      date="2026-09-04 18:30", tz="+0000", form="alt", frame="ats", brand="ProNetz",
      color="#0a66c2", footer="You are receiving ProNetz notification emails.",
      headers=[("List-Unsubscribe", "<https://pronetz.example.com/settings/unsubscribe>")],
      body=txt("""
          Konstantin, your application was viewed

          Havelpoint Data Centres viewed your application for Critical Facilities Technician
          (Berlin-Spandau).

          Applicants who follow up after a view are more likely to hear back. See similar
          jobs: https://pronetz.example.com/jobs/similar/99812

          Also new for you: 5 jobs at companies in Berlin you follow.
          """)),
    M(kind="other", slug="msc_admission_refused", lang="en",
      frm=("Admissions Office", "admissions@northern-poly-online.example.ac.uk"),
      subject="Your application to MSc Facilities Management (online, part-time)",
      date="2026-07-08 13:00", tz="+0100",
      body=txt("""
          Dear Konstantin Mensah-Weber,

          Thank you for your application to the MSc Facilities Management (online,
          part-time) starting in October 2026.

          We regret to inform you that we are unable to offer you a place on the programme.
          Entry requires a bachelor's degree or an equivalent professional qualification at
          level 6, and your German master-craftsman course has not yet been completed. You are
          welcome to apply again once you hold the qualification.

          Yours sincerely,
          Postgraduate Admissions
          Northern Polytechnic Online
          """)),

    # ---------------------------------------------------------------- French
    M(kind="other", slug="emploirhin_alerte", lang="fr",
      frm=("EmploiRhin Alertes", "alertes@emploirhin.example.fr"),
      subject="Nouvelles offres : responsable maintenance – Strasbourg (67)",
      date="2026-04-28 06:15", form="alt", frame="news", brand="EmploiRhin",
      unsubscribe="https://emploirhin.example.fr/alertes/desinscription?c=5521",
      headers=[("List-Id", "Alerte emploi 5521 <alerte-5521.emploirhin.example.fr>"),
               ("List-Unsubscribe", "<https://emploirhin.example.fr/alertes/desinscription?"
                                    "c=5521>")],
      body=txt("""
          Bonjour,

          5 nouvelles offres correspondent à votre alerte « responsable maintenance –
          Strasbourg » :

          Responsable maintenance bâtiment – EHPAD, Strasbourg-Neudorf
          https://emploirhin.example.fr/offre/90211

          Technicien CVC – centre commercial, Illkirch
          https://emploirhin.example.fr/offre/90207

          Électricien de maintenance – usine agroalimentaire, Erstein
          https://emploirhin.example.fr/offre/90199

          Chargé d'exploitation multitechnique – tertiaire, Schiltigheim
          https://emploirhin.example.fr/offre/90188

          Technicien de maintenance (H/F) – hôpital, Haguenau
          https://emploirhin.example.fr/offre/90172

          Conseil de la semaine : préparez l'entretien d'embauche en relisant l'annonce et en
          listant trois interventions dont vous êtes fier.
          """)),
    M(kind="other", slug="hohwald_approche_directe", lang="fr", contact="s.kieffer@hohwald-conseil.example.fr",
      frm=("Sophie Kieffer", "s.kieffer@hohwald-conseil.example.fr"),
      subject="Une opportunité à Strasbourg ?", date="2026-09-21 11:47",
      body=txt("""
          Bonjour Monsieur Mensah-Weber,

          Je suis consultante au sein du cabinet Hohwald Conseil, spécialisé dans le
          recrutement de profils techniques en Alsace. Votre parcours d'électricien en milieu
          hospitalier et votre projet d'évoluer vers l'ingénierie de maintenance ont retenu
          mon attention.

          Je n'ai pas de poste précis à vous présenter aujourd'hui, mais plusieurs foncières
          et gestionnaires d'immeubles de la région recrutent. Seriez-vous disponible pour un
          premier échange téléphonique informel ?

          Bien cordialement,
          Sophie Kieffer
          Consultante – Hohwald Conseil
          7 rue de la Nuée-Bleue, 67000 Strasbourg
          """), thread=("hohwald", 1)),
    M(kind="other", slug="institut_langue_entretien_niveau", lang="fr",
      frm=("Institut de langue Kléber", "secretariat@institut-kleber.example.fr"),
      subject="Report de votre entretien de niveau (test oral)", date="2026-02-26 10:18",
      charset="iso-8859-1", cte="8bit",
      body=txt("""
          Bonjour Monsieur Mensah-Weber,

          Votre entretien de niveau pour le cours intensif de français B2 prévu le 3 mars à
          18 h est reporté au jeudi 5 mars à 18 h, l'enseignante étant absente.

          Si cette date ne vous convient pas, merci de nous appeler au 03 88 32 11 70.
          Votre inscription au cours d'avril reste valable.

          Le secrétariat pédagogique
          Institut de langue Kléber, Strasbourg
          """)),
    M(kind="other", slug="absence_camille_schaeffer", lang="fr", contact=SCHAEFFER[1], frm=SCHAEFFER,
      subject="Réponse automatique : Convocation à un entretien", date="2026-03-25 07:40",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      body=txt("""
          Bonjour,

          Je suis absente du bureau jusqu'au vendredi 27 mars inclus. Votre message sera
          traité à mon retour.

          Pour toute urgence, merci de contacter le secrétariat de la DRH au 03 88 52 60 00.

          Camille Schaeffer
          """)),
    M(kind="other", slug="licence_pro_refus_admission", lang="fr",
      frm=("IUT de Haguenau-Nord – Scolarité", "scolarite@iut-haguenau-nord.example.fr"),
      subject="Résultat de votre candidature – Licence professionnelle MSI",
      date="2026-06-12 15:30", charset="windows-1252", cte="quoted-printable",
      body=txt("""
          Monsieur,

          La commission pédagogique a examiné votre dossier de candidature à la licence
          professionnelle « Maintenance des systèmes industriels » en alternance, rentrée
          2026.

          Nous sommes au regret de vous informer que nous ne pouvons pas donner une suite
          favorable à votre demande d'admission : le nombre de places est limité et votre
          dossier n'a pas été classé en rang utile. Vous êtes placé en liste complémentaire
          (rang 14).

          Veuillez agréer, Monsieur, nos salutations distinguées.

          Le service de la scolarité
          IUT de Haguenau-Nord
          """)),
    M(kind="other", slug="own_reply_hohwald", lang="fr", frm=CANDIDATE,
      to=[("Sophie Kieffer", "s.kieffer@hohwald-conseil.example.fr")],
      subject="RE: Une opportunité à Strasbourg ?", date="2026-09-22 08:05",
      body=outlook(txt("""
          Bonjour Madame Kieffer,

          Merci pour votre message. Oui, un échange me ferait plaisir : je suis disponible
          jeudi après 17 h ou vendredi matin. Je peux aussi vous envoyer mon CV à jour en
          français.

          Bien cordialement,
          Konstantin Mensah-Weber
          """), "fr", "2026-09-21 11:47", "Sophie Kieffer <s.kieffer@hohwald-conseil.example.fr>",
          "Konstantin Mensah-Weber <konstantin.mw@example.de>", "Une opportunité à Strasbourg ?",
          txt("""
          Bonjour Monsieur Mensah-Weber,

          Je suis consultante au sein du cabinet Hohwald Conseil, spécialisé dans le
          recrutement de profils techniques en Alsace.
          """)), thread=("hohwald", 2)),

    # ---------------------------------------------------------------- Spanish
    M(kind="other", slug="empleonorte_alerta", lang="es",
      frm=("EmpleoNorte", "alertas@empleonorte.example.es"),
      subject="Nuevas ofertas: técnico de mantenimiento en Bilbao", date="2026-06-22 07:00",
      form="alt", frame="news", brand="EmpleoNorte",
      unsubscribe="https://empleonorte.example.es/alertas/baja?id=3318",
      headers=[("List-Id", "Alerta 3318 <alerta-3318.empleonorte.example.es>"),
               ("List-Unsubscribe", "<https://empleonorte.example.es/alertas/baja?id=3318>"),
               ("Precedence", "bulk")],
      body=txt("""
          Hola Konstantin:

          Tenemos 6 ofertas nuevas para tu búsqueda «técnico de mantenimiento – Bilbao»:

          Técnico/a de mantenimiento de edificios – Barakaldo
          https://empleonorte.example.es/oferta/61520

          Oficial electricista para hospital – Bilbao (Basurto)
          https://empleonorte.example.es/oferta/61511

          Responsable de instalaciones – centro comercial, Leioa
          https://empleonorte.example.es/oferta/61498

          Técnico de climatización – Getxo
          https://empleonorte.example.es/oferta/61487

          Ver todas: https://empleonorte.example.es/alertas/3318

          Consejo: si te rechazan en una entrevista, pide siempre feedback.
          """)),
    M(kind="other", slug="pedido_retrasado", lang="es",
      frm=("Ferretería Online Bizkaia", "pedidos@ferreteria-bizkaia.example.es"),
      subject="Tu pedido #40417 se retrasa", date="2026-07-03 18:22",
      headers=[("Auto-Submitted", "auto-generated")], form="html", frame="ats",
      brand="Ferretería Online Bizkaia", color="#c0392b",
      footer="Este es un mensaje automático. No respondas a este correo.",
      body=txt("""
          Hola Konstantin:

          Lamentablemente, tu pedido #40417 (comprobador de tensión bipolar y juego de
          destornilladores aislados) se retrasa unos días: el proveedor no nos ha enviado
          todavía el material.

          Nueva fecha estimada de entrega: 10 de julio.

          Si prefieres cancelar el pedido, puedes hacerlo sin coste desde tu cuenta.
          """)),
    M(kind="other", slug="amigo_rechazado_entrevista", lang="es", contact=UNAI[1], frm=UNAI,
      subject="nada, no hubo suerte", date="2026-08-28 22:40",
      body=txt("""
          Ey Konstantin!

          Te cuento: al final me rechazaron en la entrevista de la planta de Amorebieta. Me
          dijeron que buscaban a alguien con más experiencia en robótica. Qué le vamos a hacer.

          Me alegro un montón de lo tuyo con la inmobiliaria, ¡a ver cuándo celebramos que ya
          vives aquí! ¿Te vienes el sábado a Santutxu a por pintxos?

          Un abrazo,
          Unai
          """)),
    M(kind="other", slug="banco_cita_confirmada", lang="es",
      frm=("Banco Cantábrico Norte", "citas@bancocantabriconorte.example.es"),
      subject="Cita confirmada: apertura de cuenta y domiciliación de nómina",
      date="2026-09-15 12:05", charset="iso-8859-1", cte="quoted-printable",
      body=txt("""
          Estimado cliente:

          Le confirmamos su cita en la oficina de Indautxu (Calle Ercilla 22, Bilbao):

          Fecha: martes, 22 de septiembre de 2026
          Hora: 9:30
          Gestor: Mikel Sarasola

          Motivo: apertura de cuenta y domiciliación de nómina. Traiga su NIE, el contrato de
          trabajo y un justificante de domicilio.

          Si necesita cambiar la cita, llame al 944 10 20 30.

          Banco Cantábrico Norte
          """)),
    M(kind="other", slug="webinar_entrevista_en_directo", lang="es",
      frm=("Escuela de Empleo Bizkaia", "boletin@escueladeempleo.example.es"),
      subject="Entrevista en directo: cómo superar una entrevista de trabajo técnica",
      date="2026-10-12 10:00", form="html", frame="news", brand="Escuela de Empleo Bizkaia",
      unsubscribe="https://escueladeempleo.example.es/boletin/baja",
      headers=[("List-Id", "Boletin Escuela de Empleo <boletin.escueladeempleo.example.es>"),
               ("List-Unsubscribe", "<https://escueladeempleo.example.es/boletin/baja>")],
      body=txt("""
          Hola:

          El jueves 22 de octubre a las 18:00 emitimos una entrevista en directo con Ane
          Bilbao, responsable de selección en una gran empresa de mantenimiento, sobre cómo
          preparar una entrevista de trabajo para perfiles técnicos.

          Hablaremos de pruebas prácticas, de qué hacer si te cancelan o aplazan la entrevista
          y de cómo pedir feedback cuando no te seleccionan.

          Inscripción gratuita: https://escueladeempleo.example.es/webinar/entrevista-tecnica

          Equipo de la Escuela de Empleo Bizkaia
          """)),
]
