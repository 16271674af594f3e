"""Corpus 208, kind `other`: digests, advice, notifications, private mail, the candidate's own mail.

Hand-written; none of these is an event of the candidate's own job search to act on.
"""

from __future__ import annotations

from msgs208_common import (
    CAND,
    M,
    button,
    eml,
    esc,
    forwarded,
    ics,
    mso,
    newsletter,
    notification_card,
    outlook_reply,
    outlook_word,
    paras,
    pdf,
    simple_html,
)

# ---------------------------------------------------------------- the candidate's own mail
# (texts other modules quote)

GW_THANKS = """Sehr geehrte Frau Ortner,

herzlichen Dank für das Gespräch heute Nachmittag mit Ihnen und Herrn Huter. Die Einblicke in die Planung der Winterkollektion und in das geplante Athletenprogramm haben mich sehr beeindruckt, und ich kann mir die Aufgabe in Ihrem Team gut vorstellen.

Falls Sie noch Unterlagen oder Referenzen von der Skischule benötigen, schicke ich sie Ihnen gerne.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Jannik Mbeki-Laurent
+43 660 318 4472"""

NORDKETTE_THANKS = """Sehr geehrte Frau Mag. Schöpf,

vielen Dank für das angenehme Gespräch heute mit Ihnen, Herrn Gapp und Frau Raich – und dafür, dass Sie den Termin so kurzfristig auf den Donnerstag verlegen konnten.

Die Diskussion über Tagesgäste aus Bayern hat mir gezeigt, wie viel Potenzial in der Nordkette steckt. Gerne schicke ich Ihnen meine Präsentation noch als PDF, falls das für die weitere Entscheidung hilfreich ist.

Ich würde mich sehr freuen, von Ihnen zu hören, und stehe für ein zweites Gespräch jederzeit zur Verfügung.

Mit freundlichen Grüßen
Jannik Mbeki-Laurent"""

LIMMAT_APPLICATION = """Sehr geehrter Herr Brunner

Auf Ihrer Website habe ich gelesen, dass das Limmat Brand Studio für Sportkunden einen Junior Sports Marketing Manager sucht. Ich bewerbe mich hiermit sehr gerne.

Seit sieben Wintern arbeite ich als staatlich geprüfter Skilehrer in Innsbruck und habe in den letzten beiden Saisonen den Instagram-Auftritt und die Gästenewsletter unserer Skischule aufgebaut (von 900 auf 14 000 Follower). Parallel schließe ich im Juni den Lehrgang Digital Marketing am WIFI Tirol ab. Ich kenne die Zielgruppe Ihrer Kunden aus erster Hand – von der Familie im Anfängerkurs bis zum Freerider.

Meinen Lebenslauf finden Sie im Anhang. Über die Gelegenheit zu einem Gespräch würde ich mich sehr freuen.

Freundliche Grüsse aus Innsbruck
Jannik Mbeki-Laurent"""

WLC_MOVE_REQUEST = """Liebe Daniela,

danke nochmal für die Einladung! Ich habe mir über Personio den Termin am Dienstag, 7. Juli, um 10:00 Uhr gebucht – jetzt ist mir aber eine verpflichtende Skilehrer-Fortbildung am Stubaier Gletscher dazwischengekommen, die genau an diesem Tag stattfindet.

Wäre es möglich, das Gespräch auf Donnerstag, 9. Juli, zu verschieben? Nachmittags wäre ich flexibel. Tut mir leid für die Umstände!

Liebe Grüße
Jannik"""

NORTHBANK_THANKS = """Hi Priya,

Thank you for taking the time to meet me today, and please pass my thanks on to Tom as well. I really enjoyed hearing how the brand team works with the buying side, and the story behind the winter range launch.

If it helps, I'm happy to share the short plan I mentioned for partnering with ski clubs around the UK dry slopes.

Looking forward to hearing from you.

Best regards,
Jannik Mbeki-Laurent"""

GLISSE_MERCI = """Bonjour Thibault,

Merci encore pour le temps que vous m'avez accordé ce soir à la boutique, malgré le chantier après l'inondation. J'ai beaucoup apprécié la franchise de l'échange et la visite de l'atelier de réglage.

L'idée de relancer les tournées d'essais de skis avec les moniteurs me parle vraiment, et je serais ravi d'y contribuer.

Au plaisir d'avoir de vos nouvelles,
Jannik Mbeki-Laurent"""

PICBLANC_APOLOGY = """Hola Laia:

Lo siento muchísimo por lo de esta mañana. Estaba en el glaciar con un grupo de la escuela de esquí, el móvil se quedó sin batería con el frío y no me di cuenta hasta que bajé al valle. No es excusa, pero quería explicarlo.

Si todavía es posible, me encantaría reprogramar la entrevista con Jordi y contigo. Estoy disponible cualquier día de la semana que viene, a la hora que os vaya bien.

Un saludo y de nuevo, disculpas,
Jannik Mbeki-Laurent"""

GW_OFFER_SHORT = """Sehr geehrter Herr Mbeki-Laurent,

ich freue mich sehr, Ihnen im Namen der Geschäftsführung die Stelle als Junior Marketing Manager Wintersport anbieten zu dürfen. Die Eckdaten finden Sie im beiliegenden Angebotsschreiben.

Bitte lassen Sie uns bis Freitag, 27. Februar, wissen, ob Sie das Angebot annehmen.

Freundliche Grüße
Sabine Ortner"""

SUMMIT_CV = """Hi Oliver,

Thanks for the chat on the phone earlier. As promised, here is my CV. In short: seven winters as a certified ski instructor in Innsbruck, the last two also running social media and guest communication for the ski school, and a digital marketing diploma finishing in June.

I'm looking for a brand or partnerships role with a snow-sports or outdoor company, ideally in London, Munich or Zurich.

Best,
Jannik"""

_LIST = [("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

MESSAGES = [
    # ------------------------------------------------------------ de: the candidate's mail
    M(kind="other", slug="own_thankyou_gipfelwerk", lang="de", company="", contact="",
      key="gw_thanks", parent="gw_move",
      frm=CAND, to=[("Sabine Ortner", "sabine.ortner@gipfelwerk.example.at")],
      subject="Danke für das Gespräch heute", date="2026-02-06 19:12 +0100",
      text=GW_THANKS, cte="8bit",
      headers=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),

    M(kind="other", slug="own_thankyou_nordkette", lang="de", company="", contact="",
      key="nk_thanks", parent="nk_move",
      frm=CAND, to=[("Mag. Verena Schöpf", "verena.schoepf@tv-nordkette.example.at")],
      subject="Danke für das heutige Gespräch", date="2026-02-19 18:05 +0100",
      text=NORDKETTE_THANKS, html=simple_html(paras(NORDKETTE_THANKS)), cte="qp"),

    M(kind="other", slug="own_application_limmat_cv", lang="de", company="", contact="",
      key="lim_apply",
      frm=CAND, to=[("Reto Brunner", "reto.brunner@limmat-brand.example.ch")],
      cc=[("Sabrina Keller", "sabrina.keller@limmat-brand.example.ch")],
      subject="Bewerbung: Junior Sports Marketing Manager", date="2026-02-23 08:41 +0100",
      text=LIMMAT_APPLICATION, cte="qp",
      attach=[pdf("Lebenslauf_Jannik_Mbeki-Laurent.pdf", [
          "Jannik Mbeki-Laurent", "Lebenslauf", "",
          "Seit 2019  Skilehrer, Skischule Nordpark Innsbruck",
          "2024-2026  Social Media & Gästekommunikation, Skischule Nordpark",
          "2026  Lehrgang Digital Marketing, WIFI Tirol (Abschluss Juni)",
          "Sprachen: Deutsch, Französisch, Englisch, Spanisch (B1)",
      ], title="Lebenslauf Jannik Mbeki-Laurent")]),

    M(kind="other", slug="own_reschedule_request_laufcup", lang="de", company="", contact="",
      key="wlc_req", parent="wlc_inv",
      frm=CAND, to=[("Daniela Stockinger", "daniela.stockinger@wienerlaufcup.example.at")],
      subject="Terminverschiebung Kennenlernen 7. Juli", date="2026-07-01 21:30 +0200",
      text=WLC_MOVE_REQUEST, cte="b64"),

    M(kind="other", slug="own_application_dolomiti", lang="de", company="", contact="",
      key="dol_apply",
      frm=CAND, to=[("Dolomiti Outdoor Jobs", "jobs@dolomiti-outdoor.example.it")],
      subject="Bewerbung als Marketing Specialist DACH – Jannik Mbeki-Laurent",
      date="2026-03-30 07:55 +0200",
      text="""Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihre Ausschreibung für die Stelle als Marketing Specialist DACH gelesen. Als Skilehrer aus Innsbruck, der seit zwei Saisonen das Marketing einer Skischule mitgestaltet, möchte ich meine Nähe zu Bergsportlern in Ihre Marken einbringen.

Meine Bewerbung habe ich zusätzlich über Ihr Karriereportal hochgeladen. Für ein persönliches Gespräch – gerne auch in Bozen – stehe ich jederzeit zur Verfügung.

Mit freundlichen Grüßen
Jannik Mbeki-Laurent
+43 660 318 4472""",
      subj_enc=("utf-8", "Q"), cte="8bit"),

    M(kind="other", slug="own_declines_gipfelwerk_offer", lang="de", company="", contact="",
      key="gw_decline", parent="gw_offer",
      frm=CAND, to=[("Sabine Ortner", "sabine.ortner@gipfelwerk.example.at")],
      subject="AW: Ihr Angebot – Junior Marketing Manager Wintersport",
      date="2026-02-20 09:02 +0100",
      text=outlook_reply("""Sehr geehrte Frau Ortner,

vielen Dank für Ihr Angebot und das Vertrauen, das Sie und Herr Huter mir entgegenbringen.

Nach reiflicher Überlegung habe ich mich entschieden, die Stelle nicht anzunehmen. Der Grund ist allein das Gehalt: Mit dem Wechsel aus der Skischule müsste ich eine Einbuße hinnehmen, die ich mir im Moment nicht leisten kann. Die Entscheidung fällt mir wirklich schwer.

Ich hoffe, wir bleiben in Kontakt – vielleicht ergibt sich zu einem späteren Zeitpunkt eine Gelegenheit.

Mit freundlichen Grüßen
Jannik Mbeki-Laurent""", "de", "Sabine Ortner <sabine.ortner@gipfelwerk.example.at>",
          "Montag, 16. Februar 2026 11:20", "Jannik Mbeki-Laurent <jannik.ml@example.at>",
          "Ihr Angebot – Junior Marketing Manager Wintersport", GW_OFFER_SHORT),
      cte="qp", subj_enc=("utf-8", "Q")),

    # ------------------------------------------------------------ de: digests and newsletters
    M(kind="other", slug="bergjobs_alert_digest", lang="de", company="", contact="",
      frm=("Bergjobs Jobletter", "jobletter@bergjobs.example.at"),
      subject="7 neue Jobs für „Marketing Sport“ in Tirol und Salzburg",
      date="2026-01-15 06:00 +0100",
      headers=[("List-Id", "Bergjobs Jobletter <jobletter.bergjobs.example.at>"), ("List-Unsubscribe", "<https://www.bergjobs.example.at/abmelden?u=5521a>, " "<mailto:abmelden@bergjobs.example.at?subject=unsubscribe>"), *_LIST],
      text="""Hallo Jannik,

hier sind die neuen Stellen zu Ihrem Suchauftrag „Marketing Sport“ (Tirol, Salzburg):

1. Junior Marketing Manager Wintersport – Gipfelwerk, Innsbruck
   https://www.bergjobs.example.at/job/88121
2. Marketing- und Eventkoordinator – Salzach Bergbahnen, Salzburg
   https://www.bergjobs.example.at/job/88140
3. Social Media Redakteur (Teilzeit) – Tourismusverband Nordkette, Innsbruck
   https://www.bergjobs.example.at/job/88152
4. Verkaufsberater Skiverleih – Sport Gruber, Obergurgl
   https://www.bergjobs.example.at/job/88160
5. Praktikum Marketing – Arlberg Skischulen, St. Anton
   https://www.bergjobs.example.at/job/88177
6. Sponsoring Manager – Ötztal Bike Festival, Sölden
   https://www.bergjobs.example.at/job/88183
7. Content Creator Bergsport – Alpenblick Verlag, Innsbruck
   https://www.bergjobs.example.at/job/88190

Tipp der Woche: Eine Absage ist kein Urteil über Sie. Lesen Sie in unserem Magazin, wie Sie nach dem Vorstellungsgespräch richtig nachfassen – und wann Sie besser auf die Einladung zur zweiten Runde warten.
https://www.bergjobs.example.at/magazin/nachfassen

Sie erhalten diese E-Mail, weil Sie den Jobletter abonniert haben.
Abmelden: https://www.bergjobs.example.at/abmelden?u=5521a""",
      html=newsletter("Bergjobs Jobletter", esc("Hallo Jannik, hier sind die neuen Stellen zu Ihrem Suchauftrag „Marketing Sport“."), [
          ("Junior Marketing Manager Wintersport – Gipfelwerk", "https://www.bergjobs.example.at/job/88121", "Innsbruck · Vollzeit"),
          ("Marketing- und Eventkoordinator – Salzach Bergbahnen", "https://www.bergjobs.example.at/job/88140", "Salzburg · Vollzeit"),
          ("Social Media Redakteur – Tourismusverband Nordkette", "https://www.bergjobs.example.at/job/88152", "Innsbruck · Teilzeit"),
          ("Verkaufsberater Skiverleih – Sport Gruber", "https://www.bergjobs.example.at/job/88160", "Obergurgl · Saison"),
          ("Praktikum Marketing – Arlberg Skischulen", "https://www.bergjobs.example.at/job/88177", "St. Anton · Praktikum"),
          ("Sponsoring Manager – Ötztal Bike Festival", "https://www.bergjobs.example.at/job/88183", "Sölden · Vollzeit"),
          ("Content Creator Bergsport – Alpenblick Verlag", "https://www.bergjobs.example.at/job/88190", "Innsbruck · Vollzeit"),
          ("Magazin: Nach dem Vorstellungsgespräch richtig nachfassen", "https://www.bergjobs.example.at/magazin/nachfassen", "Eine Absage ist kein Urteil über Sie – so bleiben Sie im Gespräch."),
      ], 'Sie erhalten diese E-Mail, weil Sie den Jobletter abonniert haben. <a href="https://www.bergjobs.example.at/abmelden?u=5521a">Abmelden</a>'),
      cte="qp", subj_enc=("utf-8", "Q")),

    M(kind="other", slug="sportbusiness_newsletter_absagen", lang="de", company="", contact="",
      frm=("Sportbusiness Alpen", "newsletter@sportbusiness-alpen.example.at"),
      subject="Newsletter KW 11: Warum Absagen keine Niederlagen sind",
      date="2026-03-12 07:30 +0100",
      headers=[("List-Id", "Sportbusiness Alpen Newsletter <news.sportbusiness-alpen.example.at>"), ("List-Unsubscribe", "<https://sportbusiness-alpen.example.at/nl/off?id=77f2>"), *_LIST],
      html=newsletter("Sportbusiness Alpen · KW 11", paras("""Liebe Leserinnen und Leser,

diese Woche dreht sich bei uns alles um den Arbeitsmarkt in der Sportbranche. Unsere Umfrage unter 60 Personalverantwortlichen zeigt: Fast jede zweite Stelle im Sportmarketing wird nach dem dritten Vorstellungsgespräch noch einmal neu ausgeschrieben. Wer eine Absage bekommt, war oft nur knapp dahinter."""), [
          ("Warum Absagen keine Niederlagen sind", "https://sportbusiness-alpen.example.at/artikel/absagen", "Drei Marketingleiterinnen erzählen, wie oft sie selbst abgelehnt wurden – und was sie daraus gelernt haben."),
          ("Skigebiete suchen Digitalprofis", "https://sportbusiness-alpen.example.at/artikel/digital", "Bergbahnen investieren in Ticketing und Social Media. Welche Positionen gerade entstehen."),
          ("Interview: Der neue Chef der Tiroler Sportartikelbranche", "https://sportbusiness-alpen.example.at/artikel/interview", "Über Nachhaltigkeit, Verleihmodelle und den Fachkräftemangel."),
          ("Termine: Sportbusiness-Stammtisch Innsbruck, 26. März", "https://sportbusiness-alpen.example.at/termine", "Anmeldung bis 20. März."),
      ], 'Sportbusiness Alpen · Medieninhaber: Sportbusiness Alpen Verlag, Innsbruck · <a href="https://sportbusiness-alpen.example.at/nl/off?id=77f2">Newsletter abbestellen</a>'),
      cte="b64"),

    M(kind="other", slug="karrierekompass_fehler_gespraech", lang="de", company="", contact="",
      frm=("Karrierekompass", "redaktion@karrierekompass.example.at"),
      subject="5 Fehler, die Sie im Vorstellungsgespräch vermeiden sollten",
      date="2026-04-09 12:00 +0200",
      headers=[("List-Id", "Karrierekompass Tipps <tipps.karrierekompass.example.at>"),
               ("List-Unsubscribe", "<mailto:off@karrierekompass.example.at>")],
      text="""KARRIEREKOMPASS · Ihr wöchentlicher Karrieretipp

5 Fehler, die Sie im Vorstellungsgespräch vermeiden sollten

1. Zu spät kommen - oder zu früh. Wer zehn Minuten vor dem Termin da ist, wirkt vorbereitet. Wer eine halbe Stunde vorher im Foyer sitzt, setzt das Gegenüber unter Druck.

2. Die Einladung nicht lesen. Steht darin "Videointerview über Teams", testen Sie Kamera und Link am Vortag. Viele Bewerberinnen und Bewerber verpassen das Gespräch, weil sie im falschen Meeting warten.

3. Schlecht über den alten Arbeitgeber reden. Auch nach einer unschönen Kündigung gilt: sachlich bleiben.

4. Keine Fragen stellen. Fragen Sie nach dem Team, dem Einarbeitungsplan und dem nächsten Schritt.

5. Nach einer Absage den Kontakt abbrechen. Eine freundliche Antwort auf eine Absage öffnet oft die Tür für die nächste Stelle.

Ihr Karrierekompass-Team

Sie erhalten diesen Newsletter, weil Sie sich auf karrierekompass.example.at angemeldet haben. Abmelden: off@karrierekompass.example.at""",
      charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "B")),

    # ------------------------------------------------------------ de: life outside job search
    M(kind="other", slug="bank_beratungsgespraech", lang="de", company="", contact="",
      frm=("Inntaler Sparkasse", "service@inntaler-sparkasse.example.at"),
      reply_to=("Martina Gasser", "martina.gasser@inntaler-sparkasse.example.at"),
      subject="Terminbestätigung: Ihr Beratungsgespräch am 14. April",
      date="2026-04-07 10:15 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

gerne bestätigen wir Ihren Termin für ein Beratungsgespräch zu Ihrer Vorsorge und Veranlagung:

Dienstag, 14. April 2026, 16:00 Uhr
Filiale Innsbruck-Wilten, Leopoldstraße 31
Ihre Beraterin: Martina Gasser

Bitte bringen Sie einen Lichtbildausweis und, falls vorhanden, Ihren letzten Depotauszug mit. Wir besprechen gemeinsam die Entwicklung Ihrer Fondsposition und ob eine Umschichtung sinnvoll ist.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis spätestens 24 Stunden vorher ab.

Freundliche Grüße
Ihre Inntaler Sparkasse

Inntaler Sparkasse AG · Sitz Innsbruck · FN 38812p · Diese Nachricht ist vertraulich.""",
      html=simple_html(paras("""Sehr geehrter Herr Mbeki-Laurent,

gerne bestätigen wir Ihren Termin für ein Beratungsgespräch zu Ihrer Vorsorge und Veranlagung:

Dienstag, 14. April 2026, 16:00 Uhr
Filiale Innsbruck-Wilten, Leopoldstraße 31
Ihre Beraterin: Martina Gasser

Bitte bringen Sie einen Lichtbildausweis und, falls vorhanden, Ihren letzten Depotauszug mit. Wir besprechen gemeinsam die Entwicklung Ihrer Fondsposition und ob eine Umschichtung sinnvoll ist.

Sollten Sie den Termin nicht wahrnehmen können, sagen Sie bitte bis spätestens 24 Stunden vorher ab.

Freundliche Grüße
Ihre Inntaler Sparkasse""")), cte="qp"),

    M(kind="other", slug="landlord_besichtigung_verschoben", lang="de", company="", contact="",
      frm=("Hausverwaltung Pichler", "office@hv-pichler.example.at"),
      subject="Wohnungsbesichtigung Höttinger Au 12: neuer Termin",
      date="2026-05-19 14:22 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

leider müssen wir die für Donnerstag, 21. Mai, 17:30 Uhr vereinbarte Besichtigung der Wohnung Top 7 verschieben, da die Vormieterin erst am Wochenende auszieht.

Als neuen Termin schlagen wir Dienstag, 26. Mai, um 18:00 Uhr vor. Bitte bestätigen Sie kurz, ob das für Sie passt. Die Unterlagen zur Selbstauskunft können Sie gerne schon vorab schicken.

Mit freundlichen Grüßen
Ing. Werner Pichler
Hausverwaltung Pichler
Innrain 44, 6020 Innsbruck
Tel. 0512 58 71 22""",
      charset="iso-8859-1", cte="8bit", subj_enc=("iso-8859-1", "Q")),

    M(kind="other", slug="uni_lehrgang_kein_studienplatz", lang="de", company="", contact="",
      frm=("Lehrgangsbüro Sportmanagement", "lehrgang.sportmanagement@uni-alpina.example.at"),
      subject="Universitätslehrgang Sportmanagement – Ergebnis des Aufnahmeverfahrens",
      date="2026-06-30 11:05 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre Bewerbung um einen Studienplatz im berufsbegleitenden Universitätslehrgang Sportmanagement (Start Oktober 2026) und für Ihre Teilnahme am Aufnahmegespräch.

Bei 112 Bewerbungen für 30 Studienplätze mussten wir eine strenge Auswahl treffen. Wir bedauern, Ihnen mitteilen zu müssen, dass wir Ihnen in diesem Jahrgang leider keinen Studienplatz anbieten können. Sie stehen auf Platz 6 der Warteliste; sollte ein Platz frei werden, melden wir uns bis spätestens 15. September.

Eine erneute Bewerbung für den Jahrgang 2027 ist selbstverständlich möglich.

Mit freundlichen Grüßen
Mag. Eva Kathrein
Lehrgangsbüro Sportmanagement
Universität Alpina · Innrain 52 · 6020 Innsbruck""",
      cte="qp"),

    M(kind="other", slug="ordination_terminabsage", lang="de", company="", contact="",
      frm=("Ordination Dr. Tschurtschenthaler", "ordination@dr-tschurtschenthaler.example.at"),
      subject="Terminabsage: Ihr Kontrolltermin am 24. März",
      date="2026-03-20 08:10 +0100",
      text="""Sehr geehrter Herr Mbeki-Laurent,

leider müssen wir Ihren Kontrolltermin (Knie rechts) am Dienstag, 24. März, um 9:20 Uhr absagen, da Frau Dr. Tschurtschenthaler an diesem Tag erkrankt ist.

Wir haben für Sie einen Ersatztermin am Montag, 30. März, um 8:40 Uhr reserviert. Bitte rufen Sie uns an, falls Ihnen dieser Termin nicht passt. Vergessen Sie bitte nicht das MRT-Bild.

Mit freundlichen Grüßen
Ihr Ordinationsteam
Dr. Maria Tschurtschenthaler, Fachärztin für Orthopädie
Museumstraße 5, 6020 Innsbruck · Tel. 0512 56 23 10""",
      charset="iso-8859-1", cte="qp", subj_enc=("iso-8859-1", "Q"),
      name_enc=("iso-8859-1", "Q")),

    M(kind="other", slug="paket_verspaetet", lang="de", company="", contact="",
      frm=("Alpenexpress Paketdienst", "noreply@alpenexpress.example.at"),
      subject="Ihre Sendung verspätet sich leider", date="2026-10-06 17:48 +0200",
      headers=[("Auto-Submitted", "auto-generated")],
      html=simple_html("""<h2 style="color:#c0392b">Ihre Sendung verspätet sich</h2>
<p>Guten Tag Jannik Mbeki-Laurent,</p>
<p>leider kann Ihre Sendung <b>AX 4481 2207 93</b> von Sporthaus Online nicht wie angekündigt heute zugestellt werden. Grund ist eine Verzögerung im Verteilzentrum Hall in Tirol.</p>
<p>Neuer voraussichtlicher Zustelltermin: <b>Donnerstag, 8. Oktober, 8:00–12:00 Uhr</b></p>
<p>Sie müssen nichts weiter tun. Wenn Sie nicht zu Hause sind, können Sie die Zustellung über den Link unten an eine Abholstation umleiten.</p>
""" + button("Zustellung ändern", "https://www.alpenexpress.example.at/s/AX448122079", "#c0392b")
      + """<p style="font-size:11px;color:#888">Dies ist eine automatisch erstellte Nachricht. Antworten an diese Adresse werden nicht bearbeitet.</p>"""),
      cte="qp"),

    M(kind="other", slug="alpintrack_position_geteilt", lang="de", company="", contact="",
      frm=("AlpinTrack", "noreply@alpintrack.example.at"),
      subject="Position geteilt: Jannik ist auf Tour", date="2026-01-31 09:47 +0100",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""AlpinTrack – Live-Position

Jannik Mbeki-Laurent hat seine aktuelle Position mit dir geteilt.

Position: 47.3127° N, 11.3809° E (Nordkette, Frau-Hitt-Sattel)
Höhe: 2.217 m
Zeitpunkt: 31.01.2026, 09:46
Geplante Rückkehr: 14:30

Du bist als Notfallkontakt hinterlegt. Sollte die Tour nicht bis zur geplanten Rückkehr beendet werden, erhältst du automatisch eine Nachricht mit der letzten bekannten Position.

Position auf der Karte ansehen: https://alpintrack.example.at/live/jml-7c21

Diese Nachricht wurde automatisch versandt.""",
      cte="b64"),

    M(kind="other", slug="sprachinstitut_einstufungsgespraech", lang="de", company="", contact="",
      frm=("Sprachinstitut Innsbruck", "kurse@sprachinstitut-ibk.example.at"),
      reply_to=("Sprachinstitut Innsbruck Kursbüro", "kurse@sprachinstitut-ibk.example.at"),
      subject="Einladung zum Einstufungsgespräch – Business English B2",
      date="2026-01-08 15:40 +0100",
      text="""Sehr geehrter Herr Mbeki-Laurent,

vielen Dank für Ihre Anmeldung zum Abendkurs Business English B2 (Start 2. Februar).

Damit wir Sie in die passende Gruppe einteilen können, laden wir Sie zu einem kurzen Einstufungsgespräch (ca. 15 Minuten) mit einer unserer Trainerinnen ein:

Montag, 19. Jänner 2026, zwischen 17:00 und 19:00 Uhr
Sprachinstitut Innsbruck, Maria-Theresien-Straße 18, 3. Stock

Eine Terminvereinbarung ist nicht nötig – kommen Sie einfach vorbei. Bitte füllen Sie vorab den Online-Test aus: https://sprachinstitut-ibk.example.at/test

Mit freundlichen Grüßen
Ihr Kursbüro
Sprachinstitut Innsbruck""",
      cte="qp"),

    M(kind="other", slug="skischule_teambesprechung_ics", lang="de", company="", contact="",
      frm=("Skischule Nordpark – Büro", "buero@skischule-nordpark.example.at"),
      subject="Einladung: Teambesprechung Saisonabschluss", date="2026-03-30 12:14 +0200",
      text="""Liebe Skilehrerinnen und Skilehrer,

die Saison neigt sich dem Ende zu – danke für euren Einsatz! Zum Abschluss laden wir euch alle zur Teambesprechung ein:

Donnerstag, 9. April, 18:00 Uhr, Aufenthaltsraum an der Seegrube

Themen: Rückblick auf die Saison, Einteilung für die Ostergruppen, Abrechnung der Überstunden und die Planung für den nächsten Winter. Wer sich für eine Position als Gruppenleiter interessiert, kann sich im Anschluss bei Christoph melden.

Danach gibt's Gulasch und Getränke auf Kosten des Hauses.

Bitte sagt über die Kalendereinladung zu oder ab.

Liebe Grüße
Christoph & das Büro-Team
Skischule Nordpark Innsbruck""",
      attach=[ics("REQUEST", "teambesprechung-2026-04-09@skischule-nordpark.example.at",
                  "2026-04-09 18:00 +0200", "2026-04-09 20:00 +0200",
                  "Teambesprechung Saisonabschluss", "Seegrube, Aufenthaltsraum",
                  ("Skischule Nordpark – Büro", "buero@skischule-nordpark.example.at"))],
      cte="8bit"),

    M(kind="other", slug="abwesenheit_limmat_autoreply", lang="de", company="", contact="",
      parent="lim_apply",
      frm=("Sabrina Keller", "sabrina.keller@limmat-brand.example.ch"),
      subject="Abwesenheitsnotiz: Bewerbung: Junior Sports Marketing Manager",
      date="2026-02-23 08:41 +0100",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit 2. März 2026 in den Skiferien und habe keinen Zugriff auf meine E-Mails.

Bewerbungen werden nach meiner Rückkehr bearbeitet. In dringenden Fällen wenden Sie sich bitte an reto.brunner@limmat-brand.example.ch.

Freundliche Grüsse
Sabrina Keller
Office & Administration | Limmat Brand Studio AG""",
      cte="qp"),

    M(kind="other", slug="abwesenheit_isarkante_autoreply", lang="de", company="", contact="",
      refs=["<CAFx8jml.thanks.isarkante@mail.example.at>"],
      frm=("Miriam Berger", "miriam.berger@isarkante.example.de"),
      subject="Automatische Antwort: Danke für das Gespräch am Montag",
      date="2026-05-05 07:31 +0200",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
               ("X-MS-Exchange-Inbox-Rules-Loop", "miriam.berger@isarkante.example.de")],
      text="""Vielen Dank für Ihre Nachricht.

Ich bin nach meiner Erkrankung ab 11. Mai wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sponsoring@isarkante.example.de oder telefonisch an +49 89 4120 887-0.

Beste Grüße
Miriam Berger
Head of Sponsorship | Isarkante Sports Marketing GmbH""",
      html=outlook_word(mso("""Vielen Dank für Ihre Nachricht.

Ich bin nach meiner Erkrankung ab 11. Mai wieder im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an sponsoring@isarkante.example.de oder telefonisch an +49 89 4120 887-0.

Beste Grüße
Miriam Berger
Head of Sponsorship | Isarkante Sports Marketing GmbH"""), "de-DE"),
      cte="qp"),

    M(kind="other", slug="karrierenetz_bewerbung_angesehen", lang="de", company="", contact="",
      frm=("Karrierenetz", "benachrichtigungen@karrierenetz.example.com"),
      subject="Isarwelle Events hat Ihre Bewerbung angesehen",
      date="2026-04-10 18:02 +0200",
      headers=[("List-Unsubscribe", "<https://karrierenetz.example.com/settings/mail?t=a81>"),
               ("Auto-Submitted", "auto-generated")],
      html=notification_card("karrierenetz", "#0a66c2", """<p>Hallo Jannik,</p>
<p><b>Isarwelle Events</b> hat sich Ihre Bewerbung für <b>Event Marketing Manager (m/w/d)</b> in München angesehen.</p>
<p>Tipp: Profile mit Foto und aktueller Berufsbezeichnung werden bis zu 3-mal häufiger zu einem Gespräch eingeladen.</p>
""" + button("Bewerbungsstatus ansehen", "https://karrierenetz.example.com/jobs/applied/551829", "#0a66c2")
      + """<p style="color:#666">Außerdem neu für Sie: 12 Stellen im Bereich Sportmarketing in Ihrer Nähe.</p>""",
      'Sie erhalten diese E-Mail als Mitglied von Karrierenetz. <a href="https://karrierenetz.example.com/settings/mail?t=a81">Benachrichtigungen verwalten</a>'),
      cte="b64"),

    M(kind="other", slug="karrierenetz_neue_jobs", lang="de", company="", contact="",
      frm=("Karrierenetz Jobs", "jobs-noreply@karrierenetz.example.com"),
      subject="Neue Jobs für Sie: Brand Manager, Sponsoring Manager und 8 weitere",
      date="2026-08-08 08:15 +0200",
      headers=[("List-Unsubscribe", "<https://karrierenetz.example.com/settings/mail?t=b19>"), ("List-Id", "<jobs-digest.karrierenetz.example.com>"), *_LIST],
      text="""Karrierenetz · Neue Jobs für Sie

Hallo Jannik, basierend auf Ihrem Profil haben wir neue Stellen gefunden:

Brand Manager Outdoor · Bergfux Sportswear · München
Sponsoring Manager · Eisadler Salzburg · Salzburg
Marketing Coordinator Winter 2026/27 · Zillergrund Resort · Mayrhofen
Athlete Partnerships Manager · Brightpeak Sports Agency · München
Account Manager · Ringstraße Sportmarketing · Wien
… und 5 weitere

Sie haben sich bereits bei 3 dieser Unternehmen beworben. 2 Personalverantwortliche haben diese Woche Ihr Profil besucht.

Alle Jobs ansehen: https://karrierenetz.example.com/jobs/recommended
Benachrichtigungen verwalten: https://karrierenetz.example.com/settings/mail?t=b19""",
      html=notification_card("karrierenetz", "#0a66c2", """<p>Hallo Jannik, basierend auf Ihrem Profil haben wir neue Stellen gefunden:</p>
<ul>
<li><b>Brand Manager Outdoor</b> · Bergfux Sportswear · München</li>
<li><b>Sponsoring Manager</b> · Eisadler Salzburg · Salzburg</li>
<li><b>Marketing Coordinator Winter 2026/27</b> · Zillergrund Resort · Mayrhofen</li>
<li><b>Athlete Partnerships Manager</b> · Brightpeak Sports Agency · München</li>
<li><b>Account Manager</b> · Ringstraße Sportmarketing · Wien</li>
</ul>
<p>… und 5 weitere. Sie haben sich bereits bei 3 dieser Unternehmen beworben.</p>
""" + button("Alle Jobs ansehen", "https://karrierenetz.example.com/jobs/recommended", "#0a66c2"),
      '<a href="https://karrierenetz.example.com/settings/mail?t=b19">Benachrichtigungen verwalten</a>'),
      cte="qp"),

    M(kind="other", slug="freundin_eigene_absage", lang="de", company="", contact="",
      frm=("Mira Obojkovits", "mira.o@webmail.example.at"),
      subject="Absage von der Bergbahn :(", date="2026-03-28 22:17 +0100",
      text="""Servus Jannik,

ich muss mich kurz auskotzen: Heute kam die Absage von den Stubaier Bahnen. Nach DREI Gesprächen und einer Präsentation am Samstag! Die haben sich für eine interne Kandidatin entschieden, stand in zwei Sätzen in einer Standard-Mail. Ich hätte mir wenigstens einen Anruf gewünscht.

Wie läuft's bei dir? Hast du von den Salzburgern schon was gehört? Und warst du jetzt eigentlich bei dem Schnuppertag?

Lass uns nächste Woche auf ein Bier gehen, ich brauch Ablenkung.

Bussi
Mira""",
      cte="8bit"),

    M(kind="other", slug="headhunter_kaltakquise", lang="de", company="", contact="",
      frm=("Dr. Clemens Moser", "c.moser@alpine-executive.example.ch"),
      subject="Vertrauliche Anfrage – Marketing im alpinen Tourismus",
      date="2026-05-25 10:40 +0200",
      text="""Sehr geehrter Herr Mbeki-Laurent,

Ihr Profil ist mir auf Karrierenetz aufgefallen – die Verbindung von Skischulpraxis und digitalem Marketing ist in unserem Markt selten.

Wir begleiten regelmäßig Bergbahnen, Destinationen und Sportmarken in der Schweiz, in Österreich und in Südtirol bei der Besetzung von Marketingfunktionen. Aktuell habe ich kein konkretes Mandat, das zu Ihnen passt, möchte Sie aber gerne in unser Netzwerk aufnehmen, damit ich bei künftigen Suchen an Sie denken kann.

Wenn Sie einverstanden sind, schicken Sie mir einfach Ihren aktuellen Lebenslauf und Ihre Gehaltsvorstellung. Selbstverständlich behandle ich alles streng vertraulich.

Mit freundlichen Grüssen
Dr. Clemens Moser
Partner
Alpine Executive Search AG
Bahnhofstrasse 72 · 8001 Zürich
+41 44 210 33 80""",
      cte="qp"),

    M(kind="other", slug="presse_interviewanfrage", lang="de", company="", contact="",
      frm=("Theresa Wallnöfer", "t.wallnoefer@bergblatt.example.at"),
      subject="Interviewanfrage: Vom Skilehrer ins Marketing",
      date="2026-02-27 13:33 +0100",
      text="""Hallo Herr Mbeki-Laurent,

ich bin Redakteurin beim Innsbrucker Bergblatt und arbeite an einer Serie über Menschen, die nach vielen Wintern auf der Piste beruflich umsatteln. Christoph von der Skischule Nordpark hat mir Ihren Namen gegeben.

Hätten Sie Lust auf ein Interview für unsere Ausgabe im April? Wir würden uns etwa eine Stunde zusammensetzen, gerne im Café am Markt, und unser Fotograf würde ein paar Bilder an der Nordkette machen. Es geht um Ihre Erfahrungen beim Wechsel, um Bewerbungen, Vorstellungsgespräche und auch Absagen – ganz ehrlich und ohne Firmennamen, wenn Sie das lieber möchten.

Ich würde mich über eine Rückmeldung freuen.

Beste Grüße
Theresa Wallnöfer
Redaktion Innsbrucker Bergblatt
Wilhelm-Greil-Straße 15, 6020 Innsbruck
+43 512 53 54-310""",
      name_enc=("utf-8", "B"), cte="qp"),

    M(kind="other", slug="mama_weitergeleitete_stelle", lang="de", company="", contact="",
      frm=("Renate Laurent", "renate.laurent@mailbox.example.at"),
      subject="WG: Stellenausschreibung Tourismusverband Wipptal",
      date="2026-04-25 16:52 +0200",
      text=forwarded("""Hallo Schatz,

das war heute in der Gemeindezeitung-Mail, schau mal, ob das was für dich wäre. Die suchen jemanden fürs Marketing, und das Wipptal ist ja nicht weit!

Bussi, Mama""", "de", "Tourismusverband Wipptal <info@tv-wipptal.example.at>",
          "Sa., 25. Apr. 2026 um 09:00", "Stellenausschreibung: Marketingmitarbeiter/in (Vollzeit)",
          "gemeindeinfo@steinach.example.at", """Der Tourismusverband Wipptal sucht ab sofort eine/n

Marketingmitarbeiter/in (Vollzeit, 38,5 Std.)

Ihre Aufgaben: Betreuung von Website und Social Media, Organisation von Veranstaltungen, Zusammenarbeit mit Bergbahnen und Betrieben.

Wir bieten: ein motiviertes Team, flexible Arbeitszeiten, Skipass für die Region. Das Mindestgehalt laut Kollektivvertrag beträgt EUR 2.480 brutto, Überzahlung je nach Qualifikation.

Bewerbungen bitte bis 15. Mai an bewerbung@tv-wipptal.example.at. Wir freuen uns darauf, Sie zu einem Gespräch einzuladen!"""),
      cte="qp"),

    # ------------------------------------------------------------ en
    M(kind="other", slug="own_cv_to_summit", lang="en", company="", contact="",
      key="ss_cv",
      frm=CAND, to=[("Oliver Pratt", "oliver.pratt@summitsearch.example.co.uk")],
      subject="Head of Brand roles – CV attached", date="2026-03-03 17:45 +0100",
      text=SUMMIT_CV, cte="7bit",
      attach=[pdf("CV_Jannik_Mbeki-Laurent_EN.pdf", [
          "Jannik Mbeki-Laurent - Curriculum Vitae", "",
          "2019-present  Certified ski instructor, Skischule Nordpark, Innsbruck",
          "2024-present  Social media and guest communication, Skischule Nordpark",
          "2026  Diploma in Digital Marketing, WIFI Tirol",
          "Languages: German, French, English, Spanish",
      ], title="CV Jannik Mbeki-Laurent")]),

    M(kind="other", slug="own_thankyou_northbank", lang="en", company="", contact="",
      key="nb_thanks", parent="nb_move",
      frm=CAND, to=[("Priya Nandakumar", "priya.nandakumar@northbank-athletic.example.co.uk")],
      subject="Thank you – Brand Marketing Executive interview",
      date="2026-07-01 19:40 +0200",
      text=NORTHBANK_THANKS, cte="qp"),

    M(kind="other", slug="autoreply_northbank_priya", lang="en", company="", contact="",
      parent="nb_thanks",
      frm=("Priya Nandakumar", "priya.nandakumar@northbank-athletic.example.co.uk"),
      subject="Automatic reply: Thank you – Brand Marketing Executive interview",
      date="2026-07-01 18:40 +0100",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Thanks for your email. I'm at our Leeds distribution centre on Thursday and Friday with limited access to email, and will reply when I'm back on Monday 6 July.

If your message is about an interview booked for this week, please contact talent@northbank-athletic.example.co.uk.

Priya Nandakumar
Senior Talent Acquisition Partner | Northbank Athletic""",
      cte="7bit"),

    M(kind="other", slug="snowjobs_weekly_digest", lang="en", company="", contact="",
      frm=("SnowJobs Weekly", "digest@snowjobs.example.com"),
      subject="SnowJobs Weekly: 12 new roles, plus what recruiters say after a rejection",
      date="2026-05-29 07:00 +0000",
      headers=[("List-Id", "SnowJobs Weekly <weekly.snowjobs.example.com>"), ("List-Unsubscribe", "<https://snowjobs.example.com/u/9c2e1>, <mailto:leave@snowjobs.example.com>"), *_LIST],
      text="""SNOWJOBS WEEKLY – 29 May 2026

Hi Jannik, here are this week's roles matching "marketing" in London, Munich and Zurich.

- Partnerships Coordinator – Halfpipe Media, London (closing soon)
  https://snowjobs.example.com/j/41177
- Senior Community Marketing Manager – Crestline Outdoor, London
  https://snowjobs.example.com/j/41190
- Athlete Partnerships Manager – Brightpeak Sports Agency, Munich
  https://snowjobs.example.com/j/41203
- Digital Marketing Lead – Glacier Optics, Zurich
  https://snowjobs.example.com/j/41219
- and 8 more: https://snowjobs.example.com/search?q=marketing

FEATURE: "We've decided not to proceed" – five recruiters explain what really happens after the interview, why the rejection email is often a template, and how to ask for feedback without burning bridges.
https://snowjobs.example.com/blog/after-the-rejection

You're receiving this because you subscribed to SnowJobs Weekly.
Unsubscribe: https://snowjobs.example.com/u/9c2e1""",
      html=newsletter("SnowJobs Weekly", "Hi Jannik, here are this week's roles matching <b>marketing</b> in London, Munich and Zurich.", [
          ("Partnerships Coordinator – Halfpipe Media", "https://snowjobs.example.com/j/41177", "London · closing soon"),
          ("Senior Community Marketing Manager – Crestline Outdoor", "https://snowjobs.example.com/j/41190", "London"),
          ("Athlete Partnerships Manager – Brightpeak Sports Agency", "https://snowjobs.example.com/j/41203", "Munich"),
          ("Digital Marketing Lead – Glacier Optics", "https://snowjobs.example.com/j/41219", "Zurich"),
          ("Feature: \"We've decided not to proceed\"", "https://snowjobs.example.com/blog/after-the-rejection", "Five recruiters explain what happens after the interview and how to ask for feedback."),
      ], 'You\'re receiving this because you subscribed to SnowJobs Weekly. <a href="https://snowjobs.example.com/u/9c2e1">Unsubscribe</a>',
          accent="#1d3557", lang="en"),
      cte="qp"),

    M(kind="other", slug="careerlift_bounce_back", lang="en", company="", contact="",
      frm=("The Career Lift", "hello@thecareerlift.example.com"),
      subject="How to bounce back from a job rejection (in 48 hours)",
      date="2026-07-07 06:30 +0000",
      headers=[("List-Id", "The Career Lift <careerlift.thecareerlift.example.com>"), ("List-Unsubscribe", "<https://thecareerlift.example.com/unsub?e=jml>"), *_LIST],
      html=simple_html("""<h1 style="font-family:Georgia,serif">How to bounce back from a job rejection</h1>
<p>You made it to the final round. You sent the thank-you note. And then: <i>"Unfortunately, we have decided to move forward with other candidates."</i></p>
<p>It stings. Here's the 48-hour routine our readers swear by:</p>
<ol>
<li><b>Hour 0–2:</b> Reply graciously. Thank them for the interview and ask to be considered for future positions.</li>
<li><b>Hour 2–24:</b> Write down every interview question you remember while it's fresh.</li>
<li><b>Day 2:</b> Ask one specific question for feedback. Recruiters answer specific questions far more often than "any feedback?"</li>
</ol>
<p>Next week: how to turn a cancelled interview into a stronger second chance.</p>
<p style="font-size:11px;color:#777">The Career Lift · 21 Leonard Street, London · <a href="https://thecareerlift.example.com/unsub?e=jml">Unsubscribe</a></p>""", "en"),
      cte="b64"),

    M(kind="other", slug="podcast_guest_request", lang="en", company="", contact="",
      frm=("Ellie Marsh", "ellie@chairliftpodcast.example.com"),
      subject="Guest invite: The Chairlift Podcast – career changers episode",
      date="2026-09-03 15:10 +0100",
      text="""Hi Jannik,

I host The Chairlift Podcast, a weekly show about people who work in the mountains. I read the Innsbrucker Bergblatt piece about your move from ski instructing into marketing (a friend translated it for me!) and would love to have you on the show.

The format is a relaxed 45-minute interview recorded remotely. We'd talk about life as an instructor, what surprised you in job interviews outside the ski world, and any advice for instructors thinking about a change. No preparation needed.

We're recording the autumn episodes between 21 September and 9 October. If you're up for it, reply with a couple of dates and I'll send a booking link.

Cheers,
Ellie Marsh
Host & Producer, The Chairlift Podcast
chairliftpodcast.example.com""",
      cte="7bit"),

    M(kind="other", slug="snowtrack_user_research", lang="en", company="", contact="",
      frm=("SnowTrack Research", "research@snowtrack.example.com"),
      reply_to=("Hannes Lund", "hannes.lund@snowtrack.example.com"),
      subject="Would you join a 30-minute user interview? (£20 voucher)",
      date="2026-02-12 11:00 +0000",
      text="""Hi Jannik,

You've been using SnowTrack to log your ski days this winter – thank you! Our product team is redesigning the instructor mode and we'd love to hear from real ski instructors.

Would you join a 30-minute user interview over video? We'll show you a few early designs and ask how you plan lessons and track your groups. There are no right or wrong answers, and as a thank-you we'll send a £20 voucher.

Pick a slot here: https://snowtrack.example.com/research/book?c=instructor-26

If you have questions, just reply to this email.

Hannes Lund
UX Researcher, SnowTrack""",
      html=simple_html(paras("""Hi Jannik,

You've been using SnowTrack to log your ski days this winter – thank you! Our product team is redesigning the instructor mode and we'd love to hear from real ski instructors.

Would you join a 30-minute user interview over video? We'll show you a few early designs and ask how you plan lessons and track your groups. There are no right or wrong answers, and as a thank-you we'll send a £20 voucher.""") + button("Pick a slot", "https://snowtrack.example.com/research/book?c=instructor-26") + paras("""If you have questions, just reply to this email.

Hannes Lund
UX Researcher, SnowTrack"""), "en"),
      cte="qp"),

    M(kind="other", slug="jobconnect_application_viewed", lang="en", company="", contact="",
      frm=("JobConnect", "notifications@jobconnect.example.com"),
      subject="Your application was viewed by Crestline Outdoor",
      date="2026-07-15 16:20 +0000",
      headers=[("Auto-Submitted", "auto-generated"),
               ("List-Unsubscribe", "<https://jobconnect.example.com/prefs?u=jml88>")],
      html=notification_card("JobConnect", "#5b2a86", """<p>Hi Jannik,</p>
<p>Good news – a recruiter at <b>Crestline Outdoor</b> viewed your application for <b>Senior Community Marketing Manager</b>.</p>
<p>Applicants who follow up within a week are more likely to be invited to interview. Don't have a cover letter on your profile yet? Add one now.</p>
""" + button("View application", "https://jobconnect.example.com/applications/7741902", "#5b2a86"),
      '<a href="https://jobconnect.example.com/prefs?u=jml88">Notification settings</a> · JobConnect, 1 Poultry, London', lang="en"),
      cte="qp"),

    M(kind="other", slug="friend_london_rejected", lang="en", company="", contact="",
      frm=("Tom Adeyemi", "tom.adeyemi@mailhub.example.co.uk"),
      subject="they said no", date="2026-06-19 23:05 +0100",
      text="""Jannik mate,

Remember that festival marketing job I told you about when you were over at Easter? Got the email today: "we will not be progressing your application at this time". After two interviews and a take-home task that ate my whole weekend. Not even a phone call.

Anyway. How are your London applications going? Did the Northbank people ever get back to you? If you come over for an interview let me know, sofa's yours.

Their email's attached so you can see how little effort went into it.

Tom""",
      cte="7bit",
      attach=[eml(M(slug="inner_riverside_festival_no", mid="<rej.88120.tom@riversidefest.example.co.uk>",
                    frm=("Riverside Festivals Recruitment", "recruitment@riversidefest.example.co.uk"),
                    to=[("Tom Adeyemi", "tom.adeyemi@mailhub.example.co.uk")],
                    subject="Your application – Festival Marketing Executive",
                    date="2026-06-19 16:02 +0100",
                    text="""Dear Tom,

Thank you for your interest in the Festival Marketing Executive position and for completing the take-home task.

We have reviewed all applications carefully and we will not be progressing your application at this time.

We wish you the best of luck with your search.

Riverside Festivals Recruitment Team""", cte="qp"))]),

    M(kind="other", slug="ridgeway_cold_approach", lang="en", company="", contact="",
      frm=("James Ashworth", "james.ashworth@ridgewaytalent.example.co.uk"),
      subject="Outdoor & sport marketing – are you open to a conversation?",
      date="2026-07-06 09:12 +0100",
      text="""Hi Jannik,

I lead the sport and leisure practice at Ridgeway Talent, a small London search firm. Your profile came up while I was mapping marketing talent with genuine on-mountain experience, which is rarer than you'd think.

I don't have a specific brief for you right now, but a number of our clients – rowing, cycling and outdoor brands – hire for exactly this blend a couple of times a year. Would you be open to me keeping you in mind? If so, a CV and a line on what you'd consider next would be plenty.

No pressure at all if the timing isn't right.

Best regards,
James Ashworth
Director | Ridgeway Talent
+44 20 7123 4471 | ridgewaytalent.example.co.uk""",
      cte="qp"),

    M(kind="other", slug="parcel_delayed_en", lang="en", company="", contact="",
      frm=("SwiftParcel", "no-reply@swiftparcel.example.co.uk"),
      subject="Unfortunately, your parcel is delayed", date="2026-08-14 13:40 +0100",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hi Jannik,

Unfortunately, your parcel from Alpine Pro Shop UK (tracking SP-88319-2210) is delayed because of a customs check on international shipments.

New estimated delivery: Tuesday 18 August
Destination: Innsbruck, Austria

We're sorry for the wait. You don't need to do anything – we'll email you again when your parcel is on its way.

Track your parcel: https://swiftparcel.example.co.uk/t/SP88319

SwiftParcel Customer Service""",
      html=simple_html("""<p>Hi Jannik,</p>
<p><b>Unfortunately, your parcel is delayed.</b> Your parcel from Alpine Pro Shop UK (tracking <b>SP-88319-2210</b>) is held for a customs check on international shipments.</p>
<table style="border-collapse:collapse"><tr><td style="padding:4px 12px 4px 0">New estimated delivery</td><td><b>Tuesday 18 August</b></td></tr>
<tr><td style="padding:4px 12px 4px 0">Destination</td><td>Innsbruck, Austria</td></tr></table>
<p>We're sorry for the wait. You don't need to do anything.</p>""" + button("Track your parcel", "https://swiftparcel.example.co.uk/t/SP88319", "#e67e22"), "en"),
      cte="qp"),

    M(kind="other", slug="msc_no_place_offered", lang="en", company="", contact="",
      frm=("Westmoor University Admissions", "pg-admissions@westmoor-uni.example.ac.uk"),
      subject="Your application: MSc Sports Marketing (2026 entry)",
      date="2026-04-28 14:00 +0100",
      text="""Dear Jannik Mbeki-Laurent,

Application ID: 2614-88031
Programme: MSc Sports Marketing (full-time, September 2026 entry)

Thank you for your application to Westmoor University. The admissions tutor has now reviewed it carefully.

I am sorry to tell you that we are unable to offer you a place on this programme. Competition for places this year was exceptionally strong, and we were only able to make offers to applicants with an undergraduate degree in a related subject.

You may wish to consider our Postgraduate Certificate in Sport Business, which has more flexible entry requirements.

We wish you every success in your future studies.

Yours sincerely,
Postgraduate Admissions Office
Westmoor University""",
      cte="7bit"),

    M(kind="other", slug="webinar_interview_masterclass", lang="en", company="", contact="",
      frm=("Sports Careers Network", "events@sportscareers.example.org"),
      subject="Free webinar: Nail your next interview (Thursday 17 Sept)",
      date="2026-09-10 10:00 +0100",
      headers=[("List-Id", "Sports Careers Network events <events.sportscareers.example.org>"), ("List-Unsubscribe", "<https://sportscareers.example.org/optout?m=3341>"), *_LIST],
      html=newsletter("Sports Careers Network", "<p>Join our free live webinar <b>Nail your next interview</b> on Thursday 17 September at 18:00 UK time.</p><p>Two hiring managers from sports brands share what they look for in a first interview, how to prepare for panel interviews and assessment centres, and what to do if your interview is rescheduled at short notice.</p>", [
          ("Register for the webinar", "https://sportscareers.example.org/webinars/interview-skills", "Free for members · 60 minutes · recording available"),
          ("Members' job board: 48 new roles", "https://sportscareers.example.org/jobs", "Marketing, partnerships and events across the UK and Europe"),
          ("Mentoring programme: applications open", "https://sportscareers.example.org/mentoring", "Get matched with a senior marketer for six months"),
      ], 'Sports Careers Network · <a href="https://sportscareers.example.org/optout?m=3341">Unsubscribe</a>', accent="#2a9d8f", lang="en"),
      cte="qp"),

    M(kind="other", slug="jobconnect_three_new_jobs", lang="en", company="", contact="",
      frm=("JobConnect Alerts", "alerts@jobconnect.example.com"),
      subject="3 new jobs matching \"Brand Manager\" in London",
      date="2026-10-05 07:45 +0100",
      headers=[("List-Unsubscribe", "<https://jobconnect.example.com/alerts/off?a=221>"), *_LIST],
      text="""JobConnect job alert: Brand Manager, London

Brand Manager – Footwear · Tideway Racing · London · posted 2 days ago
https://jobconnect.example.com/jobs/9915021

Junior Brand Manager · Lakeshore Sports Media · London · posted 4 days ago
https://jobconnect.example.com/jobs/9915388

Brand & Partnerships Manager · Thameside Rowing Club · London · posted 5 days ago
https://jobconnect.example.com/jobs/9916002

Easy Apply is available for 2 of these jobs.

Manage alerts: https://jobconnect.example.com/alerts
Turn off this alert: https://jobconnect.example.com/alerts/off?a=221""",
      cte="8bit"),

    # ------------------------------------------------------------ fr
    M(kind="other", slug="own_merci_glisse", lang="fr", company="", contact="",
      key="gl_merci", parent="gl_cancel",
      frm=CAND, to=[("Thibault Morel", "thibault.morel@glisse-montblanc.example.fr")],
      subject="Merci pour l'entretien", date="2026-06-23 21:10 +0200",
      text=GLISSE_MERCI, charset="iso-8859-1", cte="qp"),

    M(kind="other", slug="alertes_emploi_montagne", lang="fr", company="", contact="",
      frm=("Emploi Montagne", "alertes@emploi-montagne.example.fr"),
      subject="Vos alertes emploi : 6 nouvelles offres en Haute-Savoie",
      date="2026-05-20 06:15 +0200",
      headers=[("List-Id", "Alertes Emploi Montagne <alertes.emploi-montagne.example.fr>"), ("List-Unsubscribe", "<https://emploi-montagne.example.fr/desinscription?k=jml>"), *_LIST],
      html=newsletter("Emploi Montagne · vos alertes", "<p>Bonjour Jannik, voici les nouvelles offres correspondant à votre alerte « marketing » (Haute-Savoie).</p>", [
          ("Chef de produit marketing ski – Aiguille Sports", "https://emploi-montagne.example.fr/offre/55120", "Chamonix · CDI"),
          ("Chargé(e) de communication – Domaine des Aiguillettes", "https://emploi-montagne.example.fr/offre/55134", "Vallée de l'Arve · CDI"),
          ("Responsable marketing – Glisse Mont-Blanc", "https://emploi-montagne.example.fr/offre/55141", "Chamonix · CDI"),
          ("Conseiller(ère) séjours – Office de Tourisme", "https://emploi-montagne.example.fr/offre/55158", "Megève · saisonnier"),
          ("Chargé(e) de partenariats – Festival Trail des Drus", "https://emploi-montagne.example.fr/offre/55162", "Chamonix · CDD"),
          ("Conseil : après un refus, faut-il relancer le recruteur ?", "https://emploi-montagne.example.fr/conseils/relancer", "Notre guide pour rebondir après une réponse négative ou un entretien annulé."),
      ], 'Vous recevez cet e-mail car vous avez créé une alerte. <a href="https://emploi-montagne.example.fr/desinscription?k=jml">Se désinscrire</a>', accent="#264653", lang="fr"),
      cte="b64", subj_enc=("utf-8", "Q")),

    M(kind="other", slug="radio_demande_interview", lang="fr", company="", contact="",
      frm=("Lucie Perrier", "lucie.perrier@radio-valleeblanche.example.fr"),
      subject="Demande d'interview – émission « Les gens d'en haut »",
      date="2026-09-15 11:25 +0200",
      text="""Bonjour Jannik,

Je suis journaliste à Radio Vallée Blanche et je prépare pour notre émission « Les gens d'en haut » un numéro consacré aux moniteurs de ski qui changent de métier.

Un ami commun de l'École de Glisse m'a parlé de votre parcours entre Innsbruck et Chamonix, et de vos candidatures dans le marketing sportif. Accepteriez-vous de répondre à mes questions pendant une vingtaine de minutes ? L'enregistrement peut se faire par téléphone ou dans notre studio de Chamonix, à votre convenance, d'ici la fin du mois.

Merci d'avance pour votre retour,
Lucie Perrier
Journaliste – Radio Vallée Blanche
04 50 53 72 10""",
      cte="qp", subj_enc=("utf-8", "B")),

    M(kind="other", slug="master_candidature_non_retenue", lang="fr", company="", contact="",
      frm=("Scolarité Master Management du Sport", "scolarite-mms@univ-savoie-alpes.example.fr"),
      subject="Master Management du sport – réponse à votre candidature",
      date="2026-06-05 16:30 +0200",
      text="""Monsieur Mbeki-Laurent,

La commission pédagogique du Master Management du sport, parcours Tourisme sportif et loisirs de montagne, s'est réunie le 3 juin 2026 pour examiner les dossiers de candidature en première année.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue pour la rentrée 2026. Le nombre de places étant limité à 24, la commission a privilégié les candidats titulaires d'une licence STAPS ou d'une licence en gestion.

Vous pouvez consulter le détail de la décision sur la plateforme de candidature. Un recours gracieux est possible dans un délai de deux mois.

Le service de scolarité
Université Savoie-Alpes – UFR Sciences et Montagne""",
      charset="windows-1252", cte="qp", subj_enc=("windows-1252", "Q")),

    M(kind="other", slug="absence_aiguille_autoreply", lang="fr", company="", contact="",
      refs=["<CAFx8jml.question.aiguille@mail.example.at>"],
      frm=("Nicolas Favre", "nicolas.favre@aiguille-sports.example.fr"),
      subject="Réponse automatique : Question avant notre entretien",
      date="2026-05-16 09:03 +0200",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Bonjour,

Je suis absent jusqu'au vendredi 22 mai inclus et ne consulte pas mes e-mails.

Pour toute question concernant un recrutement ou un entretien, merci de contacter Camille Rouvier : camille.rouvier@aiguille-sports.example.fr.

Cordialement,
Nicolas Favre
Directeur marketing – Aiguille Sports""",
      cte="8bit", subj_enc=("iso-8859-1", "Q")),

    # ------------------------------------------------------------ es
    M(kind="other", slug="own_disculpa_picblanc", lang="es", company="", contact="",
      key="pb_sorry", parent="pb_missed",
      frm=CAND, to=[("Laia Puig", "laia.puig@picblanc.example.ad")],
      subject="Re: Entrevista telefónica – Técnico/a de Marketing de Estaciones",
      date="2026-06-11 13:02 +0200",
      text=PICBLANC_APOLOGY, cte="qp", subj_enc=("utf-8", "Q")),

    M(kind="other", slug="respuesta_automatica_picblanc", lang="es", company="", contact="",
      parent="pb_sorry",
      frm=("Laia Puig", "laia.puig@picblanc.example.ad"),
      subject="Respuesta automática: Re: Entrevista telefónica – Técnico/a de Marketing de Estaciones",
      date="2026-06-11 13:03 +0200",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      text="""Gracias por tu mensaje.

Estoy fuera de la oficina hasta el lunes 15 de junio, en la feria de turismo de Toulouse. Responderé a tu correo a mi vuelta.

Para temas urgentes de selección puedes escribir a seleccio@picblanc.example.ad.

Laia Puig
Responsable de Selección – Pic Blanc Resorts""",
      cte="qp"),

    M(kind="other", slug="empleo_pirineo_alertas", lang="es", company="", contact="",
      frm=("Empleo Pirineo", "alertas@empleopirineo.example.es"),
      subject="Tus alertas: 5 ofertas nuevas de marketing en Andorra",
      date="2026-07-27 07:30 +0200",
      headers=[("List-Id", "Alertas Empleo Pirineo <alertas.empleopirineo.example.es>"), ("List-Unsubscribe", "<https://empleopirineo.example.es/baja?u=55jml>"), *_LIST],
      text="""EMPLEO PIRINEO – Alertas de empleo

Hola Jannik, estas son las ofertas nuevas para tu búsqueda «marketing» en Andorra:

· Técnico/a de promoción turística – Turismo Valls del Nord – Ordino
  https://empleopirineo.example.es/oferta/30881
· Ejecutivo/a de Cuentas Deportivas – Nevada Pirineo Marketing – Andorra la Vella
  https://empleopirineo.example.es/oferta/30902
· Coordinador/a de eventos – Andbike Events – La Massana
  https://empleopirineo.example.es/oferta/30917
· Community manager – Hotel Roc Blanc – Escaldes
  https://empleopirineo.example.es/oferta/30925
· Dependiente/a tienda de esquí – Pas de la Casa
  https://empleopirineo.example.es/oferta/30940

Consejo de la semana: ¿te han rechazado tras la entrevista? Pide feedback concreto y agradece siempre la oportunidad.

Darte de baja: https://empleopirineo.example.es/baja?u=55jml""",
      html=newsletter("Empleo Pirineo", "Hola Jannik, estas son las ofertas nuevas para tu búsqueda <b>marketing</b> en Andorra.", [
          ("Técnico/a de promoción turística – Turismo Valls del Nord", "https://empleopirineo.example.es/oferta/30881", "Ordino"),
          ("Ejecutivo/a de Cuentas Deportivas – Nevada Pirineo Marketing", "https://empleopirineo.example.es/oferta/30902", "Andorra la Vella"),
          ("Coordinador/a de eventos – Andbike Events", "https://empleopirineo.example.es/oferta/30917", "La Massana"),
          ("Community manager – Hotel Roc Blanc", "https://empleopirineo.example.es/oferta/30925", "Escaldes"),
          ("Dependiente/a tienda de esquí", "https://empleopirineo.example.es/oferta/30940", "Pas de la Casa"),
      ], '<a href="https://empleopirineo.example.es/baja?u=55jml">Darte de baja</a>', accent="#b5651d", lang="es"),
      cte="qp", html_cte="b64"),

    M(kind="other", slug="amiga_rechazada", lang="es", company="", contact="",
      frm=("Carla Vilaró", "carla.vilaro@correu.example.ad"),
      subject="me han dicho que no :(", date="2026-08-22 20:48 +0200",
      text="""Hola Jannik!

¿Te acuerdas de la entrevista en el hotel de Soldeu de la que te hablé? Pues hoy me han escrito: «lamentamos comunicarte que hemos seleccionado a otra persona». Después de dos entrevistas y una prueba de inglés. Estoy de bajón.

¿Y tú qué tal con lo de Andorra? ¿Te llamaron al final los de Valls del Nord?

Si vienes en septiembre, cenamos juntos y me cuentas.

Besos,
Carla""",
      cte="8bit", name_enc=("iso-8859-1", "Q")),

    M(kind="other", slug="banco_cita_gestor", lang="es", company="", contact="",
      frm=("Banc Pirinenc", "avisos@bancpirinenc.example.ad"),
      reply_to=("Jordi Armengol", "jordi.armengol@bancpirinenc.example.ad"),
      subject="Confirmación de su cita con su gestor",
      date="2026-09-01 09:30 +0200",
      text="""Estimado cliente:

Le confirmamos la cita con su gestor, Jordi Armengol, para revisar su posición global y la apertura de la cuenta de nómina:

Fecha: jueves 10 de septiembre de 2026
Hora: 12:00
Oficina: Av. Meritxell 12, Andorra la Vella

Si no puede asistir, le rogamos que nos avise con antelación para reprogramar la cita.

Atentamente,
Banc Pirinenc

Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, por favor notifíquelo al remitente y elimínelo.""",
      charset="iso-8859-1", cte="qp"),

    M(kind="other", slug="consejos_preparar_entrevista", lang="es", company="", contact="",
      frm=("Talento Montaña", "boletin@talentomontana.example.es"),
      subject="Cómo preparar una entrevista de trabajo en el sector turístico",
      date="2026-06-17 08:00 +0200",
      headers=[("List-Id", "Boletin Talento Montana <boletin.talentomontana.example.es>"), ("List-Unsubscribe", "<https://talentomontana.example.es/baja>"), *_LIST],
      html=simple_html("""<h2>Cómo preparar una entrevista de trabajo en el sector turístico</h2>
<p>Te han convocado a una entrevista en una estación de esquí o en una oficina de turismo. ¿Y ahora qué?</p>
<ul>
<li><b>Investiga la temporada:</b> conoce las cifras de visitantes y los eventos principales.</li>
<li><b>Prepara ejemplos:</b> una situación difícil con un cliente, un grupo, una reclamación.</li>
<li><b>Cuida los idiomas:</b> muchas entrevistas cambian al inglés o al francés sin avisar.</li>
<li><b>Si te cancelan o te cambian la hora,</b> responde rápido y con flexibilidad: dice mucho de ti.</li>
</ul>
<p>Y si al final no te eligen, no te desanimes: una respuesta negativa hoy puede ser una oferta mañana.</p>
<p style="font-size:11px;color:#888">Boletín Talento Montaña · <a href="https://talentomontana.example.es/baja">Darse de baja</a></p>""", "es"),
      cte="qp"),

    M(kind="other", slug="pedido_retrasado", lang="es", company="", contact="",
      frm=("PiriEnvíos", "no-responder@pirienvios.example.es"),
      subject="Lamentablemente, tu pedido se retrasa", date="2026-10-02 18:10 +0200",
      headers=[("Auto-Submitted", "auto-generated")],
      text="""Hola Jannik:

Lamentablemente, tu pedido n.º PE-204418 (botas de travesía, talla 44) se retrasa por una incidencia en la aduana de Andorra.

Nueva fecha estimada de entrega: martes 6 de octubre.

No tienes que hacer nada. Te avisaremos en cuanto el paquete salga de nuestro almacén.

Sigue tu envío: https://pirienvios.example.es/seguimiento/PE204418

Atención al cliente de PiriEnvíos""",
      cte="b64", name_enc=("utf-8", "B")),

    M(kind="other", slug="redprofesional_candidatura_vista", lang="es", company="", contact="",
      frm=("RedProfesional", "notificaciones@redprofesional.example.es"),
      subject="Tu candidatura ha sido vista por Nevada Pirineo Marketing",
      date="2026-09-02 17:40 +0200",
      headers=[("Auto-Submitted", "auto-generated"),
               ("List-Unsubscribe", "<https://redprofesional.example.es/ajustes/avisos>")],
      html=notification_card("RedProfesional", "#00796b", """<p>Hola Jannik:</p>
<p><b>Nevada Pirineo Marketing</b> ha visto tu candidatura para <b>Ejecutivo/a de Cuentas Deportivas</b>.</p>
<p>Consejo: los candidatos con un perfil completo tienen más probabilidades de ser llamados a una entrevista.</p>
""" + button("Ver mi candidatura", "https://redprofesional.example.es/candidaturas/88121", "#00796b"),
      '<a href="https://redprofesional.example.es/ajustes/avisos">Gestionar avisos</a>', lang="es"),
      cte="qp"),
]

