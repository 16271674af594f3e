"""Corpus 203: rejections, each in its own words."""

from __future__ import annotations

from msgs203_common import (
    ats_card,
    html_quote,
    mso_header,
    mso_paras,
    outlook_block,
    outlook_html,
    paras,
    quote,
    reply_block,
    simple_html,
)
from msgs203_invites import BLASEWITZ_INVITE, MEINAU_INVITE
from msgs203_other import AUENWALD_THANKS

BRIGHTBITE_THANKS = """Dear Ondřej,

Thank you for today's panel interview - it was great to meet Dr. Horáková and James and
to see the Vinohrady clinic in action. I enjoyed discussing the no-show case and would be
excited to put those ideas into practice with your team.

Best regards,
Henrike"""

MEINAU_THANKS = """Madame Hertzog,

Je vous remercie, ainsi que le Dr Marchal, pour l'entretien de cet après-midi et pour la
visite du centre. Je reste très motivée par ce poste.

Bien cordialement,
Henrike Sall-Domínguez"""

SONRISA_UPDATE = """Hola Henrike:

Amparo tiene un viaje imprevisto el jueves, así que hemos pasado la entrevista al viernes
11 de septiembre, de 12:00 a 13:00. El enlace de Teams sigue siendo el mismo; te envío la
convocatoria actualizada.

Gracias por tu comprensión,
Javier"""

WIENZEILE_NEW = """Liebe Frau Sall-Domínguez,

danke für Ihre Nachricht und die Erklärung. Ich melde mich, sobald ich mit der
Geschäftsführung über einen neuen Termin gesprochen habe.

Liebe Grüße
Magdalena Pichler"""

MESSAGES: list[dict] = [
    # ------------------------------------------------------------ German
    dict(
        kind="rejection", slug="bkk_workday_formal", lang="de", key="be_rej",
        company="BKK Elster-Pleiße", contact="",
        frm=("BKK Elster-Pleiße", "bkkelster@myworkday.com"),
        frm_enc="utf-8/B",
        subject="Ihre Bewerbung bei der BKK Elster-Pleiße – R-2026-0147",
        date="2026-01-30 01:02 -0800",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Henrike,

nochmals vielen Dank für Ihre Bewerbung als Teamleitung Versichertenservice Zahnersatz
(R-2026-0147) und die Zeit, die Sie investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute mitteilen, dass wir
Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können. Die Entscheidung ist
uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihr Kandidatenprofil bleibt in unserem System gespeichert; gern können Sie sich auch auf
andere Stellen der BKK Elster-Pleiße bewerben.

Freundliche Grüße
Talent Acquisition, BKK Elster-Pleiße""",
        html=ats_card("BKK Elster-Pleiße", "Ihre Bewerbung: R-2026-0147", paras(
            """Guten Tag Henrike,

nochmals vielen Dank für Ihre Bewerbung als Teamleitung Versichertenservice Zahnersatz
(R-2026-0147) und die Zeit, die Sie investiert haben.

Nach sorgfältiger Prüfung Ihrer Unterlagen müssen wir Ihnen heute mitteilen, dass wir
Ihre Bewerbung im weiteren Verfahren nicht berücksichtigen können. Die Entscheidung ist
uns angesichts der Vielzahl qualifizierter Bewerbungen nicht leichtgefallen.

Ihr Kandidatenprofil bleibt in unserem System gespeichert; gern können Sie sich auch auf
andere Stellen der BKK Elster-Pleiße bewerben.

Freundliche Grüße
Talent Acquisition, BKK Elster-Pleiße"""), "Powered by Workday", color="#005a9c"),
    ),
    dict(
        kind="rejection", slug="auenwald_nach_gespraech_zitat", lang="de", key="au_rej",
        reply="au_thanks", company="MVZ Auenwald", contact="k.oswald@mvz-auenwald.example.de",
        frm=("Dr. Katrin Oswald", "K.Oswald@mvz-auenwald.example.de"),
        subject="Re: Vielen Dank für das Gespräch",
        date="2026-04-21 15:27 +0200", cte="8bit",
        text="""Liebe Frau Sall-Domínguez,

danke für Ihre freundlichen Zeilen – auch wir haben das Gespräch mit Ihnen sehr genossen.
Umso schwerer fällt mir diese Nachricht: Wir haben uns am Ende für eine Bewerberin
entschieden, die bereits ein MVZ vergleichbarer Größe kaufmännisch geleitet hat.

Das ist keine Entscheidung gegen Sie. Herr Rehm und Frau Morgenstern waren von Ihrer
Erfahrung im Recall und in der Abrechnung beeindruckt, und ich bin sicher, dass Sie
bald die passende Stelle finden.

Alles Gute und herzliche Grüße
Katrin Oswald
Ärztliche Leiterin MVZ Auenwald

""" + reply_block("Am 14.04.2026 um 18:02 schrieb Henrike Sall-Domínguez <henrike.sd@example.de>:",
                  AUENWALD_THANKS),
    ),
    dict(
        kind="rejection", slug="elbdent_naeher_am_profil", lang="de", key="el_rej",
        reply="el_cancel", company="Elbdent Zahnkliniken", contact="s.gruhl@elbdent.example.de",
        frm=("Elbdent Zahnkliniken", "noreply@softgarden.io"),
        reply_to=("Sabine Gruhl", "s.gruhl@elbdent.example.de"),
        subject="Rückmeldung zu Ihrer Bewerbung als Praxismanager:in",
        subj_enc="iso-8859-1/Q",
        date="2026-04-08 09:10 +0200", cs="iso-8859-1",
        text="""Hallo Frau Sall-Domínguez,

vielen Dank für Ihre Geduld in den letzten Wochen. Nachdem unsere Klinik in Striesen
wieder regulär arbeitet, haben wir das Auswahlverfahren abgeschlossen.

Wir haben uns für Kandidatinnen entschieden, deren bisherige Erfahrung näher an unserem
Anforderungsprofil liegt, insbesondere in der Führung größerer Teams. Den ausgefallenen
Probearbeitstag werden wir daher nicht nachholen.

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Herzliche Grüße
Sabine Gruhl
Personalreferentin Elbdent Zahnkliniken""",
    ),
    dict(
        kind="rejection", slug="saale_stelle_vorerst_nicht_besetzt", lang="de",
        company="Saale-Klinikum Halle", contact="",
        frm=("Saale-Klinikum Halle Karriere", "saaleklinikum@successfactors.eu"),
        subject="Information zu Ihrer Bewerbung – Koordination Zahnärztliche Ambulanz",
        subj_enc="utf-8/B",
        date="2026-03-20 10:00 +0100", cte="base64",
        html=ats_card("Saale-Klinikum Halle", "Information zu Ihrer Bewerbung", paras(
            """Sehr geehrte Frau Sall-Domínguez,

vielen Dank für Ihr Interesse an der Stelle „Koordination Zahnärztliche Ambulanz“
(Kennziffer SK-2026-058).

Aufgrund einer Neuordnung der ambulanten Bereiche wird die Stelle vorerst nicht besetzt.
Wir haben uns daher entschieden, das laufende Auswahlverfahren einzustellen und keine
weiteren Gespräche zu führen.

Sollte die Position zu einem späteren Zeitpunkt erneut ausgeschrieben werden, würden wir
uns über eine erneute Bewerbung freuen.

Mit freundlichen Grüßen
Ihre Personalabteilung"""),
            "Saale-Klinikum Halle gGmbH · Magdeburger Straße 22 · 06112 Halle (Saale)<br>"
            "Diese Nachricht wurde automatisch erzeugt.", color="#0a6b4f"),
    ),
    dict(
        kind="rejection", slug="wenzel_knapp", lang="de", key="we_rej", reply="we_ack",
        company="Zahnarztpraxis Dr. Wenzel", contact="u.wenzel@zahnarzt-wenzel.example.de",
        frm=("Ute Wenzel", "u.wenzel@zahnarzt-wenzel.example.de"),
        subject="Ihre Bewerbung",
        date="2026-01-28 21:52 +0100", cte="8bit",
        text="""Hallo Frau Sall-Domínguez,

wir haben uns anders entschieden. Alles Gute für Sie.

U. Wenzel

Gesendet von meinem iPhone""",
    ),
    dict(
        kind="rejection", slug="praxispersonal_suedvorstadt_kein_ja", lang="de",
        company="Dentalzentrum Südvorstadt", contact="n.fuchs@praxispersonal-plus.example.de",
        frm=("Nadine Fuchs | Praxispersonal Plus", "n.fuchs@praxispersonal-plus.example.de"),
        subject="Rückmeldung Dentalzentrum Südvorstadt",
        date="2026-05-12 16:18 +0200",
        text="""Liebe Frau Sall-Domínguez,

das Dentalzentrum Südvorstadt hat sich heute bei mir gemeldet, und leider ist es keine
Zusage geworden. Die Praxis hat sich nach dem zweiten Gespräch doch für eine Kandidatin
mit abgeschlossener ZMV-Fortbildung entschieden – das war für die Inhaber am Ende das
ausschlaggebende Kriterium.

Ich weiß, dass Sie sich auf die Stelle gefreut hatten. Lassen Sie den Kopf nicht hängen:
Ich habe bereits zwei weitere Praxen im Blick und melde mich nächste Woche.

Viele Grüße
Nadine Fuchs
Personalberaterin Gesundheitswesen
Praxispersonal Plus GmbH · Katharinenstraße 14 · 04109 Leipzig""",
    ),
    dict(
        kind="rejection", slug="medtalent_kunde_ohne_namen", lang="de", key="mt_rej",
        reply="mt_missed", company="MedTalent Sachsen", contact="t.krahl@medtalent-sachsen.example.de",
        frm=("Tobias Krahl", "t.krahl@medtalent-sachsen.example.de"),
        subject="AW: Termin beim Kunden heute 9:30 – was ist passiert?",
        date="2026-10-22 11:45 +0200",
        text="""Hallo Frau Sall-Domínguez,

danke für Ihren Rückruf und die Erklärung mit dem Zugausfall. Ich habe das so an unseren
Kunden weitergegeben. Leider möchte das MVZ das Verfahren mit Ihnen trotzdem nicht
fortsetzen; man hat sich inzwischen mit einer anderen Bewerberin geeinigt.

Ich bedaure das sehr und behalte Sie für passende Positionen in Dresden und Leipzig
gern in unserer Kartei – wenn Sie einverstanden sind.

Gruß
Tobias Krahl
MedTalent Sachsen""",
        html=simple_html(paras("""Hallo Frau Sall-Domínguez,

danke für Ihren Rückruf und die Erklärung mit dem Zugausfall. Ich habe das so an unseren
Kunden weitergegeben. Leider möchte das MVZ das Verfahren mit Ihnen trotzdem nicht
fortsetzen; man hat sich inzwischen mit einer anderen Bewerberin geeinigt.

Ich bedaure das sehr und behalte Sie für passende Positionen in Dresden und Leipzig
gern in unserer Kartei – wenn Sie einverstanden sind.

Gruß
Tobias Krahl
MedTalent Sachsen""") + "\n" + html_quote(paras("""Hallo Frau Sall-Domínguez,

unser Kunde – das MVZ in Dresden, von dem ich Ihnen erzählt habe – hat heute ab 9:30 Uhr
eine Viertelstunde im Zoom-Raum auf Sie gewartet. Sie haben sich leider nicht eingewählt."""))),
    ),
    dict(
        kind="rejection", slug="wienzeile_intern_nachbesetzt", lang="de", key="wz_rej",
        reply="wz_missed", company="Zahnambulatorium Wienzeile", contact="m.pichler@wienzeile.example.at",
        frm=("Pichler Magdalena", "m.pichler@wienzeile.example.at"),
        subject="AW: Unser Telefonat heute um 10 Uhr",
        date="2026-09-15 13:40 +0200", cs="windows-1252",
        text="""Sehr geehrte Frau Sall-Domínguez,

wie versprochen melde ich mich noch einmal: Die Geschäftsführung hat entschieden, die
Position der Praxismanagerin intern nachzubesetzen. Unsere bisherige Leiterin der
Rezeption übernimmt die Aufgabe ab Oktober. Einen neuen Gesprächstermin wird es daher
nicht geben.

Ich danke Ihnen für Ihr Interesse und wünsche Ihnen alles Gute für Ihre weitere Suche.

Liebe Grüße
Magdalena Pichler
Personal & Organisation
Zahnambulatorium Wienzeile | Linke Wienzeile 118 | 1060 Wien

Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten
Adressaten bestimmt. Jede Form der Kenntnisnahme, Veröffentlichung oder Weitergabe durch
Dritte ist unzulässig.

""" + outlook_block("de", "Pichler Magdalena", "Freitag, 4. September 2026 09:12",
                    "Henrike Sall-Domínguez", "AW: Unser Telefonat heute um 10 Uhr", WIENZEILE_NEW),
        html=outlook_html(mso_paras("""Sehr geehrte Frau Sall-Domínguez,

wie versprochen melde ich mich noch einmal: Die Geschäftsführung hat entschieden, die
Position der Praxismanagerin intern nachzubesetzen. Unsere bisherige Leiterin der
Rezeption übernimmt die Aufgabe ab Oktober. Einen neuen Gesprächstermin wird es daher
nicht geben.

Ich danke Ihnen für Ihr Interesse und wünsche Ihnen alles Gute für Ihre weitere Suche.

Liebe Grüße
Magdalena Pichler
Personal & Organisation
Zahnambulatorium Wienzeile | Linke Wienzeile 118 | 1060 Wien""")
            + '\n<p class="MsoNormal"><span style="font-size:7.0pt;color:gray">Der Inhalt dieser '
              "E-Mail ist vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt. "
              "Jede Form der Kenntnisnahme, Veröffentlichung oder Weitergabe durch Dritte ist "
              "unzulässig.<o:p></o:p></span></p>\n"
            + mso_header("de", "Pichler Magdalena", "Freitag, 4. September 2026 09:12",
                         "Henrike Sall-Domínguez", "AW: Unser Telefonat heute um 10 Uhr")
            + "\n" + mso_paras(WIENZEILE_NEW), lang="DE-AT", charset="windows-1252"),
    ),
    dict(
        kind="rejection", slug="dentyx_du_kurz_und_ehrlich", lang="de", key="dx_rej",
        reply="dx_call", company="Dentyx", contact="jonas@dentyx.example.de",
        frm=("Jonas Pretzel", "jonas@dentyx.example.de"),
        subject="Re: Kurzer Call diese Woche?",
        date="2026-06-01 22:03 +0200", cte="8bit",
        text="""Hey Henrike,

ich mach's kurz und ehrlich: Wir gehen für die Ops-Lead-Rolle mit jemandem weiter, der
schon zwei Praxiseröffnungen von null an begleitet hat. Dein Gespräch mit mir war echt
stark, und es tut mir leid, dass ich dir nichts Besseres schreiben kann.

Wenn wir nächstes Jahr die zweite Praxis aufmachen, würde ich mich gern wieder melden –
falls du dann noch Lust hast.

Danke dir und alles Gute!
Jonas

""" + reply_block("Am Di., 19. Mai 2026 um 18:47 Uhr schrieb Jonas Pretzel <jonas@dentyx.example.de>:",
                  """Hi Henrike,

danke für deine Bewerbung als Ops-Lead für unsere neue Praxis in Friedrichshain!
Hast du Donnerstag Zeit, so gegen 12:30 für 30 Minuten?"""),
    ),
    dict(
        kind="rejection", slug="kessler_vogt_limmatdent_intern", lang="de", key="kv_rej",
        reply="kv_ill", company="Limmatdent", contact="r.kessler@kessler-vogt.example.ch",
        frm=("Regula Kessler", "r.kessler@kessler-vogt.example.ch"),
        subject="Limmatdent – Entscheid",
        date="2026-07-31 11:00 +0200", cs="windows-1252",
        text="""Liebe Frau Sall-Domínguez

Ich hätte Ihnen gern Besseres berichtet. Limmatdent hat nach dem Gespräch vom 21. Juli
entschieden, die Stelle der Leiterin Praxisorganisation mit der bisherigen Stellvertreterin
aus den eigenen Reihen zu besetzen. Dr. Hürlimann hat ausdrücklich betont, wie positiv er
Sie erlebt hat; den Ausschlag gab am Ende die Kenntnis der Zürcher Abläufe.

Ich bleibe gern mit Ihnen in Kontakt und melde mich, wenn sich ein ähnliches Mandat ergibt.

Freundliche Grüsse

Regula Kessler
Partnerin
Kessler & Vogt Healthcare Search AG
Bahnhofstrasse 52, 8001 Zürich
+41 44 555 12 40

Diese Nachricht ist vertraulich und ausschliesslich für die adressierte Person bestimmt.
Falls Sie nicht die richtige Empfängerin sind, bitten wir Sie, uns zu benachrichtigen.""",
    ),
    dict(
        kind="rejection", slug="donaukasse_taleo_nicht_durchsetzen", lang="de", key="dk_rej",
        reply="dk_missed", company="Donaukasse", contact="",
        frm=("Donaukasse Versicherung - Karriere", "donaukasse@taleo.net"),
        subject="Ihre Bewerbung: Koordination Vertragszahnärzte (Ref. DK-0412)",
        subj_enc="iso-8859-1/B",
        date="2026-05-12 12:00 +0200",
        html=ats_card("Donaukasse Versicherung", "Ihre Bewerbung (Ref. DK-0412)", paras(
            """Sehr geehrte Frau Sall-Domínguez,

wir danken Ihnen für die Zeit, die Sie sich für Ihre Bewerbung um die Position
„Koordination Vertragszahnärzte“ genommen haben.

Im Vergleich mit den übrigen Bewerbungen konnte sich Ihr Profil in dieser Auswahlrunde
leider nicht durchsetzen. Wir haben uns daher gegen eine weitere Berücksichtigung
entschieden.

Für Ihre berufliche Zukunft wünschen wir Ihnen viel Erfolg.

Human Resources
Donaukasse Versicherung"""),
            "Diese Nachricht wurde automatisch über Oracle Taleo versendet. Bitte antworten Sie nicht.",
            color="#7a1f3d"),
    ),
    dict(
        kind="rejection", slug="blasewitz_outlook_kette", lang="de", key="bw_rej",
        reply="bw_inv", company="Praxisklinik Blasewitz",
        contact="c.metzner@praxisklinik-blasewitz.example.de",
        frm=("Metzner, Carola", "C.Metzner@praxisklinik-blasewitz.example.de"),
        subject="AW: AW: Vorstellungsgespräch Praxismanagerin – Praxisklinik Blasewitz",
        date="2026-03-16 14:02 +0100", cte="base64",
        text="""Sehr geehrte Frau Sall-Domínguez,

wir haben nach den Gesprächen der vergangenen zwei Wochen eine Entscheidung getroffen,
die leider nicht zu Ihren Gunsten ausgefallen ist. Dr. Rosenau und ich haben uns für eine
Bewerberin entschieden, die bereits in einer chirurgisch ausgerichteten Praxisklinik
gearbeitet hat.

Ihre Unterlagen senden wir Ihnen nicht zurück, sondern löschen sie nach Ablauf von
sechs Monaten.

Mit freundlichen Grüßen
Carola Metzner
Verwaltungsleitung

""" + outlook_block("de", "Henrike Sall-Domínguez <henrike.sd@example.de>",
                    "Dienstag, 24. Februar 2026 19:40", "Metzner, Carola",
                    "AW: Vorstellungsgespräch Praxismanagerin – Praxisklinik Blasewitz",
                    """Sehr geehrte Frau Metzner,

herzlichen Dank für die Einladung. Den Termin am 3. März um 15:30 Uhr bestätige ich gern.

Mit freundlichen Grüßen
Henrike Sall-Domínguez""") + "\n\n" + outlook_block(
                    "de", "Metzner, Carola <C.Metzner@praxisklinik-blasewitz.example.de>",
                    "Dienstag, 24. Februar 2026 13:18", "henrike.sd@example.de",
                    "Vorstellungsgespräch Praxismanagerin – Praxisklinik Blasewitz",
                    BLASEWITZ_INVITE),
    ),
    dict(
        kind="rejection", slug="landesagentur_verfahren_abgeschlossen", lang="de", key="la_rej",
        reply="la_move", company="Landesagentur für Gesundheitsberufe Sachsen-Anhalt",
        contact="personal@lagb-sachsen-anhalt.example.de",
        frm=("Landesagentur für Gesundheitsberufe Sachsen-Anhalt, Personalstelle",
             "personal@lagb-sachsen-anhalt.example.de"),
        frm_enc="iso-8859-1/Q",
        subject="Stellenausschreibung 14/2026 – Abschluss des Auswahlverfahrens",
        subj_enc="utf-8/B",
        date="2026-07-15 11:45 +0200", cs="iso-8859-1", cte="8bit",
        text="""Sehr geehrte Frau Sall-Domínguez,

das Stellenbesetzungsverfahren 14/2026 ist abgeschlossen. Nach Auswertung der
Auswahlgespräche und unter Beteiligung des Personalrats ist die Stelle anderweitig
vergeben worden; Ihre Bewerbung konnte bei der Besetzung nicht berücksichtigt werden.

Wir danken Ihnen für die Teilnahme am Auswahlgespräch am 26. Juni 2026.

Ihre Bewerbungsunterlagen werden nach Ablauf der Frist des § 15 Abs. 4 AGG
datenschutzgerecht vernichtet. Eine Rücksendung erfolgt nur auf ausdrücklichen Wunsch.

Mit freundlichen Grüßen
Im Auftrag
Gerlinde Haack
Personalstelle, Referat Z 2

Landesagentur für Gesundheitsberufe Sachsen-Anhalt
Große Steinstraße 8, 06108 Halle (Saale)""",
    ),
    dict(
        kind="rejection", slug="zahnforum_greenhouse_nicht_fortsetzen", lang="de", key="zf_rej",
        reply="zf_cancel", company="Charlottenburger Zahnforum",
        contact="miriam.soekeland@zahnforum.example.de",
        frm=("Miriam Sökeland via Greenhouse", "no-reply@greenhouse-mail.io"),
        frm_enc="utf-8/B",
        reply_to=("Miriam Sökeland", "miriam.soekeland@zahnforum.example.de"),
        subject="Update zu Ihrer Bewerbung beim Charlottenburger Zahnforum",
        date="2026-08-28 16:30 +0200",
        text="""Hallo Frau Sall-Domínguez,

ich hatte Ihnen versprochen, mich nach der Absage unseres Termins mit einem neuen Slot zu
melden. Inzwischen hat sich die Lage geändert: Wir haben uns entschieden, den Prozess mit
Ihnen nicht fortzusetzen, weil unsere neue Praxisleitung die Rolle stärker auf
Personalführung mit Berliner Arbeitsrecht zuschneiden möchte.

Es tut mir leid, dass Sie so lange warten mussten. Danke für Ihre Geduld und alles Gute!

Viele Grüße
Miriam Sökeland
People & Culture, Charlottenburger Zahnforum""",
        html=simple_html(paras("""Hallo Frau Sall-Domínguez,

ich hatte Ihnen versprochen, mich nach der Absage unseres Termins mit einem neuen Slot zu
melden. Inzwischen hat sich die Lage geändert: Wir haben uns entschieden, den Prozess mit
Ihnen nicht fortzusetzen, weil unsere neue Praxisleitung die Rolle stärker auf
Personalführung mit Berliner Arbeitsrecht zuschneiden möchte.

Es tut mir leid, dass Sie so lange warten mussten. Danke für Ihre Geduld und alles Gute!

Viele Grüße
Miriam Sökeland
People & Culture, Charlottenburger Zahnforum""")
            + '\n<p style="font-size:10px;color:#999">Powered by Greenhouse</p>'),
    ),
    dict(
        kind="rejection", slug="plagwitz_nach_hospitation", lang="de", key="pl_rej",
        reply="pl_trial", company="Zahnzentrum Plagwitz", contact="l.ebersbach@zz-plagwitz.example.de",
        frm=("Dr. Lars Ebersbach", "l.ebersbach@zz-plagwitz.example.de"),
        subject="Nach Ihrer Hospitation bei uns",
        date="2026-08-05 13:12 +0200", cs="windows-1252",
        text="""Liebe Frau Sall-Domínguez,

zunächst ein herzliches Dankeschön für den Vormittag am 30. Juli – das Team hat sich
über Ihre „Fragen von außen“ zur Terminvergabe richtig gefreut.

So leid es uns tut: Wir haben im Anschluss gemerkt, dass wir für diese Stelle jemanden
brauchen, der sofort mit unserer Praxissoftware arbeiten kann, weil im Herbst zwei
Kolleginnen in Elternzeit gehen. Eine längere Einarbeitung können wir gerade nicht leisten,
deshalb geben wir die Stelle einer Bewerberin mit genau dieser Erfahrung.

Wir hätten Sie gern im Team gehabt und wünschen Ihnen von Herzen alles Gute.

Ihr Lars Ebersbach
Zahnzentrum Plagwitz · Karl-Heine-Straße 88 · 04229 Leipzig""",
    ),

    # ------------------------------------------------------------ English
    dict(
        kind="rejection", slug="vltava_lever_more_closely", lang="en", key="vl_rej",
        reply="vl_inv2", company="Vltava Dental Care", contact="tereza.novakova@vltavadental.example.cz",
        frm=("Tereza Nováková", "no-reply@hire.lever.co"),
        frm_enc="iso-8859-1/B",
        reply_to=("Tereza Nováková", "tereza.novakova@vltavadental.example.cz"),
        subject="Your application to Vltava Dental Care",
        date="2026-02-03 16:10 +0100",
        text="""Hi Henrike,

Thank you for taking the time to speak with me last week and for your interest in the
Clinic Operations Manager role.

After reviewing all candidates, we have decided to move forward with candidates whose
experience more closely matches the requirements of this position, in particular
multi-site management in the Czech healthcare system.

We appreciate the effort you put into the process and wish you every success.

Best regards,
Tereza Nováková
Talent Partner | Vltava Dental Care""",
        html=simple_html(paras("""Hi Henrike,

Thank you for taking the time to speak with me last week and for your interest in the
Clinic Operations Manager role.

After reviewing all candidates, we have decided to move forward with candidates whose
experience more closely matches the requirements of this position, in particular
multi-site management in the Czech healthcare system.

We appreciate the effort you put into the process and wish you every success.

Best regards,
Tereza Nováková
Talent Partner | Vltava Dental Care"""), "en"),
    ),
    dict(
        kind="rejection", slug="meridian_icims_on_hold", lang="en", key="md_hold", reply="md_ack",
        company="Meridian Dental Partners", contact="",
        frm=("Meridian Dental Partners Careers", "meridiandental@icims.com"),
        subject="Update on requisition 2026-4471 - Practice Operations Manager",
        date="2026-06-19 10:12 -0400",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Dear Henrike Sall-Domínguez,

We are writing to update you on the Practice Operations Manager (Berlin) position for
which you applied.

Following a review of our expansion plans in Germany, the role has been put on hold and
we will not proceed with any applications at this time. Your application has been closed
in our system.

We thank you for your interest in Meridian Dental Partners and encourage you to look
out for future openings on our careers site.

Sincerely,
Talent Acquisition
Meridian Dental Partners""",
        html=ats_card("Meridian Dental Partners", "Update on your application", paras(
            """Dear Henrike Sall-Domínguez,

We are writing to update you on the Practice Operations Manager (Berlin) position for
which you applied.

Following a review of our expansion plans in Germany, the role has been put on hold and
we will not proceed with any applications at this time. Your application has been closed
in our system.

We thank you for your interest in Meridian Dental Partners and encourage you to look
out for future openings on our careers site.

Sincerely,
Talent Acquisition
Meridian Dental Partners"""), "Powered by iCIMS", color="#334155", lang="en"),
    ),
    dict(
        kind="rejection", slug="kaju_pass_terse", lang="en", key="kj_rej", reply="kj_move",
        company="Kaju Health", contact="ola@kaju.example.de",
        frm=("Ola Adeyemi", "ola@kaju.example.de"),
        subject="Re: quick chat?",
        date="2026-07-20 08:44 +0200",
        text="""Thanks Henrike - we're going to pass on this one. Good luck out there!

Ola""",
    ),
    dict(
        kind="rejection", slug="brightbite_after_panel_quote", lang="en", key="bb_rej",
        company="Brightbite Clinics", contact="ondrej.maly@brightbite.example.cz",
        irt=["<20260526194000.bb-thanks@mail.example.de>"],
        frm=("Ondřej Malý", "ondrej.maly@brightbite.example.cz"),
        frm_enc="utf-8/B",
        subject="Re: Thank you for today",
        date="2026-06-02 12:20 +0200",
        text="""Dear Henrike,

Thank you for your kind note, and apologies for the wait - I was away last week.

The panel enjoyed meeting you, and your no-show case was one of the most practical we
heard. In the end, though, we have offered the role to a candidate who has already run a
multi-chair clinic in Prague and speaks Czech with our patients every day. It was a close
call.

I'd be glad to keep in touch - we are opening in Brno next year.

All the best,
Ondřej

""" + reply_block("On Tue, 26 May 2026 at 19:40, Henrike Sall-Domínguez <henrike.sd@example.de> wrote:",
                  BRIGHTBITE_THANKS),
    ),
    dict(
        kind="rejection", slug="carrow_finch_prague_smile_no", lang="en", key="cf_rej",
        reply="cf_missed", company="Prague Smile Clinics", contact="d.carrow@carrowfinch.example.cz",
        frm=("Daniel Carrow", "d.carrow@carrowfinch.example.cz"),
        subject="Prague Smile Clinics - feedback",
        date="2026-03-18 17:25 +0100",
        text="""Hi Henrike,

I've now had Prague Smile's answer after your rebooked call with Klára. I'm sorry to say
they won't be taking your application further. Their feedback was that they liked your
energy but need someone who can start in April, and your notice period in Leipzig runs
until June.

That's frustrating when it isn't about your ability. Let's speak on Friday - I have two
other clinics in mind that are more flexible on start dates.

Best regards,
Daniel Carrow
Director, Carrow & Finch Recruitment
Vodičkova 36, 110 00 Praha 1 | +420 224 555 870

This email and any attachments are confidential and may be privileged. If you are not
the intended recipient, please notify the sender and delete it.""",
    ),
    dict(
        kind="rejection", slug="northstar_casual_bummer", lang="en",
        company="Northstar Dental Berlin", contact="kim@northstar-dental.example.de",
        frm=("Kim Laurent", "kim@northstar-dental.example.de"),
        subject="Front desk lead - update",
        date="2026-05-29 18:36 +0200",
        text="""Hey Henrike,

bit of a bummer from our side, sorry - we ended up going with someone who's already in
Berlin and can jump in next Monday. Totally not a reflection on you, you were one of the
two we argued about the longest!

Come say hi if you're ever in Prenzlauer Berg.

Kim""",
    ),
    dict(
        kind="rejection", slug="lumen_ashby_next_stage", lang="en", key="lu_rej", reply="lu_move",
        company="Lumen Orthodontics", contact="",
        frm=("Lumen Orthodontics", "no-reply@ashbyhq.com"),
        subject="Your application for Clinic Manager (Berlin Kreuzberg)",
        date="2026-10-06 09:30 +0000",
        text="""Hi Henrike,

Thank you for interviewing with Priya and for your interest in Lumen Orthodontics.

After careful consideration, we won't be taking your application to the next stage. We
received many strong applications for this role and had to make some difficult choices.

We'd love to stay connected - feel free to apply again for future openings.

The Lumen Orthodontics Hiring Team""",
        html=ats_card("Lumen Orthodontics", "An update on your application", paras("""Hi Henrike,

Thank you for interviewing with Priya and for your interest in Lumen Orthodontics.

After careful consideration, we won't be taking your application to the next stage. We
received many strong applications for this role and had to make some difficult choices.

We'd love to stay connected - feel free to apply again for future openings.

The Lumen Orthodontics Hiring Team"""), "Sent with Ashby", color="#5b3cc4", lang="en"),
    ),
    dict(
        kind="rejection", slug="orbis_filled_internally", lang="en",
        company="Orbis Dental Clinics", contact="r.hughes@orbisdental.example.cz",
        frm=("Rachel Hughes", "r.hughes@orbisdental.example.cz"),
        subject="Patient Services Manager - Prague 5",
        date="2026-04-15 10:50 +0200", cte="base64",
        text="""Dear Henrike,

Thank you for your application for the Patient Services Manager role at our Smíchov
clinic.

I wanted to let you know personally that we have filled the role internally: one of our
senior receptionists, who has been acting manager since January, has been confirmed in
the position. As a result we are closing the external search.

I was impressed by your application and will keep your details on file, with your
permission, for future openings.

Kind regards,
Rachel Hughes
HR Manager
Orbis Dental Clinics a.s.
Plzeňská 3217/16, 150 00 Praha 5
+420 257 555 410

CONFIDENTIALITY NOTICE: This e-mail is intended only for the named recipient. If you
have received it in error, please inform the sender and delete it from your system.""",
    ),

    # ------------------------------------------------------------ French
    dict(
        kind="rejection", slug="rhin_sante_clinique_ill_pas_suite", lang="fr", key="rs_rej",
        reply="rs_move", company="Clinique de l'Ill", contact="c.schaller@rhin-sante.example.fr",
        frm=("Claire Schaller (Rhin Santé Conseil)", "c.schaller@rhin-sante.example.fr"),
        subject="Retour de la Clinique de l'Ill",
        date="2026-04-02 18:05 +0200",
        text="""Bonjour Henrike,

La Clinique de l'Ill vient de me faire part de sa décision : elle ne donnera pas suite à
votre candidature pour le poste de coordinatrice administrative. Le comité a privilégié
une personne déjà en poste dans un établissement MCO et rompue aux procédures de
certification HAS.

Je sais que vous étiez très motivée par ce poste et je le regrette sincèrement. Je reste
à vos côtés pour la suite : deux autres missions pourraient vous correspondre, je vous en
parle la semaine prochaine.

Bien à vous,
Claire Schaller
Consultante senior – Rhin Santé Conseil""",
    ),
    dict(
        kind="rejection", slug="dentalis_teamtailor_non_retenue", lang="fr", key="de_rej",
        reply="de_missed", company="Dentalis Alsace", contact="",
        frm=("Dentalis Alsace", "no-reply@teamtailor-mail.com"),
        subject="Votre candidature chez Dentalis Alsace",
        date="2026-02-25 09:40 +0100",
        text="""Bonjour Henrike,

Nous vous remercions pour l'intérêt que vous avez porté au poste de responsable
administrative au sein de Dentalis Alsace.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la
suite du processus de recrutement.

Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous
si une opportunité correspondant à votre parcours se présentait.

Bien cordialement,
L'équipe Dentalis Alsace""",
        html=ats_card("Dentalis Alsace", "Votre candidature", paras("""Bonjour Henrike,

Nous vous remercions pour l'intérêt que vous avez porté au poste de responsable
administrative au sein de Dentalis Alsace.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour la
suite du processus de recrutement.

Nous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous
si une opportunité correspondant à votre parcours se présentait.

Bien cordialement,
L'équipe Dentalis Alsace"""), "Envoyé via Teamtailor", color="#1e3a8a", lang="fr"),
    ),
    dict(
        kind="rejection", slug="meinau_apres_entretien_citation", lang="fr", key="me_rej",
        reply="me_inv", company="Centre de santé Meinau", contact="s.hertzog@cds-meinau.example.fr",
        frm=("Sophie Hertzog", "s.hertzog@cds-meinau.example.fr"),
        subject="RE: Merci pour l'entretien",
        date="2026-07-10 16:15 +0200",
        text="""Madame,

Merci pour votre message et pour le temps que vous nous avez consacré le 30 juin.

Après avoir rencontré l'ensemble des candidates, nous avons choisi de poursuivre avec une
personne dont le profil correspond davantage à l'organisation d'un centre de santé
pluriprofessionnel. Ce choix a été difficile et ne remet pas en cause vos qualités.

Nous vous souhaitons pleine réussite dans vos projets.

Bien cordialement,
Sophie Hertzog
Assistante de direction – Centre de santé Meinau

""" + reply_block("Le mar. 30 juin 2026 à 18:12, Henrike Sall-Domínguez <henrike.sd@example.de> a écrit :",
                  MEINAU_THANKS) + "\n" + quote(MEINAU_INVITE, 2),
        html=simple_html(paras("""Madame,

Merci pour votre message et pour le temps que vous nous avez consacré le 30 juin.

Après avoir rencontré l'ensemble des candidates, nous avons choisi de poursuivre avec une
personne dont le profil correspond davantage à l'organisation d'un centre de santé
pluriprofessionnel. Ce choix a été difficile et ne remet pas en cause vos qualités.

Nous vous souhaitons pleine réussite dans vos projets.

Bien cordialement,
Sophie Hertzog
Assistante de direction – Centre de santé Meinau""")
            + "\n<p>Le mar. 30 juin 2026 à 18:12, Henrike Sall-Domínguez &lt;henrike.sd@example.de&gt; a écrit :</p>\n"
            + html_quote(paras(MEINAU_THANKS) + "\n" + html_quote(paras(MEINAU_INVITE))), "fr"),
    ),
    dict(
        kind="rejection", slug="orangerie_poste_pas_ouvert", lang="fr", key="or_rej",
        reply="or_missed", company="Cabinet dentaire Orangerie",
        contact="accueil.direction@cabinet-orangerie.example.fr",
        frm=("Direction Cabinet dentaire Orangerie", "accueil.direction@cabinet-orangerie.example.fr"),
        subject="Suite de votre candidature : poste de responsable de cabinet",
        subj_enc="iso-8859-1/Q",
        date="2026-09-25 12:30 +0200", cs="iso-8859-1",
        text="""Madame,

Nous avons bien reçu vos explications concernant l'entretien manqué du 9 septembre, et
nous vous en remercions.

Entre-temps, le Dr Muller a décidé de réorganiser le cabinet avec son futur associé : le
poste de responsable de cabinet ne sera finalement pas créé, et nous avons mis fin au
recrutement. Nous ne sommes donc pas en mesure de vous proposer un nouveau rendez-vous.

Nous vous prions de nous excuser pour ce contretemps et vous souhaitons bonne continuation.

Salutations distinguées,
Dr Pierre-Yves Muller
Cabinet dentaire Orangerie""",
    ),

    # ------------------------------------------------------------ Spanish
    dict(
        kind="rejection", slug="talento_turia_no_sigue", lang="es", key="ts_rej",
        reply="ts_missed", company="Clínica Dental Turia", contact="l.ferrer@talentosalud.example.es",
        frm=("Lucía Ferrer", "l.ferrer@talentosalud.example.es"),
        subject="Re: No hemos podido localizarte",
        date="2026-06-26 13:05 +0200",
        text="""Hola Henrike:

Gracias por explicarme lo del móvil; se lo trasladé a Vicent enseguida. Aun así, Clínica
Dental Turia me ha comunicado esta mañana que no seguirá adelante con tu candidatura: han
avanzado con otras dos personas y prefieren cerrar el proceso con ellas.

Lo siento mucho, sé que te hacía ilusión volver a Valencia. Sigo buscando y te aviso con
lo próximo que encaje.

Un abrazo,
Lucía Ferrer
Talento Salud Levante""",
    ),
    dict(
        kind="rejection", slug="sonrisa_clara_bamboohr", lang="es", key="sc_rej", reply="sc_ack",
        company="Sonrisa Clara", contact="",
        frm=("Sonrisa Clara", "notifications@bamboohr.com"),
        subject="Actualización sobre tu candidatura – Coordinadora de clínica",
        date="2026-04-24 09:05 +0200",
        text="""Hola Henrike:

Gracias por participar en nuestro proceso de selección para el puesto de coordinadora de
clínica en Valencia.

Tras revisar con detalle todas las solicitudes, hemos decidido continuar el proceso con
otras candidaturas que se ajustan más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda y esperamos volver a saber de ti en el futuro.

Un saludo,
Equipo de Personas · Sonrisa Clara""",
        html=simple_html(paras("""Hola Henrike:

Gracias por participar en nuestro proceso de selección para el puesto de coordinadora de
clínica en Valencia.

Tras revisar con detalle todas las solicitudes, hemos decidido continuar el proceso con
otras candidaturas que se ajustan más a lo que buscamos en este momento.

Te deseamos mucha suerte en tu búsqueda y esperamos volver a saber de ti en el futuro.

Un saludo,
Equipo de Personas · Sonrisa Clara""") + '\n<p style="font-size:10px;color:#999">Enviado con BambooHR</p>', "es"),
    ),
    dict(
        kind="rejection", slug="sonrisa_med_outlook_de_enviado", lang="es", key="sm_rej",
        reply="sm_move", company="Sonrisa Mediterránea", contact="j.navarro@sonrisamed.example.es",
        frm=("Javier Navarro", "j.navarro@sonrisamed.example.es"),
        subject="RE: Actualizada: Entrevista – Henrike Sall-Domínguez",
        date="2026-09-30 17:50 +0200", cs="windows-1252",
        text="""Hola Henrike:

Te escribo para cerrar el proceso de coordinadora de clínicas. Tras las entrevistas,
Amparo y yo hemos decidido seguir adelante con otra candidata que ya conoce nuestras
clínicas de Castellón.

Lamentamos no poder darte una respuesta positiva esta vez. Nos quedamos con muy buen
recuerdo de la conversación del día 11.

Un cordial saludo,
Javier Navarro
Responsable de Selección
Sonrisa Mediterránea

""" + outlook_block("es", "Javier Navarro <j.navarro@sonrisamed.example.es>",
                    "martes, 8 de septiembre de 2026 16:45", "Henrike Sall-Domínguez",
                    "Actualizada: Entrevista – Henrike Sall-Domínguez", SONRISA_UPDATE),
        html=outlook_html(mso_paras("""Hola Henrike:

Te escribo para cerrar el proceso de coordinadora de clínicas. Tras las entrevistas,
Amparo y yo hemos decidido seguir adelante con otra candidata que ya conoce nuestras
clínicas de Castellón.

Lamentamos no poder darte una respuesta positiva esta vez. Nos quedamos con muy buen
recuerdo de la conversación del día 11.

Un cordial saludo,
Javier Navarro
Responsable de Selección
Sonrisa Mediterránea""") + "\n" + mso_header(
                "es", "Javier Navarro <j.navarro@sonrisamed.example.es>",
                "martes, 8 de septiembre de 2026 16:45", "Henrike Sall-Domínguez",
                "Actualizada: Entrevista – Henrike Sall-Domínguez") + "\n" + mso_paras(SONRISA_UPDATE),
            lang="ES", charset="windows-1252"),
    ),
    dict(
        kind="rejection", slug="ruzafa_persona_de_la_casa", lang="es", key="ru_rej",
        reply="ru_post", company="Policlínica Ruzafa", contact="marta.gil@policlinicaruzafa.example.es",
        frm=("Marta Gil", "marta.gil@policlinicaruzafa.example.es"),
        subject="Re: ¿Podríamos mover la entrevista?",
        date="2026-10-20 20:10 +0200", cte="8bit",
        text="""Hola Henrike,

te debía un correo. Al final no hará falta buscar fecha: nos quedamos con una persona de
la casa, una de las chicas de recepción que lleva años con nosotros y se ha ofrecido para
el puesto. Perdona por tenerte esperando.

Si algún día vuelves por Valencia, aquí tienes un café pendiente.

Un abrazo,
Marta""",
    ),
]
