# ruff: noqa  (hand-written message data: dict(...) specs and long text lines are intended)
"""Corpus 287, rejections: 31 hand-written specs (de 15, fr 8, en 4, es 4)."""

from __future__ import annotations

import datetime as _dt

from msgs287_common import ats_card, button, forward_block, mso, outlook_html, paras, simple_html

K = "rejection"

MESSAGES: list[dict] = []
add = MESSAGES.append

# ---------------------------------------------------------------- German (15)

add(dict(
    kind=K, slug="ostwind_after_panel_quotes_thanks", lang="de", id="ostwind_rej",
    company="Ostwind Bahn", contact="sandra.kaelin@ostwindbahn.example.ch",
    parent="ostwind_thanks", quote="gmail",
    sender=("Sandra Kälin", "sandra.kaelin@ostwindbahn.example.ch"),
    subject="Re: Dankeschön für das Gespräch vom 5. März",
    date="2026-03-16 15:42", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Vielen Dank für Ihre freundlichen Zeilen nach unserem Gespräch. Auch Herr Näf und ich haben den Austausch mit Ihnen sehr geschätzt.

Wir haben uns die Entscheidung nicht leicht gemacht. Das Gremium hat sich am Ende für eine Person entschieden, die bereits seit mehreren Jahren ein Team im Kundencenter führt. Für die Funktion Teamleiter/in Kundencenter Ostschweiz können wir Ihnen deshalb keine Zusage geben.

Ihre Erfahrung aus dem Zugbegleitdienst hat uns beeindruckt. Wenn Sie einverstanden sind, nehmen wir Ihr Dossier gerne in unseren Talentpool für künftige Führungsfunktionen auf; ein kurzes Ja per Mail genügt.

Freundliche Grüsse

Sandra Kälin
HR Business Partnerin Personenverkehr
Ostwind Bahn AG | Bahnhofplatz 2 | 9001 St. Gallen
T +41 71 228 40 17
""",
))

add(dict(
    kind=K, slug="limmat_workday_role_on_hold", lang="de", id="limmat_rej",
    company="Limmat Telecom", contact="", parent="limmat_cancel",
    sender=("Limmat Telecom", "limmattel@myworkday.com"),
    subject="Information zu Ihrer Bewerbung – Teamleiter/in Kundenservice (R-10482)",
    date="2026-06-02 07:15", tz="+0000", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
    html=ats_card("Limmat Telecom Karriere", "#5a2d82", paras("""Guten Tag Reto

Wir möchten Sie über den aktuellen Stand der Stelle Teamleiter/in Kundenservice (R-10482) informieren.

Im Zuge einer Neuorganisation unseres Kundendienstes wurde die Rekrutierung für diese Funktion bis auf Weiteres sistiert. Das Auswahlverfahren wird nicht fortgesetzt, und wir schliessen Ihre Bewerbung in unserem System ab. Der abgesagte Assessment-Termin wird daher nicht mehr neu angesetzt.

Wird die Funktion später wieder ausgeschrieben, finden Sie sie in unserem Stellenportal. Ihr Kandidatenprofil bleibt bestehen, solange Sie es nicht löschen.

Freundliche Grüsse
Talent Acquisition Limmat Telecom""")
        + button("https://limmattel.wd3.myworkday.com/limmattel/login", "Zum Kandidatenprofil", "#5a2d82"),
        "Diese Nachricht wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.<br>"
        "Limmat Telecom AG, Hardstrasse 219, 8005 Zürich"),
))

add(dict(
    kind=K, slug="brueckner_relays_rheintal_no", lang="de", id="brueckner_rej",
    company="Rheintal Versicherung", contact="jasmin.oertli@brueckner-personal.example.ch",
    parent="brueckner_missed",
    sender=("Jasmin Oertli", "jasmin.oertli@brueckner-personal.example.ch"),
    subject="Rheintal Versicherung – Rückmeldung des Kunden",
    date="2026-03-04 11:20", cte="qp",
    text="""Hallo Herr Baumgartner-Osei

Wie heute Morgen am Telefon angekündigt, hier noch schriftlich: Die Rheintal Versicherung hat sich nach interner Rücksprache entschieden, den Prozess für die Teamleitung Schadenservice in Widnau mit Ihnen nicht weiterzuführen.

Offen gesagt hat der geplatzte Termin vom 26. Februar eine Rolle gespielt; der Kunde hat inzwischen mit zwei anderen Personen die zweite Runde gestartet. Ich habe Ihre Erklärung weitergegeben, konnte den Entscheid aber nicht mehr drehen.

Ich melde mich, sobald ich ein passendes neues Mandat habe – Ihr Profil bleibt bei uns aktiv.

Beste Grüsse
Jasmin Oertli
Senior Consultant Versicherungen & Finanzen

Brückner Personal AG
Vadianstrasse 25, 9000 St. Gallen
+41 71 511 62 90 | www.brueckner-personal.example.ch

Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den Adressaten bestimmt. Sollten Sie diese Nachricht irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die E-Mail.
""",
    html=simple_html(paras("""Hallo Herr Baumgartner-Osei

Wie heute Morgen am Telefon angekündigt, hier noch schriftlich: Die Rheintal Versicherung hat sich nach interner Rücksprache entschieden, den Prozess für die Teamleitung Schadenservice in Widnau mit Ihnen nicht weiterzuführen.

Offen gesagt hat der geplatzte Termin vom 26. Februar eine Rolle gespielt; der Kunde hat inzwischen mit zwei anderen Personen die zweite Runde gestartet. Ich habe Ihre Erklärung weitergegeben, konnte den Entscheid aber nicht mehr drehen.

Ich melde mich, sobald ich ein passendes neues Mandat habe – Ihr Profil bleibt bei uns aktiv.

Beste Grüsse
Jasmin Oertli
Senior Consultant Versicherungen & Finanzen""")
        + '\n<p style="color:#777;font-size:11px">Brückner Personal AG · Vadianstrasse 25 · 9000 St. Gallen · +41 71 511 62 90<br>'
        "Diese E-Mail enthält vertrauliche Informationen und ist ausschliesslich für den Adressaten bestimmt. "
        "Sollten Sie diese Nachricht irrtümlich erhalten haben, informieren Sie bitte den Absender und löschen Sie die E-Mail.</p>"),
))

add(dict(
    kind=K, slug="thurtal_softgarden_formal", lang="de", id="thurtal_rej",
    company="Thurtal Energie", contact="", parent="thurtal_ack",
    sender=("Thurtal Energie AG", "noreply@softgarden.io"),
    subject="Ihre Bewerbung bei der Thurtal Energie AG", subject_enc=None,
    date="2026-02-09 09:03", charset="iso-8859-1", cte="qp",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "softgarden e-recruiting")],
    text="""Sehr geehrter Herr Baumgartner-Osei

Vielen Dank für Ihr Interesse an der Position "Teamleiter/in Kundendialog (80-100 %)" in Frauenfeld und für die Zeit, die Sie in Ihre Unterlagen investiert haben.

Nach eingehender Prüfung aller Bewerbungen müssen wir Ihnen mitteilen, dass wir Sie im weiteren Auswahlverfahren nicht berücksichtigen können. Diese Entscheidung ist keine Bewertung Ihrer Person; ausschlaggebend war der Vergleich mit den Anforderungen, die wir an diese Funktion stellen.

Ihre Daten werden gemäss unserer Datenschutzerklärung nach sechs Monaten gelöscht.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse

Thurtal Energie AG
Personalabteilung

--
Diese E-Mail wurde über softgarden versendet. Bitte antworten Sie nicht auf diese Nachricht.
""",
))

add(dict(
    kind=K, slug="eulach_terse_from_phone", lang="de",
    company="Eulach Energie", contact="roger.wyss@eulach-energie.example.ch", parent="eulach_ack",
    sender=("Roger Wyss", "roger.wyss@eulach-energie.example.ch"),
    subject="Re: Bewerbung Teamleiter Kundenservice",
    date="2026-08-27 18:51", cte="8bit",
    text="""Hallo Herr Baumgartner-Osei

Kurz und ehrlich: Wir nehmen jemanden mit Erfahrung im Energievertrieb, deshalb wird es mit Ihnen nichts. Danke fürs Bewerben und alles Gute.

Roger Wyss

Von meinem iPhone gesendet
""",
))

add(dict(
    kind=K, slug="kanton_amt_filled_internally", lang="de", id="amt_rej", parent="amt_inv",
    company="Amt für Bürgerdienste St. Gallen", contact="monika.gaehwiler@buergerdienste.sg.example.ch",
    sender=("Gähwiler Monika BD", "monika.gaehwiler@buergerdienste.sg.example.ch"),
    from_enc=("iso-8859-1", "Q"),
    subject="Stelle 2026-114 Teamleitung Schalter und Telefonie: Ihr Dossier",
    date="2026-10-14 10:05", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei

Wir danken Ihnen nochmals für das Vorstellungsgespräch vom 29. September und das Interesse an unserem Amt.

Inzwischen hat sich eine Mitarbeiterin aus unserem eigenen Schalterteam für die Teamleitung beworben. Wir haben uns entschieden, die Stelle intern zu besetzen. Ihre Bewerbung können wir darum nicht weiter berücksichtigen. Die eingereichten Unterlagen senden wir Ihnen nicht zurück; sie werden nach Abschluss des Verfahrens vernichtet.

Für Ihre weitere Stellensuche wünschen wir Ihnen viel Erfolg.

Freundliche Grüsse

Monika Gähwiler
Leiterin Personaldienst
Kanton St. Gallen
Amt für Bürgerdienste
Davidstrasse 35
9001 St. Gallen
Tel. 058 229 71 40

**********************************************************************
Diese Nachricht ist ausschliesslich für die adressierte Person bestimmt
und kann vertrauliche oder durch das Amtsgeheimnis geschützte
Informationen enthalten. Wenn Sie nicht die richtige adressierte Person
sind, benachrichtigen Sie bitte umgehend den Absender und löschen Sie
diese Nachricht. Jede unerlaubte Verwendung ist untersagt.
**********************************************************************
""",
    html=outlook_html(mso("""Sehr geehrter Herr Baumgartner-Osei

Wir danken Ihnen nochmals für das Vorstellungsgespräch vom 29. September und das Interesse an unserem Amt.

Inzwischen hat sich eine Mitarbeiterin aus unserem eigenen Schalterteam für die Teamleitung beworben. Wir haben uns entschieden, die Stelle intern zu besetzen. Ihre Bewerbung können wir darum nicht weiter berücksichtigen. Die eingereichten Unterlagen senden wir Ihnen nicht zurück; sie werden nach Abschluss des Verfahrens vernichtet.

Für Ihre weitere Stellensuche wünschen wir Ihnen viel Erfolg.

Freundliche Grüsse

Monika Gähwiler
Leiterin Personaldienst
Kanton St. Gallen, Amt für Bürgerdienste, Davidstrasse 35, 9001 St. Gallen, Tel. 058 229 71 40

Diese Nachricht ist ausschliesslich für die adressierte Person bestimmt und kann vertrauliche oder durch das Amtsgeheimnis geschützte Informationen enthalten. Wenn Sie nicht die richtige adressierte Person sind, benachrichtigen Sie bitte umgehend den Absender und löschen Sie diese Nachricht.""")),
))

add(dict(
    kind=K, slug="zueriberg_personio_closer_match", lang="de", parent="zueriberg_ack",
    company="Züriberg Assekuranz", contact="lea.brunner@zueriberg-assekuranz.example.ch",
    sender=("Züriberg Assekuranz", "no-reply@personio.de"),
    reply_to=("Lea Brunner", "lea.brunner@zueriberg-assekuranz.example.ch"),
    subject="Deine Bewerbung als Teamlead Customer Care",
    date="2026-02-25 14:30", cte="qp",
    text="""Hallo Reto

Danke, dass du dich für die Rolle als Teamlead Customer Care bei uns in Oerlikon interessiert hast.

Wir haben alle Bewerbungen sorgfältig angeschaut und uns entschieden, mit Kandidatinnen und Kandidaten weiterzugehen, deren Erfahrung noch genauer zu dem passt, was das Team im Moment braucht – vor allem im Bereich Schadenbearbeitung.

Falls du Fragen hast, antworte einfach auf diese Nachricht; sie landet direkt bei mir.

Liebe Grüsse
Lea Brunner
People & Culture, Züriberg Assekuranz
""",
    wrap=lambda body: ats_card("Züriberg Assekuranz", "#00796b", body,
                               "Gesendet mit Personio · Züriberg Assekuranz AG · Thurgauerstrasse 60 · 8050 Zürich"),
))

add(dict(
    kind=K, slug="seelinie_konstanz_position_dropped", lang="de", parent="seelinie_ack",
    company="Seelinie Konstanz", contact="tobias.maurer@seelinie-kn.example.de",
    sender=("Tobias Maurer", "tobias.maurer@seelinie-kn.example.de"),
    subject="Stelle Teamleitung Fahrgastservice – Verfahren eingestellt",
    subject_enc=("windows-1252", "Q"),
    date="2026-04-22 13:12", charset="windows-1252", cte="qp",
    text="""Sehr geehrter Herr Baumgartner-Osei,

Sie hatten sich im März auf unsere Ausschreibung „Teamleitung Fahrgastservice“ beworben. Ich muss Ihnen heute mitteilen, dass es diese Stelle in der ausgeschriebenen Form nicht mehr geben wird.

Die Geschäftsleitung hat beschlossen, den Kundendienst von Schiff und Bus ab Sommer zusammenzulegen; die Leitung übernimmt eine bestehende Führungskraft. Das Bewerbungsverfahren ist damit ohne Besetzung beendet – das hat nichts mit Ihren Unterlagen zu tun, die einen sehr guten Eindruck gemacht haben.

Mit freundlichen Grüssen

Tobias Maurer
Personalreferent
Seelinie Konstanz GmbH
Hafenstrasse 6 · 78462 Konstanz
Telefon +49 7531 918 24 30
""",
))

add(dict(
    kind=K, slug="pfaender_casual_du", lang="de", parent="pfaender_inv",
    company="Pfänder Telekom", contact="lukas.fink@pfaender-telekom.example.at",
    sender=("Lukas Fink", "lukas.fink@pfaender-telekom.example.at"),
    subject="Kurzes Update zur Teamleitung Hotline",
    date="2026-05-12 17:08", cte="8bit",
    text="""Servus Reto,

ich schreib dir lieber direkt statt über die HR-Vorlage. Wir haben uns im Team für eine Kollegin entschieden, die schon seit drei Jahren bei uns in der Hotline sitzt und die Systeme in- und auswendig kennt. Für dich wird es diesmal also nicht klappen.

Der Kaffee mit dir in Bregenz war trotzdem einer der angenehmsten Termine der ganzen Runde. Wenn wir im Herbst die zweite Schicht aufbauen, denk ich an dich.

Lass es dir gut gehen,
Lukas

--
Lukas Fink | Leiter Kundenhotline
Pfänder Telekom GmbH | Rheinstrasse 14 | 6900 Bregenz
+43 5574 21 880
""",
))

add(dict(
    kind=K, slug="prater_wien_formal_base64", lang="de", parent="prater_ack",
    company="Prater Versicherung", contact="elisabeth.hofbauer@prater-versicherung.example.at",
    sender=("Mag. Elisabeth Hofbauer", "elisabeth.hofbauer@prater-versicherung.example.at"),
    subject="Ihre Bewerbung – Teamleitung Kundenservice Landesdirektion Wien",
    subject_enc=("utf-8", "B"),
    date="2026-03-12 08:47", cte="b64",
    text="""Sehr geehrter Herr Baumgartner-Osei,

wir bedanken uns für Ihre Bewerbung und das damit verbundene Interesse an der Prater Versicherung.

Die Auswahl fiel uns angesichts der hohen Zahl qualifizierter Bewerbungen nicht leicht. Nach Abwägung aller Unterlagen haben wir uns jedoch für eine Kandidatin entschieden, die über langjährige Erfahrung im österreichischen Versicherungsvertrieb verfügt. Wir bitten Sie um Verständnis, dass wir Ihnen daher keine positive Nachricht übermitteln können.

Ihre Bewerbungsunterlagen werden entsprechend den datenschutzrechtlichen Bestimmungen gelöscht.

Mit freundlichen Grüssen

Mag. Elisabeth Hofbauer
Human Resources
Prater Versicherung AG
Praterstrasse 38, 1020 Wien
T +43 1 214 55 0
""",
))

add(dict(
    kind=K, slug="gallusbus_after_second_round_outlook", lang="de", parent="gallus_inv", quote="outlook",
    company="Gallus Bus", contact="patrick.eberle@gallusbus.example.ch",
    sender=("Eberle Patrick", "patrick.eberle@gallusbus.example.ch"),
    subject="AW: Einladung zum Vorstellungsgespräch – Teamleiter/in Kundenzentrum",
    date="2026-05-19 16:20", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Nach dem zweiten Gespräch vom 12. Mai haben wir in der Geschäftsleitung intensiv diskutiert. Es war knapp. Den Ausschlag hat schliesslich die Erfahrung in Dienstplanung und Personaleinsatz gegeben, die die andere Finalistin mitbringt.

Die Teamleitung im Kundenzentrum können wir Ihnen daher nicht übertragen. Ich bedaure das persönlich, weil mir Ihre Art, mit schwierigen Fahrgästen umzugehen, sehr gefallen hat.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback – rufen Sie mich einfach an.

Freundliche Grüsse
Patrick Eberle
Leiter Kundenzentrum
Gallus Bus AG | St. Leonhard-Strasse 20 | 9000 St. Gallen
Direkt +41 71 243 19 55
""",
    html=outlook_html(mso("""Guten Tag Herr Baumgartner-Osei

Nach dem zweiten Gespräch vom 12. Mai haben wir in der Geschäftsleitung intensiv diskutiert. Es war knapp. Den Ausschlag hat schliesslich die Erfahrung in Dienstplanung und Personaleinsatz gegeben, die die andere Finalistin mitbringt.

Die Teamleitung im Kundenzentrum können wir Ihnen daher nicht übertragen. Ich bedaure das persönlich, weil mir Ihre Art, mit schwierigen Fahrgästen umzugehen, sehr gefallen hat.

Gerne gebe ich Ihnen telefonisch ein ausführlicheres Feedback – rufen Sie mich einfach an.

Freundliche Grüsse
Patrick Eberle
Leiter Kundenzentrum
Gallus Bus AG | St. Leonhard-Strasse 20 | 9000 St. Gallen
Direkt +41 71 243 19 55
""")),
))

add(dict(
    kind=K, slug="alpstein_successfactors_latin1", lang="de", parent="alpstein_missed",
    company="Alpstein Energie", contact="",
    sender=("Alpstein Energie Recruiting", "noreply@successfactors.eu"),
    subject="Rückmeldung zu Ihrer Bewerbung (Job-ID 4471)", subject_enc=("iso-8859-1", "Q"),
    date="2026-06-05 06:30", tz="+0000", charset="iso-8859-1", cte="8bit",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text="""Guten Tag Herr Baumgartner-Osei

Sie haben sich bei der Alpstein Energie AG als Teamleiter Kundenservice (Job-ID 4471) beworben.

Wir haben leider keine gute Nachricht für Sie: Ihre Bewerbung ist in diesem Verfahren nicht mehr im Rennen. Nachdem das vereinbarte Videogespräch nicht zustande gekommen ist, haben wir die Auswahl mit den übrigen Kandidatinnen und Kandidaten abgeschlossen.

Auf unserer Karriereseite finden Sie laufend neue Angebote. Wir freuen uns, wenn Sie wieder vorbeischauen.

Freundliche Grüsse
Ihr Recruiting-Team der Alpstein Energie AG

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.
""",
))

add(dict(
    kind=K, slug="toesstal_unnamed_client_declines", lang="de", parent="toesstal_ack",
    company="Tösstal Personal", contact="andrea.bosshard@toesstal-personal.example.ch",
    sender=("Andrea Bosshard", "andrea.bosshard@toesstal-personal.example.ch"),
    subject="Ihr Dossier beim Versicherungsmandat Winterthur",
    date="2026-07-01 09:55", cte="qp",
    text="""Guten Morgen Herr Baumgartner-Osei

Ich habe Ihr Dossier wie besprochen anonymisiert bei meinem Kunden, einem Versicherer in der Region Winterthur, eingereicht. Heute kam die Antwort: Man wird Sie nicht zu einem Gespräch einladen. Der Kunde besteht für diese Teamleitung auf einer abgeschlossenen Führungsausbildung (z. B. SVF), und diese fehlt in Ihrem Lebenslauf noch.

Das ist ärgerlich, aber kein Urteil über Ihre Eignung. Sobald Sie den Lehrgang begonnen haben, sieht die Ausgangslage bei vielen Firmen anders aus – geben Sie mir gerne Bescheid.

Herzliche Grüsse
Andrea Bosshard
Personalberaterin

Tösstal Personal AG
Stadthausstrasse 71, 8400 Winterthur
052 269 33 10
""",
))

add(dict(
    kind=K, slug="zuerichsee_reply_to_status_question", lang="de", parent="zuerichsee_followup", quote="gmail",
    company="Zürichsee Telefonie", contact="corinne.widmer@zuerichsee-tel.example.ch",
    sender=("Corinne Widmer", "corinne.widmer@zuerichsee-tel.example.ch"),
    subject="Re: Nachfrage zum Stand meiner Bewerbung (Teamleiter Kundendienst)",
    date="2026-02-23 12:14", cte="qp",
    text="""Guten Tag Herr Baumgartner-Osei

Entschuldigen Sie, dass Sie nachfragen mussten – das hätte nicht passieren dürfen.

Die Stelle ist seit Anfang Februar vergeben. Wir haben Ihre Bewerbung leider nicht mehr berücksichtigen können und es versäumt, Ihnen das mitzuteilen. Ich bitte Sie dafür um Entschuldigung.

Freundliche Grüsse
Corinne Widmer
HR-Assistentin
Zürichsee Telefonie AG, Seestrasse 112, 8810 Horgen
""",
))

add(dict(
    kind=K, slug="bodan_after_assessment_outlook_html", lang="de", parent="bodan_inv",
    company="Bodan Versicherung", contact="katrin.ebner@bodan-versicherung.example.de",
    sender=("Ebner, Katrin", "katrin.ebner@bodan-versicherung.example.de"),
    subject="Ihr Assessment bei der Bodan Versicherung – unser Feedback",
    date="2026-06-10 15:33", cte="qp",
    html=outlook_html(mso("""Sehr geehrter Herr Baumgartner-Osei,

vielen Dank für Ihren Einsatz an unserem Assessment-Tag in Konstanz.

Die Beobachterinnen und Beobachter waren von Ihrer Kundenorientierung und Ihrer Ruhe im Rollenspiel angetan. Schwächer fiel die Fallstudie zur Teamsteuerung aus: Kennzahlen und Einsatzplanung kamen aus unserer Sicht zu kurz. In der Gesamtbewertung lagen zwei andere Teilnehmende vor Ihnen, und wir werden die Position mit einer dieser Personen besetzen.

Wir würden uns freuen, wenn Sie sich bei einer künftigen Ausschreibung wieder bei uns melden.

Mit freundlichen Grüssen

Katrin Ebner
Personalentwicklung
Bodan Versicherung AG
Seestrasse 21, 78464 Konstanz
Tel. +49 7531 802 114""")),
))

# ---------------------------------------------------------------- French (8)

add(dict(
    kind=K, slug="mutuelle_lavaux_after_panel_quotes_merci", lang="fr", parent="lavaux_thanks", quote="gmail",
    company="Mutuelle Lavaux", contact="sophie.rochat@mutuelle-lavaux.example.ch",
    sender=("Sophie Rochat", "sophie.rochat@mutuelle-lavaux.example.ch"),
    subject="Re: Merci pour l'entretien de mercredi",
    date="2026-04-10 16:02", cte="qp",
    text="""Bonjour Monsieur Baumgartner-Osei,

Merci pour votre message, qui nous a fait plaisir.

Après avoir rencontré l'ensemble des personnes retenues, le panel a choisi un autre profil pour la responsabilité de l'équipe Relation membres. La personne retenue gère déjà une équipe dans le domaine de l'assurance maladie, ce qui a pesé dans la balance.

Je sais que ce n'est pas la réponse que vous espériez. Votre parcours reste atypique et intéressant ; n'hésitez pas à postuler de nouveau chez nous.

Avec mes meilleures salutations,

Sophie Rochat
Responsable recrutement
Mutuelle Lavaux SA
Avenue de la Gare 9 · 1003 Lausanne
+41 21 612 40 88
""",
))

add(dict(
    kind=K, slug="romandie_telecom_smartrecruiters", lang="fr", parent="romandie_ack",
    company="Romandie Télécom", contact="",
    sender=("Romandie Télécom", "no-reply@smartrecruiters.com"),
    from_enc=("utf-8", "B"),
    subject="Votre candidature – Chef·fe d'équipe Service clientèle", subject_enc=("utf-8", "B"),
    date="2026-05-21 08:10", tz="+0000", cte="qp",
    text="""Bonjour Reto,

Nous vous remercions de l'intérêt que vous portez à Romandie Télécom et du temps consacré à votre candidature.

Après examen attentif de votre dossier, nous avons décidé de poursuivre le processus avec d'autres candidates et candidats dont le profil correspond davantage aux exigences du poste.

Nous conservons vos données dans notre vivier pendant douze mois, sauf avis contraire de votre part.

Meilleures salutations,
L'équipe Talent Acquisition
Romandie Télécom
""",
    html=ats_card("Romandie Télécom", "#c8102e", paras("""Bonjour Reto,

Nous vous remercions de l'intérêt que vous portez à Romandie Télécom et du temps consacré à votre candidature.

Après examen attentif de votre dossier, nous avons décidé de poursuivre le processus avec d'autres candidates et candidats dont le profil correspond davantage aux exigences du poste.

Nous conservons vos données dans notre vivier pendant douze mois, sauf avis contraire de votre part.

Meilleures salutations,
L'équipe Talent Acquisition
Romandie Télécom"""),
        "Propulsé par SmartRecruiters · Merci de ne pas répondre à ce message automatique.", lang="fr"),
))

add(dict(
    kind=K, slug="riponne_forwards_sauvabelin_no", lang="fr",
    company="Assurances Sauvabelin", contact="yann.dubois@placement-riponne.example.ch",
    sender=("Yann Dubois", "yann.dubois@placement-riponne.example.ch"),
    subject="TR: Candidature R. Baumgartner-Osei – chef d'équipe centre d'appels",
    date="2026-06-18 10:44", cte="qp",
    text="""Bonjour Reto,

Je te transfère ci-dessous le retour que j'ai reçu ce matin d'Assurances Sauvabelin. Ils ne donneront pas suite pour le poste de chef d'équipe au centre d'appels. Je sais que tu y croyais ; de mon côté je garde ton dossier en tête pour les prochains mandats, notamment dans le transport.

Belle journée,
Yann

Yann Dubois
Conseiller en personnel
Placement Riponne SA · Place de la Riponne 3 · 1005 Lausanne
+41 21 320 77 15

""" + forward_block("fr", _dt.datetime(2026, 6, 18, 8, 52), "Léa Vuilleumier",
                    "lea.vuilleumier@sauvabelin-assurances.example.ch",
                    "Yann Dubois <yann.dubois@placement-riponne.example.ch>",
                    "Candidature R. Baumgartner-Osei – chef d'équipe centre d'appels") + """

Bonjour Monsieur Dubois,

Merci de nous avoir présenté M. Baumgartner-Osei. Son français est très bon et son expérience du contact client est indéniable. Nous avons toutefois décidé de ne pas retenir sa candidature : pour ce poste, nous avons besoin d'une personne qui connaisse déjà les produits d'assurance vie.

Avec nos meilleures salutations,
Léa Vuilleumier
Ressources humaines, Assurances Sauvabelin SA
""",
    wrap=lambda body: simple_html(body, lang="fr"),
))

add(dict(
    kind=K, slug="jorat_poste_pourvu_en_interne", lang="fr", parent="jorat_ack",
    company="Gaz et Lumière du Jorat", contact="nathalie.jaquier@gl-jorat.example.ch",
    sender=("Nathalie Jaquier", "nathalie.jaquier@gl-jorat.example.ch"),
    subject="Poste de responsable d'équipe Service clients", subject_enc=("iso-8859-1", "Q"),
    date="2026-06-30 11:25", charset="iso-8859-1", cte="qp",
    text="""Monsieur,

Nous revenons vers vous concernant votre candidature au poste de responsable d'équipe Service clients à Épalinges.

Une collaboratrice de notre service facturation s'est portée candidate en cours de procédure, et la direction a décidé de lui confier ce poste. Le poste étant désormais pourvu en interne, nous clôturons le recrutement externe.

Nous vous remercions de votre confiance et vous adressons, Monsieur, nos salutations distinguées.

Nathalie Jaquier
Ressources humaines
Gaz et Lumière du Jorat SA
Route de la Claie-aux-Moines 4, 1066 Épalinges
""",
))

add(dict(
    kind=K, slug="office_vaudois_poste_gele", lang="fr", parent="ovac_cancel",
    company="Office vaudois de l'accueil citoyen", contact="isabelle.cuendet@ovac.vd.example.ch",
    sender=("Cuendet Isabelle (OVAC)", "isabelle.cuendet@ovac.vd.example.ch"),
    subject="Procédure de recrutement – responsable d'équipe guichet",
    date="2026-10-12 14:18", cte="qp",
    text="""Monsieur Baumgartner-Osei,

Suite à l'annulation de notre entretien téléphonique du 1er octobre, je vous avais promis de revenir vers vous avec une nouvelle date.

La situation a malheureusement changé : dans le cadre des mesures budgétaires décidées par le Conseil d'État, le poste de responsable d'équipe guichet est gelé jusqu'à nouvel avis. Nous ne poursuivrons donc pas la procédure, ni avec vous ni avec les autres personnes encore en lice.

Je regrette ce contretemps et vous remercie de l'intérêt porté à notre office.

Isabelle Cuendet
Cheffe de service adjointe
Office vaudois de l'accueil citoyen
Rue de la Paix 6 – 1014 Lausanne
021 316 42 70

Ce message et ses éventuelles annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire.
""",
))

add(dict(
    kind=K, slug="leman_rail_after_missed_and_apology", lang="fr", parent="leman_apology", quote="gmail",
    company="Léman Rail", contact="chloe.favre@lemanrail.example.ch",
    sender=("Chloé Favre", "chloe.favre@lemanrail.example.ch"),
    subject="Re: Mes excuses pour l'entretien manqué",
    date="2026-02-11 09:36", cte="b64",
    text="""Bonjour Monsieur Baumgartner-Osei,

Merci pour vos explications, que j'ai transmises au responsable du centre clients.

Nous avons entre-temps terminé la première série d'entretiens et constitué la liste des finalistes. Nous avons décidé de ne pas organiser de nouvel entretien et de ne pas retenir votre candidature pour ce poste.

Je vous souhaite plein succès dans vos démarches.

Chloé Favre
Spécialiste RH
Léman Rail SA
Avenue de la Gare 43, 1003 Lausanne
""",
))

add(dict(
    kind=K, slug="flon_terse_on_part_sur_quelquun", lang="fr", parent="flon_inv",
    company="Flon Mobilité", contact="karim.benali@flon-mobilite.example.ch",
    sender=("Karim Benali", "karim.benali@flon-mobilite.example.ch"),
    subject="Suite de notre café",
    date="2026-07-17 19:02", cte="8bit",
    text="""Salut Reto,

Désolé, ce sera quelqu'un d'autre pour l'équipe du guichet. Merci d'être passé jeudi.

Karim
""",
))

add(dict(
    kind=K, slug="chauderon_taleo_cp1252", lang="fr",
    company="Chauderon Énergie", contact="",
    sender=("Chauderon Énergie Recrutement", "no-reply@taleo.net"),
    from_enc=("iso-8859-1", "Q"),
    subject="Réponse à votre candidature n° 26-0917", subject_enc=("iso-8859-1", "B"),
    date="2026-10-06 05:12", tz="-0400", charset="windows-1252", cte="qp",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Cher candidat, chère candidate,

Vous avez postulé au poste « Chef d'équipe relation clientèle (80–100 %) » chez Chauderon Énergie SA.

Nous avons le regret de vous informer que votre candidature n'a pas été retenue à l'issue de la présélection. Le nombre élevé de dossiers reçus ne nous permet pas de motiver individuellement notre décision.

Nous vous remercions de l'intérêt manifesté pour notre entreprise.

Chauderon Énergie SA – Ressources humaines
Ce courriel a été généré automatiquement ; merci de ne pas y répondre.
""",
))

# ---------------------------------------------------------------- English (4)

add(dict(
    kind=K, slug="alpine_connect_greenhouse_after_no_show", lang="en", parent="alpine_missed",
    company="Alpine Connect", contact="jana.whitfield@alpineconnect.example.com",
    sender=("Alpine Connect via Greenhouse", "no-reply@us.greenhouse-mail.io"),
    reply_to=("Jana Whitfield", "jana.whitfield@alpineconnect.example.com"),
    subject="Your application to Alpine Connect",
    date="2026-07-09 10:02", cte="qp",
    text="""Hi Reto,

Thanks for letting us know what happened with the video call last week.

We've now completed the first interview round for the Customer Care Team Lead position in Zurich, and we won't be continuing with your candidacy. We had several finalists with longer experience running multilingual support teams, and that tipped the balance.

I appreciate the interest you've shown in Alpine Connect and wish you the best with the search.

Jana Whitfield
Talent Partner, Alpine Connect
""",
    html=simple_html(paras("""Hi Reto,

Thanks for letting us know what happened with the video call last week.

We've now completed the first interview round for the Customer Care Team Lead position in Zurich, and we won't be continuing with your candidacy. We had several finalists with longer experience running multilingual support teams, and that tipped the balance.

I appreciate the interest you've shown in Alpine Connect and wish you the best with the search.

Jana Whitfield
Talent Partner, Alpine Connect""") + '\n<p style="font-size:11px;color:#999">Sent via Greenhouse</p>', lang="en"),
))

add(dict(
    kind=K, slug="northlake_lever_more_closely_matches", lang="en", parent="northlake_ack",
    company="Northlake Insurance Services", contact="",
    sender=("Northlake Insurance Services", "no-reply@hire.lever.co"),
    subject="Update on your Northlake application",
    date="2026-03-20 16:44", tz="+0000", cte="qp",
    html=ats_card("Northlake Insurance Services", "#153e75", paras("""Dear Reto,

Thank you for applying for the Service Desk Team Lead role in our Zurich hub.

After careful consideration we have decided to move forward with candidates whose experience more closely matches the requirements of this position. We know this is not the news you were hoping for.

We encourage you to keep an eye on our careers page for future roles.

Kind regards,
The Northlake Talent Team"""),
        "Sent via Lever · Northlake Insurance Services Ltd, Europaallee 41, 8004 Zurich", lang="en"),
))

add(dict(
    kind=K, slug="crestline_after_panel_quotes_thanks", lang="en", parent="crestline_thanks", quote="gmail",
    company="Crestline Energy", contact="owen.marsh@crestline-energy.example.com",
    sender=("Owen Marsh", "owen.marsh@crestline-energy.example.com"),
    subject="Re: Thank you - Customer Operations Team Lead interview",
    date="2026-09-25 17:30", cte="qp",
    text="""Reto,

Appreciate the note, and thanks again for making the rescheduled slot work.

I'll be direct: we've offered the role to another candidate who has led a billing team through a system migration, which is exactly what's ahead of us next year. So it's a no from our side this time.

You came across as calm and genuinely customer-minded. If something opens up on the field-service side, I'd happily reach out.

Best,
Owen

Owen Marsh | Head of Customer Operations DACH
Crestline Energy | Zurich office | +41 44 585 12 70
""",
))

add(dict(
    kind=K, slug="meridian_unnamed_client_passes", lang="en", parent="meridian_inv",
    company="Meridian Search Partners", contact="priya.nandakumar@meridiansearch.example.co.uk",
    sender=("Priya Nandakumar", "priya.nandakumar@meridiansearch.example.co.uk"),
    subject="Feedback on the Zurich telecoms shortlist",
    date="2026-06-24 13:05", tz="+0100", cte="qp",
    text="""Hello Reto,

Quick update on the second brief I mentioned, the confidential one for a telecoms operator in Zurich: my client has reviewed the shortlist and decided to pass on your profile. Their hiring committee wants someone who has already managed managers, and they were fairly firm on that.

Trelling is a separate process and unaffected by this.

Kind regards,
Priya

Priya Nandakumar
Principal Consultant, Transport & Utilities
Meridian Search Partners
30 Finsbury Square, London EC2A 1AG | +44 20 7946 0321

This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it.
""",
))

# ---------------------------------------------------------------- Spanish (4)

add(dict(
    kind=K, slug="talento_rambla_cliente_descarta", lang="es",
    company="Talento Rambla", contact="jordi.serra@talentorambla.example.es",
    sender=("Jordi Serra", "jordi.serra@talentorambla.example.es"),
    subject="Novedades sobre la posición de coordinador de atención al cliente",
    date="2026-08-20 12:40", cte="qp",
    text="""Hola Reto:

Te escribo con noticias del proceso de coordinador de atención al cliente que te comenté a principios de agosto. Mi cliente ha revisado los perfiles finalistas y ha preferido no avanzar con tu candidatura: buscan a alguien con catalán nativo para tratar con la administración local.

Lo siento, sé que te interesaba. Seguimos atentos a otras oportunidades que encajen contigo.

Un abrazo,
Jordi Serra
Consultor sénior
Talento Rambla Consultores
La Rambla 112, 08002 Barcelona
+34 933 18 44 07
""",
))

add(dict(
    kind=K, slug="telefonia_diagonal_icims", lang="es", parent="diagonal_missed",
    company="Telefonía Diagonal", contact="",
    sender=("Telefonía Diagonal – Selección", "donotreply@icims.com"),
    subject="Estado de tu candidatura: Jefe/a de equipo Atención al Cliente",
    date="2026-04-15 07:20", tz="+0000", cte="b64",
    headers=[("Auto-Submitted", "auto-generated")],
    text="""Hola Reto:

Gracias por tu interés en Telefonía Diagonal y por el tiempo dedicado al proceso de selección para la posición de Jefe/a de equipo de Atención al Cliente en Barcelona.

Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil se ajusta mejor a las necesidades actuales del equipo.

Te animamos a seguir consultando nuestras ofertas.

Saludos cordiales,
Equipo de Selección – Telefonía Diagonal

Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.
""",
    html=ats_card("Telefonía Diagonal", "#ff6f00", paras("""Hola Reto:

Gracias por tu interés en Telefonía Diagonal y por el tiempo dedicado al proceso de selección para la posición de Jefe/a de equipo de Atención al Cliente en Barcelona.

Tras valorar todas las candidaturas, hemos decidido continuar con otras personas cuyo perfil se ajusta mejor a las necesidades actuales del equipo.

Te animamos a seguir consultando nuestras ofertas.

Saludos cordiales,
Equipo de Selección – Telefonía Diagonal"""),
        "Este mensaje se ha generado automáticamente. Por favor, no respondas a este correo.", lang="es"),
))

add(dict(
    kind=K, slug="ferrolitoral_proceso_cancelado", lang="es",
    company="Ferrocarrils del Litoral", contact="nuria.casals@ferrolitoral.example.es",
    sender=("Núria Casals", "nuria.casals@ferrolitoral.example.es"),
    subject="Proceso de selección Responsable de Atención al Viajero",
    subject_enc=("iso-8859-1", "Q"),
    date="2026-06-16 13:58", charset="iso-8859-1", cte="qp",
    text="""Estimado Sr. Baumgartner-Osei:

Le escribimos en relación con su candidatura para el puesto de Responsable de Atención al Viajero en la estación de Barcelona-Sants.

Por una reorganización de la dirección comercial, la empresa ha decidido cancelar este proceso de selección y no cubrir la vacante. Por tanto, no habrá más fases ni entrevistas.

Agradecemos sinceramente su interés y el tiempo que nos ha dedicado.

Atentamente,

Núria Casals
Departamento de Personas
Ferrocarrils del Litoral, S.A.
Carrer de Pere IV 51, 08018 Barcelona
""",
))

add(dict(
    kind=K, slug="energia_montjuic_casual_after_interview", lang="es", parent="montjuic_inv",
    company="Energía Montjuïc", contact="pau.ferrer@energiamontjuic.example.es",
    sender=("Pau Ferrer", "pau.ferrer@energiamontjuic.example.es"),
    from_enc=("utf-8", "Q"),
    subject="Lo de la jefatura de equipo",
    date="2026-10-02 18:25", cte="qp",
    text="""¡Hola, Reto!

Te escribo para contarte cómo ha quedado lo de la jefatura del equipo de atención. Al final nos quedamos con una compañera que ya llevaba el turno de tarde aquí, así que esta vez no va a poder ser contigo.

Me gustó mucho la charla del otro día, sobre todo lo que contaste de los retrasos en invierno. Si vuelves a pasar por Barcelona, el café corre de mi cuenta.

Un saludo,
Pau
--
Pau Ferrer · Responsable de Clientes · Energía Montjuïc
Passeig de la Zona Franca 48, 08038 Barcelona
""",
))
