<#ftl output_format="quoted">
<#-- The COP's charts as inline SVG, from the drawings that Charts decides (every coordinate and
     label is ready). Text is escaped as "quoted" markup (every attribute here is double-quoted).
     Every line ends in <#t>: the drawing is one line of markup, and the page's bytes depend on it. -->

<#macro svg d>
<svg class="chart<#if d.small()> chart-small</#if>" id="${d.id()}" role="img" aria-labelledby="${d.id()}-title ${d.id()}-desc" viewBox="0 0 ${d.width()} ${d.height()}" xmlns="http://www.w3.org/2000/svg"><#t>
<title id="${d.id()}-title">${d.title()}</title><desc id="${d.id()}-desc">${d.description()}</desc><#t>
<#if d.lines()??><@linePlot d.lines()/></#if><#t>
<#if d.bars()??><@barPlot d.bars()/></#if><#t>
</svg><#t>
</#macro>

<#macro linePlot p>
<g class="axis axis-y"><#t>
<#list p.valueTicks() as tick>
<line class="grid" x1="${p.left()}" x2="${p.right()}" y1="${tick.at()}" y2="${tick.at()}"/><#t>
<text class="tick-label" x="${p.valueLabelX()}" y="${tick.labelAt()}" text-anchor="end">${tick.label()}</text><#t>
</#list>
</g><g class="axis axis-x"><#t>
<line class="baseline" x1="${p.left()}" x2="${p.right()}" y1="${p.baseline()}" y2="${p.baseline()}"/><#t>
<#list p.yearTicks() as tick>
<text class="tick-label" x="${tick.labelAt()}" y="${p.yearLabelY()}" text-anchor="middle">${tick.label()}</text><#t>
</#list>
</g><#t>
<#list p.series() as s>
<g class="series series-${s.key()}" data-series="${s.key()}"><#t>
<#if s.points()?has_content><polyline class="line" fill="none" points="${s.points()}"/></#if><#t>
<#list s.markers() as m><@marker m/></#list><#t>
</g><#t>
</#list>
</#macro>

<#-- A figure's marker, its shape telling the series apart without colour. -->
<#macro marker m>
<#local common>class="point marker-${m.shape()}<#if m.provisional()> provisional</#if><#if m.qualified()> qualified</#if>" data-year="${m.year()}" data-value="${m.value()}"</#local>
<#switch m.shape()>
<#case "square"><rect ${common} x="${m.x()}" y="${m.y()}" width="9" height="9"><title>${m.title()}</title></rect><#t><#break>
<#case "triangle"><#case "diamond"><path ${common} d="${m.path()}"><title>${m.title()}</title></path><#t><#break>
<#default><circle ${common} cx="${m.cx()}" cy="${m.cy()}" r="4.5"><title>${m.title()}</title></circle><#t>
</#switch>
</#macro>

<#macro barPlot p>
<g class="axis axis-x"><#t>
<#list p.ticks() as tick>
<line class="grid" x1="${tick.at()}" x2="${tick.at()}" y1="${p.top()}" y2="${p.bottom()}"/><#t>
<text class="tick-label" x="${tick.labelAt()}" y="${p.tickLabelY()}" text-anchor="middle">${tick.label()}</text><#t>
</#list>
</g><g class="series series-bars" data-series="bars"><#t>
<#list p.bars() as b>
<text class="bar-name" x="${p.nameX()}" y="${b.textY()}" text-anchor="end">${b.name()}</text><#t>
<rect class="bar point" x="${b.x()}" y="${b.y()}" width="${b.width()}" height="${p.barHeight()}"<#if b.qualified()> data-qualified="true"</#if> data-year="${b.year()}" data-value="${b.value()}"><title>${b.title()}</title></rect><#t>
<text class="bar-value" x="${b.labelX()}" y="${b.textY()}">${b.label()}</text><#t>
</#list>
</g><#t>
</#macro>
