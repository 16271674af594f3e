"""offer: verbal and written offers, offer letters, contracts sent for signature."""

from __future__ import annotations

from msgs323_common import DISCLAIMER_DE, DISCLAIMER_FR, M, plain_html

URL = ("Sabine Url", "sabine.url@lindmoser-fenster.example.at")
PICHORNER = ("Gerald Pichorner", "gerald.pichorner@lindmoser-fenster.example.at")
REINDL = ("Tobias Reindl", "tobias.reindl@hallbrunner-baustoffe.example.de")
MAJA = ("Maja Kovačič", "maja.kovacic@dravabuild.example.si")
LUCIA = ("Lucía Ferrer", "lucia.ferrer@almacenes-albufera.example.es")

MESSAGES = [
    # ------------------------------------------------------------------ German
    M(s="lindmoser_verbal", k="offer", l="de", co="Fensterbau Lindmoser", ct="f", fr=PICHORNER,
      sub="Wie besprochen – wir möchten Sie an Bord holen", d="2026-04-02 17:20 +0200",
      cs="windows-1252", cte="quoted-printable",
      b="""\
Lieber Herr Wiesinger,

wie vorhin am Telefon besprochen: Wir möchten Ihnen die Stelle als Kalkulant / Technischer
Innendienst Fenster & Türen bei uns in Klagenfurt anbieten!

Die Eckdaten kurz zusammengefasst:
– Eintritt: 1. Juni 2026 (oder nach Vereinbarung)
– Bruttomonatsgehalt: 3.650 € (14 x), Einstufung KV Holz- und Kunststoffverarbeitung
– Firmenwagen für Baustellentermine, Homeoffice 1 Tag/Woche

Frau Url schickt Ihnen in den nächsten Tagen das schriftliche Angebot. Ich freue mich sehr auf
die Zusammenarbeit!

Beste Grüße
Gerald Pichorner
Vertriebsleitung Objekt | Fensterbau Lindmoser GmbH
"""),
    M(s="lindmoser_letter", k="offer", l="de", co="Fensterbau Lindmoser", ct="f", fr=URL,
      sub="Ihr Angebot: Kalkulant / Technischer Innendienst", d="2026-04-08 10:02 +0200",
      b="""\
Sehr geehrter Herr Wiesinger,

im Anschluss an das Telefonat mit Herrn Pichorner freuen wir uns, Ihnen anbei unser
schriftliches Angebot für die Position Kalkulant / Technischer Innendienst Fenster & Türen zu
übermitteln.

Bitte lassen Sie uns bis 20. April 2026 wissen, ob Sie das Angebot annehmen. Für Fragen zu
Gehalt, Probezeit oder Umzugsunterstützung stehe ich Ihnen gerne zur Verfügung.

Freundliche Grüße
Sabine Url
Personalabteilung
Fensterbau Lindmoser GmbH | Völkermarkter Straße 240 | 9020 Klagenfurt
Tel. +43 463 31 44 0-22

""" + DISCLAIMER_DE + "\n",
      att=[("Angebot_Wiesinger_Lindmoser.pdf", [
          "Fensterbau Lindmoser GmbH - Voelkermarkter Strasse 240 - 9020 Klagenfurt",
          "",
          "Herrn Konstantin Wiesinger, Graz",
          "",
          "Angebot fuer ein Dienstverhaeltnis",
          "Position: Kalkulant / Technischer Innendienst Fenster & Tueren",
          "Beginn: 1. Juni 2026",
          "Bruttomonatsgehalt: EUR 3.650,- (14 x jaehrlich)",
          "Probezeit: 1 Monat, Arbeitszeit 38,5 Stunden",
          "Umzugspauschale: EUR 1.500,-",
          "",
          "Klagenfurt, 8. April 2026 - Sabine Url, Personalabteilung",
      ])]),
    M(s="lindmoser_contract", k="offer", l="de", co="Fensterbau Lindmoser", ct="f", fr=URL,
      sub="AW: Annahme Angebot – Dienstvertrag zur Unterschrift", d="2026-04-24 09:15 +0200",
      re="own_lindmoser_accept", q="std",
      b="""\
Sehr geehrter Herr Wiesinger,

wir freuen uns sehr über Ihre Zusage! Anbei erhalten Sie Ihren Dienstvertrag in zweifacher
Ausfertigung. Bitte unterschreiben Sie beide Exemplare und senden Sie eines bis 8. Mai an uns
zurück – eingescannt per E-Mail genügt vorerst.

Zu Ihrem ersten Arbeitstag am 1. Juni melde ich mich noch gesondert.

Freundliche Grüße
Sabine Url
Personalabteilung | Fensterbau Lindmoser GmbH
""",
      att=[("Dienstvertrag_Wiesinger.pdf", [
          "DIENSTVERTRAG",
          "abgeschlossen zwischen Fensterbau Lindmoser GmbH (Dienstgeber)",
          "und Herrn Konstantin Wiesinger (Dienstnehmer)",
          "",
          "1. Beginn des Dienstverhaeltnisses: 1. Juni 2026",
          "2. Verwendung: Kalkulant / Technischer Innendienst",
          "3. Entgelt: EUR 3.650,- brutto monatlich, 14 x jaehrlich",
          "4. Dienstort: Klagenfurt",
          "",
          "Unterschrift Dienstgeber ____________  Unterschrift Dienstnehmer ____________",
      ])]),
    M(s="hallbrunner_offer", k="offer", l="de", co="Hallbrunner Baustoffe", ct="f", fr=REINDL,
      sub="Vertragsangebot Fachberater Holz & Bauelemente", d="2026-04-16 14:48 +0200",
      b="""\
Hallo Herr Wiesinger,

vielen Dank für die beiden Gespräche – Frau Gruber und die Kollegen in der Niederlassung
München-Nord waren begeistert. Ich freue mich, Ihnen hiermit die Stelle als Fachberater Holz &
Bauelemente im Außendienst anbieten zu dürfen.

Unser Angebot:
- Jahreszielgehalt 58.000 € (52.000 € fix + 6.000 € variabel bei 100 % Zielerreichung)
- Dienstwagen (auch zur privaten Nutzung), 30 Tage Urlaub
- Start zum 1. Juli 2026

Den Vertragsentwurf finden Sie im Anhang. Über eine Rückmeldung bis zum 30. April würden wir
uns sehr freuen.

Viele Grüße
Tobias Reindl
Recruiting & Personalentwicklung | Hallbrunner Baustoffe KG
""",
      h=plain_html("""\
<p>Hallo Herr Wiesinger,</p>
<p>vielen Dank für die beiden Gespräche &ndash; Frau Gruber und die Kollegen in der
Niederlassung München-Nord waren begeistert. Ich freue mich, Ihnen hiermit die Stelle als
<b>Fachberater Holz &amp; Bauelemente im Außendienst</b> anbieten zu dürfen.</p>
<ul><li>Jahreszielgehalt 58.000 € (52.000 € fix + 6.000 € variabel)</li>
<li>Dienstwagen (auch zur privaten Nutzung), 30 Tage Urlaub</li>
<li>Start zum 1. Juli 2026</li></ul>
<p>Den Vertragsentwurf finden Sie im Anhang.</p>
<p>Viele Grüße<br>Tobias Reindl</p>"""),
      att=[("Vertragsentwurf_Hallbrunner_Wiesinger.pdf", [
          "Hallbrunner Baustoffe KG - Arbeitsvertrag (Entwurf)",
          "Arbeitnehmer: Konstantin Wiesinger",
          "Taetigkeit: Fachberater Holz & Bauelemente, Aussendienst Muenchen-Nord",
          "Beginn: 1. Juli 2026",
          "Verguetung: EUR 52.000 fix p.a. zzgl. variabler Anteil bis EUR 6.000",
      ])]),
    M(s="hallbrunner_revised", k="offer", l="de", co="Hallbrunner Baustoffe", ct="f",
      fr=REINDL, sub="AW: Vertragsangebot – überarbeitetes Angebot", d="2026-04-22 12:05 +0200",
      re="own_hallbrunner_counter", q="outlook",
      b="""\
Hallo Herr Wiesinger,

danke für Ihre offene Rückmeldung. Wir verstehen, dass der Umzug von Graz nach München ein
großer Schritt ist. Nach Rücksprache mit der Geschäftsleitung können wir unser Angebot wie
folgt anpassen:

- Fixgehalt 55.000 € statt 52.000 € (variabel unverändert bis 6.000 €)
- Umzugskostenpauschale 3.000 € und zwei Monate möblierte Wohnung in Garching

Alle anderen Punkte bleiben wie besprochen. Wir würden uns sehr freuen, wenn Sie zusagen.

Viele Grüße
Tobias Reindl
"""),
    # ------------------------------------------------------------------ English
    M(s="drava_offer", k="offer", l="en", co="Drava Building Supply", ct="f", fr=MAJA,
      ewn=("utf-8", "B"), sub="Offer of employment – Key Account Estimator",
      d="2026-03-20 15:10 +0100",
      b="""\
Dear Konstantin,

Following your interview on 11 March, I am delighted to offer you the position of Key Account
Estimator, Building Products, at Drava Building Supply.

Please find your offer letter attached, with the salary, start date and relocation package.
We would be grateful for your answer by 3 April 2026.

Bojan and Petra are very much looking forward to working with you.

Kind regards,
Maja Kovačič
HR Business Partner | Drava Building Supply d.o.o.
""",
      att=[("Offer_Letter_K_Wiesinger.pdf", [
          "Drava Building Supply d.o.o. - Trzaska cesta 85 - 2000 Maribor",
          "",
          "OFFER OF EMPLOYMENT",
          "Candidate: Konstantin Wiesinger",
          "Position: Key Account Estimator, Building Products",
          "Start date: 4 May 2026",
          "Gross salary: EUR 3,100 per month, plus annual bonus of up to 10%",
          "Relocation allowance: EUR 2,000",
          "",
          "Please sign and return by 3 April 2026.",
      ])]),
    M(s="drava_final", k="offer", l="en", co="Drava Building Supply", ct="f", fr=MAJA,
      ewn=("utf-8", "B"), sub="Re: Offer of employment – Key Account Estimator",
      d="2026-04-01 09:30 +0200", re="own_drava_question", q="std", cte="quoted-printable",
      b="""\
Dear Konstantin,

Thank you for your questions. I discussed them with Bojan and we can improve our offer: the
monthly gross salary would be EUR 3,350, and we would add a company car for customer visits in
Austria. The start date can also move to 1 June if you prefer.

This is our final offer. Could you let me know by 10 April?

Kind regards,
Maja
"""),
    # ------------------------------------------------------------------ French
    M(s="rhenanes_offer", k="offer", l="fr", co="Menuiseries Rhénanes", ct="f",
      fr=("Claire Oberlé", "claire.oberle@menuiseries-rhenanes.example.fr"),
      ewn=("iso-8859-1", "Q"), sub="Proposition d'embauche - Technico-commercial menuiserie",
      d="2026-03-25 16:30 +0100", cs="iso-8859-1", cte="quoted-printable",
      b="""\
Bonjour Monsieur Wiesinger,

Suite à nos deux entretiens, j'ai le plaisir de vous confirmer que nous souhaitons vous
recruter au poste de technico-commercial menuiserie en CDI.

Vous trouverez ci-joint notre promesse d'embauche précisant la rémunération (38 000 euros
bruts annuels + primes sur objectifs), la date de prise de poste envisagée (1er juin 2026) et
les avantages (véhicule de service, mutuelle, tickets restaurant).

Nous vous remercions de nous faire part de votre décision avant le 8 avril.

Bien cordialement,
Claire Oberlé
Responsable Ressources Humaines - Menuiseries Rhénanes SAS

""" + DISCLAIMER_FR.replace("’", "'") + "\n",
      att=[("Promesse_embauche_Wiesinger.pdf", [
          "Menuiseries Rhenanes SAS - 67100 Strasbourg",
          "",
          "PROMESSE D'EMBAUCHE",
          "M. Konstantin Wiesinger",
          "Poste : Technico-commercial menuiserie (CDI)",
          "Remuneration : 38 000 EUR bruts annuels + primes",
          "Date de prise de poste : 1er juin 2026",
      ])]),
    # ------------------------------------------------------------------ Spanish
    M(s="albufera_offer", k="offer", l="es", co="Almacenes Albufera", ct="f", fr=LUCIA,
      sub="Oferta – Técnico comercial de materiales de construcción", d="2026-04-21 13:05 +0200",
      re="own_albufera_thanks", q="std",
      b="""\
Hola, Konstantin:

Como te ha adelantado Javier por teléfono esta mañana, nos encantaría que te unieras a
Almacenes Albufera como técnico comercial. Te confirmo por escrito las condiciones:

- Contrato indefinido, jornada completa, incorporación el 1 de junio
- Salario bruto anual de 32.000 € + variable de hasta 5.000 €
- Coche de empresa y teléfono
- Ayuda de 1.500 € para el traslado a Valencia

Si te parece bien, te preparo el contrato. ¿Nos dices algo antes del 30 de abril?

Un abrazo,
Lucía Ferrer
Responsable de Personas – Almacenes Albufera S.L.
"""),
    M(s="albufera_contract", k="offer", l="es", co="Almacenes Albufera", ct="f", fr=LUCIA,
      sub="Contrato para firma – Almacenes Albufera", d="2026-04-29 10:40 +0200",
      cs="iso-8859-1", cte="8bit",
      b="""\
Hola, Konstantin:

Como hablamos ayer por teléfono, te adjunto el contrato de trabajo para que lo revises con calma antes de
decidir. Si estás de acuerdo, fírmalo electrónicamente o imprímelo, fírmalo y envíanoslo
escaneado antes del 8 de mayo.

Cualquier duda, me llamas.

Un saludo,
Lucía Ferrer
Responsable de Personas
""",
      att=[("Contrato_Wiesinger_Albufera.pdf", [
          "CONTRATO DE TRABAJO INDEFINIDO",
          "Empresa: Almacenes Albufera S.L., Cami Reial 88, 46460 Silla",
          "Trabajador: Konstantin Wiesinger",
          "Puesto: Tecnico comercial de materiales de construccion",
          "Fecha de inicio: 1 de junio de 2026",
          "Salario bruto anual: 32.000 EUR + variable",
      ])]),
]
