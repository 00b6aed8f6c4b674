<?xml version="1.0" encoding="UTF-8"?>
<!-- The drift check of camunda-to-operaton.xml (target "poms-match"): reads a Camunda module's pom
     (the input) and its Operaton twin's pom (the parameter "operaton-pom", a URL) and writes one
     line per difference, nothing when they match:
     - every artifact the Camunda pom names (dependency, managed dependency, plugin) is named in the
       twin too, under its Operaton name;
     - every dependency of the Camunda pom, and every managed one, is there in the same section of
       the twin (same Operaton name, type and classifier) with the same scope and the same optional
       flag: a test dependency must not become a compile one, nor an optional one a required one. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:pom="http://maven.apache.org/POM/4.0.0">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:param name="operaton-pom"/>
  <xsl:variable name="twin" select="document($operaton-pom)/pom:project"/>

  <!-- the name an artifact has in the Operaton build; empty where the twin has no counterpart -->
  <xsl:template name="operaton-name">
    <xsl:param name="name"/>
    <xsl:choose>
      <!-- the parent differs on purpose -->
      <xsl:when test="$name = 'prima-parent'"/>
      <!-- operaton-bom 1.0.3 names operaton-bpm-assert, but Maven Central has none: the Operaton
           test kit finds assertions by name at run time instead -->
      <xsl:when test="$name = 'camunda-bpm-assert'"/>
      <!-- Camunda's Spring 6 module has a suffix; Operaton has only the one -->
      <xsl:when test="$name = 'camunda-engine-spring-6'">operaton-engine-spring</xsl:when>
      <xsl:when test="starts-with($name, 'camunda-')">
        <xsl:value-of select="concat('operaton-', substring-after($name, 'camunda-'))"/>
      </xsl:when>
      <xsl:when test="starts-with($name, 'prima-')">
        <xsl:value-of select="concat($name, '-operaton')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$name"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="/">
    <!-- a pom outside Maven's namespace would match nothing here and pass unchecked -->
    <xsl:if test="not(pom:project) or not($twin)">
      <xsl:text>  one of the poms is not a Maven 4.0.0 pom (project in http://maven.apache.org/POM/4.0.0)&#10;</xsl:text>
    </xsl:if>
    <xsl:for-each select="//pom:artifactId[not(parent::pom:parent)]">
      <xsl:variable name="name">
        <xsl:call-template name="operaton-name">
          <xsl:with-param name="name" select="normalize-space(.)"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:if test="$name != '' and not($twin//pom:artifactId[normalize-space(.) = $name])">
        <xsl:value-of select="concat('  ', $name)"/>
        <xsl:if test="$name != normalize-space(.)">
          <xsl:value-of select="concat(' (', normalize-space(.), ' in the Camunda pom)')"/>
        </xsl:if>
        <xsl:text> is missing&#10;</xsl:text>
      </xsl:if>
    </xsl:for-each>
    <xsl:apply-templates select="pom:project/pom:dependencies/pom:dependency">
      <xsl:with-param name="there" select="$twin/pom:dependencies/pom:dependency"/>
      <xsl:with-param name="section" select="'dependency'"/>
    </xsl:apply-templates>
    <xsl:apply-templates
        select="pom:project/pom:dependencyManagement/pom:dependencies/pom:dependency">
      <xsl:with-param name="there"
                      select="$twin/pom:dependencyManagement/pom:dependencies/pom:dependency"/>
      <xsl:with-param name="section" select="'managed dependency'"/>
    </xsl:apply-templates>
  </xsl:template>

  <xsl:template match="pom:dependency">
    <xsl:param name="there"/>
    <xsl:param name="section"/>
    <xsl:variable name="name">
      <xsl:call-template name="operaton-name">
        <xsl:with-param name="name" select="normalize-space(pom:artifactId)"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="type">
      <xsl:call-template name="or-default">
        <xsl:with-param name="value" select="pom:type"/>
        <xsl:with-param name="default" select="'jar'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="classifier" select="normalize-space(pom:classifier)"/>
    <xsl:variable name="scope">
      <xsl:call-template name="or-default">
        <xsl:with-param name="value" select="pom:scope"/>
        <xsl:with-param name="default" select="'compile'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="optional">
      <xsl:call-template name="or-default">
        <xsl:with-param name="value" select="pom:optional"/>
        <xsl:with-param name="default" select="'false'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="what">
      <xsl:value-of select="concat($section, ' ', $name)"/>
      <xsl:if test="$type != 'jar'">
        <xsl:value-of select="concat(' (', $type, ')')"/>
      </xsl:if>
      <xsl:if test="$classifier != ''">
        <xsl:value-of select="concat(' (classifier ', $classifier, ')')"/>
      </xsl:if>
    </xsl:variable>
    <xsl:variable name="match"
        select="$there[normalize-space(pom:artifactId) = $name
                       and (normalize-space(pom:type) = $type or (not(pom:type) and $type = 'jar'))
                       and normalize-space(pom:classifier) = $classifier]"/>
    <xsl:choose>
      <xsl:when test="$name = ''"/>
      <xsl:when test="not($match)">
        <xsl:value-of select="concat('  ', $what, ' is missing&#10;')"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="twin-scope">
          <xsl:call-template name="or-default">
            <xsl:with-param name="value" select="$match[1]/pom:scope"/>
            <xsl:with-param name="default" select="'compile'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:variable name="twin-optional">
          <xsl:call-template name="or-default">
            <xsl:with-param name="value" select="$match[1]/pom:optional"/>
            <xsl:with-param name="default" select="'false'"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:if test="$scope != $twin-scope">
          <xsl:value-of select="concat('  ', $what, ' has scope ', $twin-scope,
                                       ', the Camunda pom says ', $scope, '&#10;')"/>
        </xsl:if>
        <xsl:if test="$optional != $twin-optional">
          <xsl:value-of select="concat('  ', $what, ' has optional ', $twin-optional,
                                       ', the Camunda pom says ', $optional, '&#10;')"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- a pom element's trimmed text, or the default Maven assumes when it is absent -->
  <xsl:template name="or-default">
    <xsl:param name="value"/>
    <xsl:param name="default"/>
    <xsl:choose>
      <xsl:when test="normalize-space($value) != ''">
        <xsl:value-of select="normalize-space($value)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$default"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
