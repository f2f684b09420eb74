"""Words too common to search for, per content language (after Snowball's stop word lists).

A query drops them unless it has nothing else; the index leaves them out.
"""


def _words(text):
    return frozenset(text.split())


STOPWORDS = {
    "en": _words("""a about above after again against all am an and any are as at be because been
        before being below between both but by can could did do does doing down during each few
        for from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not of off on once only or
        other our ours ourselves out over own same she should so some such than that the their
        theirs them themselves then there these they this those through to too under until up
        very was we were what when where which while who whom why will with would you your
        yours yourself yourselves"""),
    "de": _words("""aber alle allem allen aller alles als also am an ander andere anderem anderen
        anderer anderes auch auf aus bei bin bis bist da damit dann das dass dasselbe dazu dein
        deine deinem deinen deiner dem demselben den denn denselben der derer derselbe
        derselben des desselben dessen dich die dies diese dieselbe dieselben diesem diesen
        dieser dieses dir doch dort du durch ein eine einem einen einer eines einig einige
        einigem einigen einiger einiges einmal er es etwas euch euer eure eurem euren eurer
        für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr
        ihre ihrem ihren ihrer im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen
        jener jenes jetzt kann kein keine keinem keinen keiner man manche manchem manchen
        mancher mein meine meinem meinen meiner mich mir mit muss musste nach nicht nichts noch
        nun nur ob oder ohne sehr sein seine seinem seinen seiner selbst sich sie sind so solche
        solchem solchen solcher soll sollte sondern sonst über um und uns unser unsere unserem
        unseren unter viel vom von vor während war waren warst was weg weil weiter welche
        welchem welchen welcher welches wenn werde werden wie wieder will wir wird wirst wo
        wollen wollte würde würden zu zum zur zwar zwischen"""),
    "es": _words("""a al algo algunas algunos ante antes como con contra cual cuando de del desde
        donde durante e el ella ellas ellos en entre era erais eran eras eres es esa esas ese
        eso esos esta estaba estado estas este esto estos fue fueron ha había han hasta hay la
        las le les lo los mas más me mi mis mucho muchos muy nada ni no nos nosotros o os otra
        otras otro otros para pero poco por porque que qué quien quienes se sea ser si sí sido
        sin sobre son su sus también tanto te tiene tienen todo todos tu tus un una uno unos y
        ya yo"""),
    "pt-br": _words("""a à ao aos as às até com como da das de dela delas dele deles depois do dos e
        é ela elas ele eles em entre era eram essa essas esse esses esta está estão estas este
        estes eu foi foram há isso isto já la lhe lhes mais mas me mesmo meu meus minha minhas
        muito na não nas nem no nos nós nossa nossas nosso nossos num numa o os ou para pela
        pelas pelo pelos por quando que quem se sem ser seu seus só sua suas também te tem têm
        um uma umas uns você vocês"""),
}
