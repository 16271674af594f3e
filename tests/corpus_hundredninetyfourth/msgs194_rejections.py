"""Corpus 194, kind `rejection`.

Hand-written; no two use the same sentence pattern. Each dict is one message;
make_hundredninetyfourth.py turns it into MIME.
"""

from __future__ import annotations

import msgs194_common as C
from msgs194_acks import ZUBIRI_ACK
from msgs194_invites import AOIFE_SIG, FLORIAN, JANA, JANA_SIG, MAITE, NADIA_SIG, SABINE_SIG
from msgs194_other import GRATTAN_THANKS, WOHLGEMUTH_THANKS

ME = C.ME

MESSAGES: list[dict] = [
    # ------------------------------------------------------------------ German
    dict(
        id="vollmar_reject", kind="rejection", scenario="workday_formal_absage", lang="de",
        company="Vollmar Gruppe",
        frm=("Vollmar Gruppe", "vollmar@myworkday.com"),
        subject="Ihre Bewerbung bei der Vollmar Gruppe – Technischer Zeichner (m/w/d) Haustechnik",
        date="2026-02-20 07:14 +0000", reply_of="vollmar_ack",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Guten Tag Herr Oduya-Perrin,

vielen Dank für Ihr Interesse an der Position Technischer Zeichner (m/w/d) Haustechnik
(R-20417) am Standort Stuttgart-Feuerbach.

Nach eingehender Prüfung Ihrer Unterlagen können wir Ihre Bewerbung im weiteren
Auswahlverfahren leider nicht berücksichtigen. Für diese Stelle setzen wir mehrjährige
Erfahrung in der TGA-Planung mit Revit MEP voraus.

Ihr Kandidatenprofil bleibt in unserem Karriereportal gespeichert; über neue
Ausschreibungen können Sie sich dort per Job-Alert informieren lassen.

Mit freundlichen Grüßen
Talent Acquisition | Vollmar Gruppe

Diese Nachricht wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
Vollmar Gruppe GmbH & Co. KG · Sitz Stuttgart · Registergericht Stuttgart HRA 700123""",
        layout=("card", "Vollmar Gruppe", "#005a9c"),
    ),
    dict(
        id="wohlgemuth_reject", kind="rejection", scenario="after_interview_quotes_thankyou",
        lang="de", company="Tischlerei Wohlgemuth",
        contact="i.wohlgemuth@wohlgemuth-tischlerei.example.at",
        frm=("Ingrid Wohlgemuth", "i.wohlgemuth@wohlgemuth-tischlerei.example.at"),
        subject="AW: Danke für das Gespräch am Mittwoch",
        date="2026-02-19 16:40 +0100", reply_of="wohlgemuth_thanks",
        charset="windows-1252", cte="quoted-printable",
        text="""Grüß Gott Herr Oduya-Perrin,

danke für Ihre freundlichen Zeilen und nochmals für die weite Anreise.

Wir haben es uns nicht leicht gemacht. Am Ende haben wir uns für einen Bewerber
entschieden, der schon drei Jahre in einer Wiener Tischlerei mit imos iX gezeichnet hat –
das war für uns im Moment ausschlaggebend. Ihre Werkstatterfahrung hat uns sehr gefallen,
aber diesmal wird es leider nichts.

Alles Gute für Ihre weitere Suche!

Ingrid Wohlgemuth
Geschäftsführung
Tischlerei Wohlgemuth GmbH
Kaiserstraße 88, 1070 Wien
+43 1 5550 2231

""" + C.said("de", "12.02.2026 um 08:05", "Maximilian Oduya-Perrin",
             "maximilian.op@example.de") + "\n" + C.quote(WOHLGEMUTH_THANKS),
    ),
    dict(
        id="rheintal_reject", kind="rejection", scenario="agency_relays_client_filled",
        lang="de", company="Holzwerkstatt Rheinknie",
        contact="j.okafor-weiss@rheintal-personal.example.de",
        frm=JANA, frm_enc=("iso-8859-1", "Q"),
        subject="Rückmeldung Holzwerkstatt Rheinknie",
        date="2026-02-13 11:20 +0100", reply_of="rheintal_missed",
        text="""Hallo Herr Oduya-Perrin,

ich habe heute mit Herrn Gisler telefoniert. Nach dem geplatzten Termin letzte Woche hat
die Holzwerkstatt Rheinknie die Stelle inzwischen mit einem anderen Kandidaten besetzt;
einen zweiten Anlauf wird es dort nicht geben.

Ärgerlich, ich weiß. Ich habe aber noch zwei Zeichnerstellen in Lörrach und Weil am Rhein
im Blick und melde mich, sobald ich Genaueres weiß.

""" + JANA_SIG,
    ),
    dict(
        id="rautenstrauch_reject", kind="rejection", scenario="terse_anderweitig_vergeben",
        lang="de", company="Ingenieurbüro Rautenstrauch",
        contact="tr@rautenstrauch-ing.example.de",
        frm=("Dipl.-Ing. Thomas Rautenstrauch", "tr@rautenstrauch-ing.example.de"),
        subject="Ihre Bewerbung",
        date="2026-05-13 17:02 +0200", reply_of="rautenstrauch_missed",
        charset="iso-8859-1", cte="8bit",
        text="""Sehr geehrter Herr Oduya-Perrin,

die Stelle ist anderweitig vergeben. Ihre Unterlagen werden nach Ablauf der gesetzlichen
Frist gelöscht.

Mit freundlichen Grüßen
T. Rautenstrauch""",
    ),
    dict(
        id="fertigwerk_reject", kind="rejection", scenario="softgarden_profile_closer_latin1",
        lang="de", company="FertigWerk Baden", contact="lea.brunner@fertigwerk.example.de",
        frm=("FertigWerk Baden via softgarden", "noreply@softgarden.io"),
        reply_to=("Lea Brunner", "lea.brunner@fertigwerk.example.de"),
        subject="Ihre Bewerbung als Bauzeichner/in Holzfertigbau (m/w/d)",
        date="2026-03-05 10:31 +0100", reply_of="fertigwerk_ack",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Hallo Maximilian Oduya-Perrin,

herzlichen Dank für Ihre Bewerbung und die Geduld, die Sie in den letzten Wochen mit uns
hatten.

Auf diese Stelle haben sich erfreulich viele Menschen beworben. Nach sorgfältigem Abgleich
setzen wir den Prozess mit Personen fort, deren bisherige Tätigkeit dem Anforderungsprofil
- vor allem der Elementplanung mit cadwork - noch näher kommt.

Für Ihren Weg in die Planung wünschen wir Ihnen viel Erfolg.

Freundliche Grüße
Lea Brunner
Personalreferentin
FertigWerk Baden GmbH, Am Rheinhafen 7, 76189 Karlsruhe""",
        layout=("card", "FertigWerk Baden", "#e67e22"),
        html_charset="utf-8",
    ),
    dict(
        id="hardtwald_reject", kind="rejection", scenario="public_body_letter_pdf_cp1252",
        lang="de", company="Kreisbauamt Hardtwald",
        contact="p.schoenleber@kreisbauamt-hardtwald.example.de",
        frm=("Kreisbauamt Hardtwald - Personalstelle",
             "personalstelle@kreisbauamt-hardtwald.example.de"),
        reply_to=("Petra Schönleber", "p.schoenleber@kreisbauamt-hardtwald.example.de"),
        reply_to_enc=("windows-1252", "Q"),
        subject="Auswahlverfahren BZ-2026-07 – Mitteilung",
        date="2026-04-10 09:00 +0200", reply_of="hardtwald_missed",
        charset="windows-1252", cte="8bit",
        text="""Sehr geehrter Herr Oduya-Perrin,

anbei erhalten Sie unser Schreiben zum Auswahlverfahren „Bauzeichnerin/Bauzeichner (m/w/d)“,
Kennziffer BZ-2026-07.

Das Verfahren ist abgeschlossen; die Stelle wurde mit einer anderen Bewerberin besetzt.
Wir bedauern, Ihnen keinen günstigeren Bescheid geben zu können, und danken Ihnen für Ihr
Interesse am Kreisbauamt.

Im Auftrag
Petra Schönleber
Personalstelle
Kreisbauamt Hardtwald
Am Schlossplatz 3, 76131 Karlsruhe
Tel. 0721 555-3120

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der
vorgesehene Empfänger sein, informieren Sie bitte den Absender und löschen Sie die
Nachricht. Das unerlaubte Kopieren oder Weiterleiten ist nicht gestattet.""",
        attach=[dict(pdf="Mitteilung_BZ-2026-07.pdf", title="Mitteilung Auswahlverfahren",
                     lines=["Kreisbauamt Hardtwald - Personalstelle", "",
                            "Herrn Maximilian Oduya-Perrin", "",
                            "Auswahlverfahren BZ-2026-07, Bauzeichnerin/Bauzeichner (m/w/d)",
                            "Sehr geehrter Herr Oduya-Perrin,",
                            "das Auswahlverfahren ist abgeschlossen. Wir teilen Ihnen mit, dass",
                            "wir Ihre Bewerbung nicht berücksichtigen konnten.",
                            "Ihre Unterlagen werden nach sechs Monaten vernichtet.",
                            "", "Im Auftrag", "P. Schönleber"])],
    ),
    dict(
        id="strohbach_reject", kind="rejection", scenario="filled_internally_outlook_chain",
        lang="de", company="Strohbach Architekten",
        contact="c.strohbach@strohbach-architekten.example.de",
        frm=("Carla Strohbach", "c.strohbach@strohbach-architekten.example.de"),
        subject="AW: Initiativbewerbung als CAD-Zeichner (Werkplanung)",
        date="2026-04-29 13:12 +0200", reply_of="ext:example.de",
        text="""Lieber Herr Oduya-Perrin,

danke für Ihre Initiativbewerbung. Kurz nachdem sie kam, hat sich ergeben, dass eine
unserer Auszubildenden nach ihrer Prüfung in die Werkplanung wechselt – die Stelle, an die
wir gedacht hatten, besetzen wir damit intern.

Falsche Hoffnungen möchte ich Ihnen nicht machen: Vor 2027 werden wir voraussichtlich
niemanden einstellen.

Herzliche Grüße aus dem Stuttgarter Westen
Carla Strohbach
Dipl.-Ing. Architektin | Partnerin
Strohbach Architekten PartGmbB
Rotebühlstraße 150 | 70197 Stuttgart
T 0711 555 8862

""" + C.outlook("de", "Maximilian Oduya-Perrin <maximilian.op@example.de>",
                "Montag, 20. April 2026 21:47", "info@strohbach-architekten.example.de",
                "Initiativbewerbung als CAD-Zeichner (Werkplanung)",
                """Sehr geehrte Damen und Herren,

als Tischler mit neun Jahren Werkstatterfahrung und frisch abgeschlossener
CAD-Weiterbildung suche ich eine Stelle in der Werkplanung eines Architekturbüros.
Details aus Holz, Treppen und Einbaumöbel kenne ich aus der Praxis.

Über eine Einladung zu einem Vorstellungsgespräch würde ich mich sehr freuen.

Mit freundlichen Grüßen
Maximilian Oduya-Perrin"""),
        layout=("word",),
    ),
    dict(
        id="sennhauser_hold", kind="rejection", scenario="role_on_hold_process_stopped_ch",
        lang="de", company="Sennhauser Fertigbau", contact="reto.imhof@sennhauser.example.ch",
        frm=("Sennhauser Fertigbau Recruiting", "noreply@talent.icims.com"),
        reply_to=("Reto Imhof", "reto.imhof@sennhauser.example.ch"),
        subject="Stelle 2026-118 CAD-Konstrukteur Elementbau – Stand Ihrer Bewerbung",
        date="2026-08-25 15:48 +0200", reply_of="sennhauser_screen",
        cte="base64", html_cte="base64",
        text="""Grüezi Herr Oduya-Perrin

Wir möchten Sie offen informieren: Die Geschäftsleitung hat entschieden, die Stelle
CAD-Konstrukteur Elementbau (2026-118) bis auf Weiteres nicht zu besetzen. Hintergrund ist
die Verschiebung eines Grossprojekts in Liestal. Das Verfahren wird deshalb eingestellt,
auch für die Kandidierenden, mit denen wir bereits telefoniert haben.

Wir bedauern das sehr, zumal unser Telefonat mit Ihnen positiv verlaufen ist. Wird die
Stelle 2027 neu ausgeschrieben, dürfen Sie sich gerne wieder bewerben.

Freundliche Grüsse
Reto Imhof
HR Business Partner
Sennhauser Fertigbau AG | Hauptstrasse 45 | 4132 Muttenz""",
        layout=("card", "Sennhauser Fertigbau", "#b71c1c"),
    ),
    dict(
        id="planwerk_reject", kind="rejection", scenario="casual_du_not_going_further",
        lang="de", company="Planwerk Digital", contact="jonas@planwerk-digital.example.de",
        frm=("Jonas Keil", "jonas@planwerk-digital.example.de"),
        subject="Kurzes Update von Planwerk",
        date="2026-09-03 18:22 +0200", reply_of="planwerk_missed",
        text="""Hey Maximilian,

ich mach's kurz und ehrlich: Wir gehen bei der Stelle nicht mit dir weiter. Nach dem
verpassten Call hatten wir noch überlegt, dir einen neuen Slot anzubieten, aber inzwischen
haben wir jemanden gefunden, der direkt mit Dynamo-Skripten loslegen kann – das passt fürs
Team gerade besser.

Nimm's nicht persönlich, dein Portfolio mit den Treppenzeichnungen fand ich richtig stark.
Wenn du magst, schreib mir in einem halben Jahr nochmal.

Viele Grüße
Jonas

--
Jonas Keil · Head of BIM · Planwerk Digital GmbH · Karlsruhe""",
    ),
    dict(
        id="wpp_reject", kind="rejection", scenario="agency_unnamed_client_chose_other",
        lang="de", company="Wiener Personalpartner",
        contact="hrdlicka@wiener-personalpartner.example.at",
        frm=("Mag. Sabine Hrdlicka", "hrdlicka@wiener-personalpartner.example.at"),
        subject="Ihr Profil – Bautechnischer Zeichner Holzbau",
        date="2026-09-24 10:05 +0200", reply_of="wpp_missed",
        text="""Sehr geehrter Herr Oduya-Perrin,

unser Auftraggeber hat nach Durchsicht der vorgestellten Profile eine Kandidatin mit
österreichischer Lehrabschlussprüfung als Bautechnische Zeichnerin ausgewählt. Für dieses
Mandat verfolgen wir Ihre Bewerbung daher nicht weiter.

Ich hätte Ihnen gern Besseres geschrieben, zumal Sie nach dem verpassten Telefonat so
rasch zurückgerufen haben. Ihre Unterlagen bleiben – sofern Sie nicht widersprechen –
zwölf Monate in unserer Datenbank.

Beste Grüße
""" + SABINE_SIG + """

Diese Nachricht ist vertraulich und ausschließlich für den Adressaten bestimmt. Wenn Sie
nicht der beabsichtigte Empfänger sind, benachrichtigen Sie bitte den Absender und löschen
Sie diese Nachricht. Wiener Personalpartner GmbH, FN 412233x, Handelsgericht Wien.""",
        layout=("word",),
    ),
    dict(
        id="austrobau_reject", kind="rejection", scenario="successfactors_after_assessment",
        lang="de", company="Austrobau Elemente",
        frm=("Austrobau Elemente Karriere", "noreply@successfactors.eu"),
        subject="Absage: Ihre Bewerbung für CAD-Techniker/in Fertigteilplanung (Job-ID 48291)",
        date="2026-08-12 06:30 +0000", reply_of="austrobau_move",
        cte="base64",
        text="""Sehr geehrter Herr Oduya-Perrin,

wir danken Ihnen für Ihre Teilnahme an unserem Assessment Center am 28. Juli in
Wien-Liesing.

Nach Auswertung aller Übungen und Gespräche haben wir entschieden, Ihnen kein Angebot für
die Position CAD-Techniker/in Fertigteilplanung zu unterbreiten. Die Wahl fiel auf
Kandidatinnen und Kandidaten mit mehr Erfahrung in der Bewehrungsplanung von
Betonfertigteilen.

Fragen zum Ergebnis richten Sie bitte über das Karriereportal an unser Recruiting-Team.

Mit freundlichen Grüßen
Ihr Recruiting-Team
Austrobau Elemente GmbH
Diese Nachricht wurde automatisch erstellt.""",
    ),
    dict(
        id="birsigtal_reject", kind="rejection", scenario="public_body_long_disclaimer_ch",
        lang="de", company="Bauverwaltung Birsigtal",
        contact="corinne.staehelin@birsigtal.example.ch",
        frm=("Corinne Stähelin", "corinne.staehelin@birsigtal.example.ch"),
        frm_enc=("utf-8", "Q"),
        subject="Stelle Zeichner/in EFZ Architektur 80–100 % – Entscheid",
        date="2026-07-30 14:15 +0200", reply_of="ext:example.de",
        text="""Sehr geehrter Herr Oduya-Perrin

Besten Dank für Ihre Bewerbung auf die Stelle als Zeichner/in EFZ Fachrichtung Architektur
bei der Bauverwaltung Birsigtal.

Nach Abschluss der Vorstellungsrunde müssen wir Ihnen mitteilen, dass wir Ihnen die Stelle
nicht anbieten können. Ausschlaggebend war, dass ein eidgenössisches Fähigkeitszeugnis als
Zeichner/in oder ein gleichwertiger Abschluss verlangt ist, den Sie derzeit noch nicht
vorweisen können.

Wir danken Ihnen für das Interesse an unserer Verwaltung.

Freundliche Grüsse

Corinne Stähelin
Leiterin Personaldienst
Bauverwaltung Birsigtal
Gemeindehausplatz 2, 4104 Oberwil
Tel. +41 61 555 70 20

----------------------------------------------------------------------
Diese E-Mail und allfällige Anhänge sind vertraulich und ausschliesslich für die
adressierte Person bestimmt. Wenn Sie diese Nachricht irrtümlich erhalten haben, bitten
wir Sie, den Absender zu benachrichtigen und die E-Mail zu löschen. Jede Verwendung,
Weitergabe oder Vervielfältigung durch Unbefugte ist untersagt. Die Bauverwaltung
Birsigtal lehnt jede Haftung für Schäden durch Viren oder unvollständige Übermittlung ab.
E-Mails an die Verwaltung sind nicht fristwahrend.
----------------------------------------------------------------------""",
    ),
    dict(
        id="technika_moosbrugger_reject", kind="rejection",
        scenario="headhunter_client_declines_before_talk", lang="de",
        company="Moosbrugger Treppenbau", contact="f.baeuerle@technika-recruiting.example.de",
        frm=FLORIAN, frm_enc=("utf-8", "B"),
        subject="Moosbrugger Treppenbau – Feedback",
        date="2026-05-22 12:47 +0200", reply_of="technika_cold",
        text="""Hallo Herr Oduya-Perrin,

kurzes Feedback aus Bietigheim: Moosbrugger Treppenbau hat sich nach Sichtung der Profile
gegen ein Gespräch mit Ihnen entschieden. Die Begründung des Kunden: Man sucht jemanden,
der die Treppenplanung in Compass schon selbstständig beherrscht.

Ich finde das schade, denn gerade Ihre Praxis im Treppenbau fehlt vielen Zeichnern. Ich
halte die Augen offen.

Gruß
Florian Bäuerle
Technika Recruiting | Executive Search Bau & Holz
Königstraße 26, 70173 Stuttgart | +49 711 555 9021""",
    ),
    dict(
        id="faller_reject", kind="rejection", scenario="two_word_no_from_phone", lang="de",
        company="Zimmerei Faller", contact="m.faller@zimmerei-faller.example.de",
        frm=("Martina Faller", "m.faller@zimmerei-faller.example.de"),
        subject="Re: Bewerbung Bauzeichner Holzrahmenbau",
        date="2026-10-08 19:31 +0200", reply_of="ext:example.de",
        text="""Hallo Herr Oduya-Perrin,
leider nein, wir haben uns anders entschieden.
Gruß
M. Faller

Von meinem iPhone gesendet

> Am 28.09.2026 um 07:12 schrieb Maximilian Oduya-Perrin <maximilian.op@example.de>:
>
> Sehr geehrte Frau Faller,
> anbei meine Unterlagen für die Stelle als Bauzeichner im Holzrahmenbau. Gerne komme
> ich zu einem Vorstellungsgespräch in Ihren Betrieb nach Kirchzarten.
> Mit freundlichen Grüßen
> Maximilian Oduya-Perrin""",
    ),
    dict(
        id="pfeiffer_reject", kind="rejection", scenario="role_cancelled_project_withdrawn",
        lang="de", company="Pfeiffer-Kalb Architekten",
        contact="l.pfeiffer@pk-architekten.example.at",
        frm=("DI Lukas Pfeiffer-Kalb", "l.pfeiffer@pk-architekten.example.at"),
        subject="AW: Bewerbung – Bautechnischer Zeichner Werkplanung (Ihr Inserat vom 18. Mai)",
        date="2026-06-11 11:11 +0200", reply_of="ext:example.de",
        text="""Sehr geehrter Herr Oduya-Perrin,

vielen Dank für Ihr Interesse an unserem Büro.

Die ausgeschriebene Stelle entfällt leider ersatzlos: Der Bauherr des Wohnbauprojekts, für
das wir Verstärkung gesucht haben, hat den Auftrag zurückgezogen. Wir führen das
Auswahlverfahren daher nicht fort und besetzen die Stelle auch später nicht nach.

Ich bitte um Verständnis und wünsche Ihnen alles Gute.

Mit freundlichen Grüßen
DI Lukas Pfeiffer-Kalb
Pfeiffer-Kalb Architekten ZT GmbH
Lindengasse 41, 1070 Wien
T +43 1 555 4417

""" + C.outlook("de", "Maximilian Oduya-Perrin [mailto:maximilian.op@example.de]",
                "Dienstag, 26. Mai 2026 18:03", "office@pk-architekten.example.at",
                "Bewerbung – Bautechnischer Zeichner Werkplanung (Ihr Inserat vom 18. Mai)",
                """Sehr geehrte Damen und Herren,

mit großem Interesse habe ich Ihr Inserat gelesen. Als Tischler mit CAD-Weiterbildung
bringe ich Werkstattpraxis und Zeichenroutine mit. Ich freue mich über die Gelegenheit,
mich in einem Vorstellungsgespräch persönlich vorzustellen.

Mit freundlichen Grüßen
Maximilian Oduya-Perrin"""),
        html_only=True, layout=("word",),
    ),
    # ------------------------------------------------------------------ French
    dict(
        id="vm_reject", kind="rejection", scenario="recruitee_after_interview_archicad",
        lang="fr", company="Vogt & Muller Architectes",
        contact="claire.vogt@vogt-muller.example.fr",
        frm=("Vogt & Muller Architectes", "vogtmuller@jobs.recruitee.com"),
        reply_to=("Claire Vogt", "claire.vogt@vogt-muller.example.fr"),
        subject="Votre candidature – Dessinateur-projeteur (H/F), Strasbourg",
        date="2026-06-16 17:20 +0200", reply_of="vm_move",
        text="""Bonjour Maximilian,

Merci encore d'être venu nous rencontrer le 4 juin. Nous avons apprécié la précision de
vos relevés et votre connaissance du bois.

Après réflexion, nous avons choisi de poursuivre avec une personne déjà rompue à la
production de dossiers PRO/DCE sous ArchiCAD, compétence indispensable pour le chantier
qui démarre en septembre. Nous ne donnerons donc pas suite à votre candidature pour ce
poste.

Nous vous souhaitons une belle réussite dans votre reconversion.

Claire Vogt
Architecte associée
Vogt & Muller Architectes SARL
14 quai des Bateliers, 67000 Strasbourg""",
        layout=("card", "Vogt & Muller Architectes", "#2c3e50", "Envoyé via Recruitee"),
    ),
    dict(
        id="lauterbach_reject", kind="rejection", scenario="recruitment_suspended_latin1",
        lang="fr", company="Lauterbach Ingénierie",
        contact="s.hueber@lauterbach-ingenierie.example.fr",
        frm=("Stéphane Hueber", "s.hueber@lauterbach-ingenierie.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Poste de projeteur structure bois : suspension du recrutement",
        date="2026-04-08 09:48 +0200", reply_of="lauterbach_cancel",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Bonjour Monsieur Oduya-Perrin,

Comme je vous l'avais laissé entendre en annulant notre échange téléphonique, la direction
a revu ses priorités pour le second semestre. Le recrutement du projeteur structure bois
est suspendu sans date de reprise, et nous ne poursuivrons pas le processus, ni avec vous
ni avec les autres candidats.

Je regrette sincèrement ce contretemps, qui ne dit rien de la qualité de votre dossier.

Bien cordialement,

Stéphane Hueber
Responsable bureau d'études
Lauterbach Ingénierie
3 rue de la Filature, 68100 Mulhouse
Tél. 03 89 55 51 20""",
    ),
    dict(
        id="ait_haag_reject", kind="rejection", scenario="agency_relays_client_no_fr",
        lang="fr", company="Menuiserie Haag", contact="n.benali@ait-interim.example.fr",
        frm=("Nadia Benali", "n.benali@ait-interim.example.fr"),
        subject="Retour de la Menuiserie Haag",
        date="2026-02-18 14:03 +0100", reply_of="ait_haag_move",
        text="""Bonjour Maximilian,

J'ai eu M. Haag au téléphone ce matin. Il a finalement retenu un dessinateur qui connaît
déjà son logiciel de débit et qui peut démarrer lundi. Pour vous, la réponse est donc
négative sur ce poste, malgré un bon ressenti lors de votre rencontre.

Je garde votre dossier actif : j'ai deux missions en bureau d'études à Colmar qui
pourraient vous convenir, je vous appelle la semaine prochaine.

Belle journée,
""" + NADIA_SIG,
        layout=("word",),
    ),
    dict(
        id="batiplan_reject", kind="rejection", scenario="taleo_suite_defavorable",
        lang="fr", company="Groupe Bâtiplan",
        frm=("Groupe Bâtiplan - Recrutement", "notifications@taleo.net"),
        frm_enc=("iso-8859-1", "Q"),
        subject="Candidature n° 2600417 - Dessinateur projeteur (H/F) - Mulhouse",
        date="2026-10-13 08:02 +0200", reply_of="batiplan_ack",
        headers=[("Auto-Submitted", "auto-generated")],
        text="""Monsieur Maximilian Oduya-Perrin,

Nous vous remercions de l'intérêt que vous portez au Groupe Bâtiplan et du temps consacré
à votre candidature au poste de Dessinateur projeteur (H/F) basé à Mulhouse.

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous
ne pouvons y donner une suite favorable.

Sauf opposition de votre part, nous conservons vos coordonnées dans notre vivier de
candidats pendant deux ans.

Cordialement,
La Direction des Ressources Humaines
Groupe Bâtiplan

Ceci est un message automatique, merci de ne pas y répondre.""",
        html_only=True, layout=("card", "Groupe Bâtiplan", "#34495e"),
    ),
    dict(
        id="regie_reject", kind="rejection", scenario="public_jury_letter_pdf_latin1",
        lang="fr", company="Régie des Bâtiments de l'Ill",
        contact="sandrine.ott@regie-batiments-ill.example.fr",
        frm=("Régie des Bâtiments de l'Ill - Service RH",
             "recrutement@regie-batiments-ill.example.fr"),
        frm_enc=("iso-8859-1", "Q"),
        reply_to=("Sandrine Ott", "sandrine.ott@regie-batiments-ill.example.fr"),
        subject="Suite donnée à votre candidature - réf. RBI-2026-031",
        subj_enc=("iso-8859-1", "B"),
        date="2026-09-04 11:30 +0200", reply_of="regie_ack",
        charset="iso-8859-1", cte="8bit",
        text="""Monsieur,

Vous trouverez ci-joint le courrier relatif à votre candidature au poste de technicien
dessinateur (catégorie B, contractuel) à la direction du patrimoine.

Au terme de la procédure de recrutement, le jury n'a pas retenu votre candidature. Le poste
sera pourvu par voie de mutation interne.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Sandrine Ott
Service des ressources humaines
Régie des Bâtiments de l'Ill
8 place de l'Hôtel de Ville, 67000 Strasbourg""",
        attach=[dict(pdf="Courrier_RBI-2026-031.pdf", title="Courrier candidature RBI-2026-031",
                     lines=["Régie des Bâtiments de l'Ill - Ressources humaines", "",
                            "M. Maximilian Oduya-Perrin", "",
                            "Objet : candidature au poste de technicien dessinateur",
                            "Réf. RBI-2026-031", "",
                            "Monsieur, au terme de la procédure de recrutement, le jury n'a pas",
                            "retenu votre candidature.", "", "Sandrine Ott"])],
    ),
    dict(
        id="mos_reject", kind="rejection", scenario="teamtailor_after_trial_day",
        lang="fr", company="Maisons Ossature Sundgau",
        contact="julie.wiederkehr@mos-sundgau.example.fr",
        frm=("Maisons Ossature Sundgau", "no-reply@teamtailor-mail.com"),
        reply_to=("Julie Wiederkehr", "julie.wiederkehr@mos-sundgau.example.fr"),
        subject="Maximilian, merci pour la journée d'essai",
        date="2026-03-23 16:44 +0100", reply_of="mos_move",
        text="""Bonjour Maximilian,

Toute l'équipe du bureau technique vous remercie pour votre journée parmi nous à
Altkirch. Vos croquis à main levée ont fait sensation à l'atelier !

Nous avons toutefois décidé de confier le poste à un candidat dont le parcours correspond
davantage à nos besoins actuels, à savoir une expérience confirmée de la conception de
murs à ossature bois sous Cadwork. Si un poste s'ouvre en atelier ou au service méthodes,
nous penserons à vous.

À bientôt peut-être,
Julie Wiederkehr
Responsable RH – Maisons Ossature Sundgau""",
        layout=("card", "Maisons Ossature Sundgau", "#2e7d32", "Envoyé via Teamtailor"),
    ),
    dict(
        id="hauterive_reject", kind="rejection", scenario="headhunter_unnamed_client_shortlist",
        lang="fr", company="Hauterive Conseil",
        contact="a.devautrin@hauterive-conseil.example.fr",
        frm=("Arnaud de Vautrin", "a.devautrin@hauterive-conseil.example.fr"),
        subject="Mission « projeteur bois » – point d'étape",
        subj_enc=("utf-8", "B"),
        date="2026-09-29 18:10 +0200", reply_of="hauterive_missed",
        text="""Maximilian,

Je reviens vers vous comme promis. Mon client a présenté la short-list à son comité lundi
et a arrêté son choix sur un profil plus senior en charpente traditionnelle. Je ne pourrai
donc pas vous présenter au second tour.

Notre appel manqué du 9 n'y est pour rien, je tiens à le préciser : nous avions pu nous
parler le lendemain.

Je vous recontacte dès que j'ai une mission adaptée.

Arnaud de Vautrin
Associé – Hauterive Conseil
Recrutement par approche directe – Bois, Bâtiment, Ingénierie
+33 3 88 55 71 09""",
    ),
    dict(
        id="schaller_reject", kind="rejection", scenario="terse_poste_pourvu_outlook_cp1252",
        lang="fr", company="Agencement Schaller", contact="paul@agencement-schaller.example.fr",
        frm=("Paul Schaller", "paul@agencement-schaller.example.fr"),
        subject="RE: Candidature dessinateur agencement",
        date="2026-03-11 12:02 +0100", reply_of="ext:example.de",
        charset="windows-1252", cte="8bit",
        text="""Bonjour,

Le poste est pourvu depuis la semaine dernière. Désolé.

P. Schaller

-----Message d'origine-----
De : Maximilian Oduya-Perrin [mailto:maximilian.op@example.de]
Envoyé : lundi 9 mars 2026 20:15
À : paul@agencement-schaller.example.fr
Objet : Candidature dessinateur agencement

Monsieur Schaller,

Suite à votre annonce sur le site de la Chambre de métiers, je vous adresse ma candidature
au poste de dessinateur en agencement. Menuisier depuis neuf ans, je termine une formation
DAO et je me tiens à votre disposition pour un entretien.

Cordialement,
Maximilian Oduya-Perrin""",
    ),
    # ------------------------------------------------------------------ English
    dict(
        id="grattan_reject", kind="rejection", scenario="after_interview_quotes_thank_you_en",
        lang="en", company="Grattan Lowe Architects",
        contact="niamh.carberry@grattanlowe.example.ie",
        frm=("Niamh Carberry", "niamh.carberry@grattanlowe.example.ie"),
        subject="Re: Thank you – Architectural Technician interview",
        date="2026-04-02 15:37 +0100", reply_of="grattan_thanks",
        text="""Hi Maximilian,

Thanks so much for your kind note, and sorry for the slow reply – the week got away from
me.

I've now talked it through with Ronan and Sinéad. They liked your survey drawings a lot,
but they've gone with a candidate who has several years of Irish Building Regulations
detailing behind them, which the schools programme really needs right now. So we won't be
taking your application any further this time round.

Please don't let it put you off. I'd genuinely be glad to hear from you again once you've
a bit more technical drawing experience under your belt.

Best,
Niamh

Niamh Carberry
Talent Partner | Grattan Lowe Architects
14 Fitzwilliam Place, Dublin 2
+353 1 555 0142

""" + C.said("en", "Fri, 20 Mar 2026 at 19:02", "Maximilian Oduya-Perrin",
             "maximilian.op@example.de") + "\n" + C.quote(GRATTAN_THANKS),
        layout=("plain",),
    ),
    dict(
        id="liffey_reject", kind="rejection", scenario="bamboohr_not_progressing",
        lang="en", company="Liffey Joinery",
        frm=("Liffey Joinery", "notifications@app.bamboohr.com"),
        subject="Update on your application for CAD Setter-Out at Liffey Joinery",
        date="2026-07-08 09:15 +0100", reply_of="liffey_ack",
        text="""Dear Maximilian,

Thank you for applying for the CAD Setter-Out role at Liffey Joinery and for your patience
while we worked through applications.

We've reviewed your application carefully and, on this occasion, we will not be
progressing it further. Hands-on experience with Microvellum for CNC output was the
deciding factor for this role.

We wish you every success in your search.

Kind regards,
The Liffey Joinery hiring team

This message was sent by BambooHR on behalf of Liffey Joinery Ltd. Please do not reply to
this email.""",
        layout=("card", "Liffey Joinery", "#6d4c41"),
    ),
    dict(
        id="pale_cullinan_reject", kind="rejection", scenario="agency_relays_client_filled_en",
        lang="en", company="Cullinan Timber Frame", contact="aoife@palerecruitment.example.ie",
        frm=("Aoife Brennan", "aoife@palerecruitment.example.ie"),
        subject="Cullinan Timber Frame – their decision",
        date="2026-08-27 11:52 +0100", reply_of="pale_cullinan_missed",
        text="""Morning Maximilian,

Cullinan came back to me last night. After the call that didn't connect on the 18th, Seán
went ahead with the two people he'd already spoken to and has offered the job to one of
them. So it's a no from Cullinan for this one, I'm afraid.

I know you had a genuine reason for missing it, and I told him so. Let's regroup – I've a
couple of modular builders in Kildare and Meath I'd like to put you forward for.

Cheers,
Aoife

""" + AOIFE_SIG,
    ),
    dict(
        id="docklands_reject", kind="rejection", scenario="public_body_not_shortlisted",
        lang="en", company="Dublin Docklands Building Authority",
        contact="recruitment@ddba.example.ie",
        frm=("Recruitment Unit, Dublin Docklands Building Authority",
             "recruitment@ddba.example.ie"),
        subject="Competition DDBA/TECH/26/04 – Architectural Technician Grade II – shortlisting outcome",
        date="2026-10-01 14:00 +0100",
        text="""Dear Mr Oduya-Perrin,

Competition: Architectural Technician Grade II (Ref. DDBA/TECH/26/04)

The shortlisting board has completed its assessment of applications against the essential
and desirable criteria in the candidate information booklet.

I regret to inform you that your application was not placed on the shortlist, and you
will therefore not be called to interview in this competition. The board noted that a
Level 7 qualification in Architectural Technology, or equivalent, was an essential
requirement.

You may request a review of this decision in writing within five working days, in line
with the Code of Practice. Queries may be sent to recruitment@ddba.example.ie.

Yours sincerely,

Recruitment Unit
Dublin Docklands Building Authority
North Wall Quay, Dublin 1""",
        layout=("word",),
    ),
    dict(
        id="brunnmatt_reject", kind="rejection", scenario="smartrecruiters_pursue_others",
        lang="en", company="Brunnmatt Engineering", contact="priya.raman@brunnmatt.example.ch",
        frm=("Brunnmatt Engineering", "noreply@smartrecruiters.com"),
        reply_to=("Priya Raman", "priya.raman@brunnmatt.example.ch"),
        subject="Your application – CAD Drafter (Timber & Steel Connections)",
        date="2026-09-15 10:40 +0200", reply_of="brunnmatt_missed",
        text="""Hello Maximilian,

I wanted to close the loop on the CAD Drafter (Timber & Steel Connections) position.

We've decided to pursue other candidates whose background in Tekla Structures is a closer
match for our current workload. I'm sorry it isn't better news, and I did appreciate that
you got back to us straight away after the Zoom mix-up.

Wishing you the best,
Priya Raman
Talent Acquisition, Brunnmatt Engineering AG
Dornacherstrasse 210, 4053 Basel""",
        layout=("card", "Brunnmatt Engineering", "#37474f", "Sent via SmartRecruiters"),
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        id="zubiri_reject", kind="rejection", scenario="estudio_cierra_candidatura_quoted",
        lang="es", company="Zubiri Larrea Arquitectos",
        contact="itziar@zubirilarrea.example.es",
        frm=("Itziar Zubiri", "itziar@zubirilarrea.example.es"),
        subject="Re: Candidatura delineante – Zubiri Larrea Arquitectos",
        date="2026-04-15 13:25 +0200", reply_of="zubiri_ack",
        text="""Hola Maximilian:

Te escribo para cerrar tu candidatura. Hemos revisado los perfiles con calma y vamos a
seguir con personas cuya experiencia se ajusta más a la redacción de proyectos de
ejecución en vivienda colectiva, que es el grueso de nuestro trabajo este año.

Tu trayectoria en carpintería nos parece muy interesante y no descartamos contar contigo
más adelante si surge algo relacionado con interiorismo.

Un saludo cordial,

Itziar Zubiri
Arquitecta socia · Zubiri Larrea Arquitectos
Calle Estafeta 31, 2.º · 31001 Pamplona
948 555 204

""" + C.said("es", "jue, 12 mar 2026 a las 10:04", "Zubiri Larrea Arquitectos",
             "estudio@zubirilarrea.example.es") + "\n" + C.quote(ZUBIRI_ACK),
    ),
    dict(
        id="arga_reject", kind="rejection", scenario="workable_no_avanzamos",
        lang="es", company="Casas Modulares Arga",
        frm=("Casas Modulares Arga", "noreply@candidates.workablemail.com"),
        subject="Tu candidatura para Delineante/a proyectista en Casas Modulares Arga",
        date="2026-10-05 08:47 +0200", reply_of="arga_cancel",
        text="""Hola Maximilian,

Gracias por tu interés en Casas Modulares Arga y por el tiempo que has dedicado al proceso
de selección para el puesto de Delineante/a proyectista.

Tras valorar todas las candidaturas, hemos decidido no avanzar con la tuya en esta
ocasión. Guardaremos tus datos por si en el futuro se abre una vacante que encaje mejor
con tu perfil.

Un saludo,
Equipo de Personas de Casas Modulares Arga

Este correo se ha enviado desde Workable. Por favor, no respondas a este mensaje.""",
        layout=("card", "Casas Modulares Arga", "#00897b"),
    ),
    dict(
        id="talento_echarri_reject", kind="rejection", scenario="agency_relays_client_no_es",
        lang="es", company="Muebles Echarri", contact="maite.goni@talentonavarra.example.es",
        frm=MAITE, frm_enc=("iso-8859-1", "Q"),
        subject="Muebles Echarri: respuesta",
        date="2026-07-24 12:30 +0200", reply_of="talento_echarri_missed",
        charset="iso-8859-1", cte="quoted-printable",
        text="""Buenos días, Maximilian:

Ya tengo la respuesta de Muebles Echarri. Como te adelanté por teléfono, después de no
poder hacer la llamada del martes 14 han cerrado el proceso con otra persona, así que con
ellos no seguimos adelante.

No es una valoración de tu perfil: el gerente quería cubrir el puesto antes de agosto y no
le daba tiempo a cuadrar otra fecha.

Seguimos en contacto para otras ofertas en la comarca.

Un abrazo,
Maite Goñi
Consultora de selección
Talento Navarra
Avenida de Carlos III 44, 31002 Pamplona
948 555 611""",
    ),
]
